import type { Context } from 'hono'
import type { AppEnv } from './env'
import { problem } from './problem'
import { verifyTurnstile } from './turnstile'

/** The client's IP, only from CF-Connecting-IP (ASVS 4.1.3); never stored as sent. */
export function clientIp(c: Context<AppEnv>): string {
  return c.req.header('cf-connecting-ip') ?? '0.0.0.0'
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
