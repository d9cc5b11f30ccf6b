import type { Context } from 'hono'
import type * as z from 'zod/mini'
import { toFieldErrors } from '../core/report'
import type { AppEnv } from './env'
import { problem } from './problem'
import { verifyTurnstile } from './turnstile'

/** The client's IP, only from CF-Connecting-IP (ASVS 4.1.3); never stored as sent. */
export function clientIp(c: Context<AppEnv>): string {
  return c.req.header('cf-connecting-ip') ?? '0.0.0.0'
}

/**
 * Reads a JSON body and checks it against a schema: 415 for another media type, 400
 * for JSON that does not parse, 400 with field codes for a body the schema refuses.
 */
export async function readJson<T extends z.ZodMiniType>(c: Context<AppEnv>, schema: T) {
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
    return { ok: false as const, response: problem(c, 'unsupported-media-type', 415) }
  }
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    return { ok: false as const, response: problem(c, 'bad-request', 400) }
  }
  const result = schema.safeParse(body)
  if (!result.success) return { ok: false as const, response: problem(c, 'validation', 400, { errors: toFieldErrors(result.error.issues) }) }
  return { ok: true as const, data: result.data as z.infer<T> }
}

/**
 * Turnstile for a public write: null when it passes, else the problem to answer (403
 * when the check failed or the token was spent, 503 when siteverify could not answer).
 */
export async function turnstileProblem(c: Context<AppEnv>, token: string, action: string): Promise<Response | null> {
  const outcome = await verifyTurnstile({
    secret: c.env.TURNSTILE_SECRET,
    token,
    action,
    hostname: new URL(c.req.url).hostname,
    remoteIp: c.req.header('cf-connecting-ip'),
    idempotencyKey: crypto.randomUUID(),
    production: Boolean(c.env.ACCESS_TEAM_DOMAIN),
  })
  if (outcome.ok) return null
  if (outcome.reason === 'misconfigured') {
    // Cloudflare's always-pass (or always-fail) test secret in production: refuse rather
    // than run public writes without bot protection, and say so where operators look.
    console.error(JSON.stringify({ level: 'error', event: 'turnstile-test-secret-in-production', action }))
    return problem(c, 'misconfigured', 503)
  }
  const unavailable = outcome.reason === 'unavailable'
  return problem(c, unavailable ? 'unavailable' : 'turnstile', unavailable ? 503 : 403, {
    errors: [{ field: 'turnstileToken', code: unavailable ? 'report.turnstile.error.unavailable' : 'report.turnstile.error.failed' }],
  })
}
