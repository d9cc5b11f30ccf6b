import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import * as z from 'zod/mini'
import { parseCaseRef, parseReceiptCode } from '../../core/case-ref'
import { CaseCredentials, CaseMessageInput } from '../../core/case'
import { toFieldErrors } from '../../core/report'
import { getCrypto } from '../crypto'
import { bumpCounter, quarterHourWindow, readCounter } from '../db/counters'
import { authenticateCase, insertMessage, readCase } from '../db/reports'
import type { AppEnv } from '../env'
import { problem } from '../problem'
import { allowedByLimiter, clientIp } from '../request'
import { verifyTurnstile } from '../turnstile'

const MAX_BODY_BYTES = 32 * 1024

async function readJson<T extends z.ZodMiniType>(c: Context<AppEnv>, schema: T) {
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
  if (!result.success) {
    return { ok: false as const, response: problem(c, 'validation', 400, { errors: toFieldErrors(result.error.issues) }) }
  }
  return { ok: true as const, data: result.data as z.infer<T> }
}

/**
 * Authenticates a family by reference and receipt code. Failures are counted per
 * client (as an HMAC of the IP, never the IP itself) and throttled after
 * LOOKUP_FAILURE_CAP in a quarter hour; wrong code and unknown case look the same.
 */
async function authenticate(c: Context<AppEnv>, caseRef: string, receiptCode: string) {
  const vault = await getCrypto(c.env)
  const ip = clientIp(c)
  const bucket = `lookup-fail:${await vault.opaqueHash('ip', ip)}`
  const window = quarterHourWindow()
  if (
    !(await allowedByLimiter(c.env.LOOKUP_LIMITER, 'cases', ip)) ||
    (await readCounter(c.env.DB, bucket, window)) >= Number(c.env.LOOKUP_FAILURE_CAP)
  ) {
    c.header('Retry-After', '900')
    return { ok: false as const, response: problem(c, 'rate-limited', 429) }
  }
  const row = await authenticateCase(c.env.DB, vault, parseCaseRef(caseRef)!, parseReceiptCode(receiptCode)!)
  if (!row) {
    await bumpCounter(c.env.DB, bucket, window)
    return { ok: false as const, response: problem(c, 'not-found', 404) }
  }
  return { ok: true as const, row, vault }
}

const limit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => problem(c as Context<AppEnv>, 'payload-too-large', 413) })

const cases = new Hono<AppEnv>()
  .post('/lookup', limit, async (c) => {
    const input = await readJson(c, CaseCredentials)
    if (!input.ok) return input.response
    const auth = await authenticate(c, input.data.caseRef, input.data.receiptCode)
    if (!auth.ok) return auth.response
    return c.json(await readCase(c.env.DB, auth.vault, auth.row, Number(c.env.RETENTION_DAYS)))
  })
  .post('/messages', limit, async (c) => {
    const input = await readJson(c, CaseMessageInput)
    if (!input.ok) return input.response
    const auth = await authenticate(c, input.data.caseRef, input.data.receiptCode)
    if (!auth.ok) return auth.response
    // Every public write passes Turnstile (security.md §1), after the cheap checks.
    const turnstile = await verifyTurnstile({
      secret: c.env.TURNSTILE_SECRET,
      token: input.data.turnstileToken,
      action: 'case-message',
      hostname: new URL(c.req.url).hostname,
      remoteIp: c.req.header('cf-connecting-ip'),
      idempotencyKey: crypto.randomUUID(),
    })
    if (!turnstile.ok) {
      const unavailable = turnstile.reason === 'unavailable'
      return problem(c, unavailable ? 'unavailable' : 'turnstile', unavailable ? 503 : 403, {
        errors: [{ field: 'turnstileToken', code: unavailable ? 'report.turnstile.error.unavailable' : 'report.turnstile.error.failed' }],
      })
    }
    const message = await insertMessage(c.env.DB, auth.vault, auth.row, 'family', input.data.body)
    return c.json(message, 201)
  })

export default cases
