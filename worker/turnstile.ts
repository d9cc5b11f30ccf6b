/**
 * Server-side Turnstile verification (security.md §1, Cloudflare's siteverify docs):
 * POST the token with the secret, the client IP and an idempotency key; accept only
 * success with the expected action and hostname; fail closed on anything else.
 */
export const SITEVERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify'

/**
 * Cloudflare's documented test secrets. With one of these configured there is nothing
 * to ask: Cloudflare documents the answer, so we give it without a network call (a
 * machine with no internet can still submit). Production secrets always go out.
 */
const TEST_SECRETS: Record<string, TurnstileOutcome> = {
  '1x0000000000000000000000000000000AA': { ok: true },
  '2x0000000000000000000000000000000AA': { ok: false, reason: 'failed' },
  '3x0000000000000000000000000000000AA': { ok: false, reason: 'spent' },
}

export type TurnstileOutcome = { ok: true } | { ok: false; reason: 'failed' | 'spent' | 'unavailable' | 'misconfigured' }

export async function verifyTurnstile(opts: {
  secret: string
  token: string
  action: string
  hostname: string
  remoteIp?: string | null
  idempotencyKey: string
  /** A production deploy (Access team domain set): a test secret there means no bot check at all. */
  production?: boolean
}): Promise<TurnstileOutcome> {
  const documented = TEST_SECRETS[opts.secret]
  if (documented) return opts.production ? { ok: false, reason: 'misconfigured' } : documented
  if (!opts.secret) return { ok: false, reason: 'unavailable' }

  const body = new FormData()
  body.set('secret', opts.secret)
  body.set('response', opts.token)
  body.set('idempotency_key', opts.idempotencyKey)
  if (opts.remoteIp) body.set('remoteip', opts.remoteIp)

  let outcome: { success?: unknown; action?: unknown; hostname?: unknown; 'error-codes'?: unknown }
  try {
    const res = await fetch(SITEVERIFY_URL, { method: 'POST', body, signal: AbortSignal.timeout(5000) })
    if (!res.ok) return { ok: false, reason: 'unavailable' }
    outcome = await res.json()
  } catch {
    return { ok: false, reason: 'unavailable' }
  }
  const codes = Array.isArray(outcome['error-codes']) ? outcome['error-codes'] : []
  if (outcome.success !== true) {
    if (codes.includes('timeout-or-duplicate')) return { ok: false, reason: 'spent' }
    if (codes.includes('internal-error')) return { ok: false, reason: 'unavailable' }
    return { ok: false, reason: 'failed' }
  }
  if (outcome.action !== opts.action || outcome.hostname !== opts.hostname) return { ok: false, reason: 'failed' }
  return { ok: true }
}
