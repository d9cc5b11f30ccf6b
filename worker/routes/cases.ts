import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { parseCaseRef, parseReceiptCode } from '../../core/case-ref'
import { CaseCredentials, CaseMessageInput } from '../../core/case'
import { getVault } from '../vault'
import { bumpCounter, quarterHourWindow, readCounter } from '../db/counters'
import { authenticateCase, insertMessage, readCase } from '../db/reports'
import type { AppEnv } from '../env'
import { problem } from '../problem'
import { isAllowed } from '../middleware/rate-limit'
import { clientIp, readJson, turnstileProblem } from '../request'
import { afterResponse, notifyOfficers } from '../push'

const MAX_BODY_BYTES = 32 * 1024

/**
 * Authenticates a family by reference and receipt code. Failures are counted per
 * client (as an HMAC of the IP, never the IP itself) and throttled after
 * LOOKUP_FAILURE_CAP in a quarter hour; wrong code and unknown case look the same.
 */
export async function authenticate(c: Context<AppEnv>, caseRef: string, receiptCode: string) {
  const vault = await getVault(c.env)
  const ip = clientIp(c)
  const bucket = `lookup-fail:${await vault.opaqueHash('ip', ip)}`
  const window = quarterHourWindow()
  if (
    !(await isAllowed(c, c.env.LOOKUP_LIMITER, 'cases')) ||
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
    const refused = await turnstileProblem(c, input.data.turnstileToken, 'case-message')
    if (refused) return refused
    const message = await insertMessage(c.env.DB, auth.vault, auth.row, 'family', input.data.body)
    afterResponse(c, () => notifyOfficers(c.env, auth.row.case_ref, 'family-message'))
    return c.json(message, 201)
  })

export default cases
