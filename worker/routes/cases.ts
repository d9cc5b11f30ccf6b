import { Hono, type Context } from 'hono'
import { parseCaseRef, parseReceiptCode } from '../../core/case-ref'
import { CaseCredentials, CaseMessageInput } from '../../core/case'
import { getVault } from '../vault'
import { bumpCounter, quarterHourWindow, readCounter } from '../db/counters'
import { authenticateCase, insertMessage, readCase } from '../db/reports'
import { openCase, sealMessage } from '../vault/cases'
import type { AppEnv } from '../env'
import { problem } from '../problem'
import { isAllowed, rateLimited } from '../middleware/rate-limit'
import { clientIp, turnstileProblem } from '../request'
import { limitBody } from '../middleware/body-limit'
import { validate } from '../middleware/validate'
import { afterResponse, notifyOfficers } from '../push'

const MAX_BODY_BYTES = 32 * 1024

/** Failed look-ups of one case reference per quarter hour, from all addresses together. */
export const CASE_FAILURE_CAP = 30

/** Seconds until the quarter-hour window of the failure counts ends. */
const secondsLeftInQuarterHour = (now: Date) => 900 - (Math.floor(now.getTime() / 1000) % 900)

/**
 * Authenticates a family by reference and receipt code. Failures are counted per
 * address (an HMAC of the IP, never the IP itself) and per case reference (an HMAC,
 * with its own ceiling), each in a quarter hour. Past either cap a wrong code gets 429
 * with the seconds left in the window, and stops being counted; a right code always
 * passes, so strangers behind the same carrier NAT, or guessing at the same case,
 * cannot lock a family out. Guessing stays hopeless: the code has 130 random bits.
 * Wrong code and unknown case look the same.
 */
export async function authenticate(c: Context<AppEnv>, caseRef: string, receiptCode: string) {
  const vault = await getVault(c.env)
  const ip = clientIp(c)
  if (!(await isAllowed(c, c.env.LOOKUP_LIMITER, 'cases'))) return { ok: false as const, status: 429 as const, response: rateLimited(c) }
  const ref = parseCaseRef(caseRef)!
  const row = await authenticateCase(c.env.DB, ref, await vault.receiptHash(parseReceiptCode(receiptCode)!))
  if (row) return { ok: true as const, row, vault }

  const now = new Date()
  const window = quarterHourWindow(now)
  const byAddress = `lookup-fail:${await vault.opaqueHash('ip', ip)}`
  const byCase = `lookup-fail-case:${await vault.opaqueHash('case-ref', ref)}`
  const [addressFailures, caseFailures] = await Promise.all([readCounter(c.env.DB, byAddress, window), readCounter(c.env.DB, byCase, window)])
  if (addressFailures >= Number(c.env.LOOKUP_FAILURE_CAP) || caseFailures >= CASE_FAILURE_CAP) {
    c.header('Retry-After', String(secondsLeftInQuarterHour(now)))
    return { ok: false as const, status: 429 as const, response: problem(c, 'rate-limited', 429) }
  }
  await Promise.all([bumpCounter(c.env.DB, byAddress, window), bumpCounter(c.env.DB, byCase, window)])
  return { ok: false as const, status: 404 as const, response: problem(c, 'not-found', 404) }
}

const limit = limitBody(MAX_BODY_BYTES)

const cases = new Hono<AppEnv>()
  .post('/lookup', limit, validate('json', CaseCredentials), async (c) => {
    const input = c.req.valid('json')
    const auth = await authenticate(c, input.caseRef, input.receiptCode)
    if (!auth.ok) return auth.response
    return c.json(await openCase(auth.vault, auth.row, await readCase(c.env.DB, auth.row, Number(c.env.RETENTION_DAYS))))
  })
  .post('/messages', limit, validate('json', CaseMessageInput), async (c) => {
    const input = c.req.valid('json')
    const auth = await authenticate(c, input.caseRef, input.receiptCode)
    if (!auth.ok) return auth.response
    // Every public write passes Turnstile (security.md §1), after the cheap checks.
    const refused = await turnstileProblem(c, input.turnstileToken, 'case-message')
    if (refused) return refused
    const message = await sealMessage(auth.vault, auth.row, 'family', input.body)
    await insertMessage(c.env.DB, auth.row.id, message)
    afterResponse(c, () => notifyOfficers(c.env, auth.row.case_ref, 'family-message'))
    return c.json({ id: message.id, at: message.at }, 201)
  })

export default cases
