import { describe, expect, it } from 'vitest'
import { checkChar, formatCaseRef } from '../../core/case-ref'
import { createT } from '../../core/i18n'
import { CASE_FAILURE_CAP } from '../../worker/routes/cases'
import { call, familyFixture, freshIp, postReport } from './helpers'

const ko = createT('ko')
const WRONG_CODE = 'B'.repeat(26)
const TURNSTILE_PASS = 'XXXX.DUMMY.TOKEN.XXXX'

async function fileReport() {
  return (await postReport(familyFixture())).json<{ caseRef: string; receiptCode: string }>()
}

const lookup = (json: unknown, ip: string) => call('/api/v1/cases/lookup', { method: 'POST', json, ip })
const message = (json: unknown, ip: string) => call('/api/v1/cases/messages', { method: 'POST', json, ip })

/** Some other well-formed case reference: a stranger's guess. */
function someRef(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
  const body = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => alphabet[b % 32]).join('')
  return formatCaseRef(body + checkChar(body))
}

/** The failure counts are per quarter hour: start a scenario well inside one. */
async function awayFromQuarterHourEdge() {
  const toNextQuarter = 900_000 - (Date.now() % 900_000)
  if (toNextQuarter < 10_000) await new Promise((resolve) => setTimeout(resolve, toNextQuarter + 100))
}

const secondsLeftInQuarterHour = () => 900 - (Math.floor(Date.now() / 1000) % 900)

describe('failed case look-ups behind one address (a carrier NAT)', () => {
  it("let the right code through after a stranger's 11 failures from the same address, on the case and on messages", async () => {
    const { caseRef, receiptCode } = await fileReport()
    const shared = freshIp()
    await awayFromQuarterHourEdge()
    // A stranger on the same carrier address fails ten times, then is throttled.
    for (let i = 0; i < 10; i++) expect((await lookup({ caseRef: someRef(), receiptCode: WRONG_CODE }, shared)).status).toBe(404)
    const eleventh = await lookup({ caseRef: someRef(), receiptCode: WRONG_CODE }, shared)
    expect(eleventh.status).toBe(429)
    expect(await eleventh.json()).toEqual({ type: 'rate-limited', title: ko('problem.rateLimited.title'), status: 429 })

    // The family, behind the same address, with the right code: not locked out.
    const view = await lookup({ caseRef, receiptCode }, shared)
    expect(view.status).toBe(200)
    expect((await view.json<{ caseRef: string }>()).caseRef).toBe(caseRef)
    const sent = await message({ caseRef, receiptCode, turnstileToken: TURNSTILE_PASS, body: 'We are still waiting for news.' }, shared)
    expect(sent.status).toBe(201)

    // The stranger's next wrong guess is still throttled.
    expect((await lookup({ caseRef, receiptCode: WRONG_CODE }, shared)).status).toBe(429)
  })

  it('say in Retry-After the real time left in the quarter hour, not a fixed 900', async () => {
    const shared = freshIp()
    await awayFromQuarterHourEdge()
    for (let i = 0; i < 10; i++) await lookup({ caseRef: someRef(), receiptCode: WRONG_CODE }, shared)
    const expected = secondsLeftInQuarterHour()
    const res = await lookup({ caseRef: someRef(), receiptCode: WRONG_CODE }, shared)
    expect(res.status).toBe(429)
    const retryAfter = Number(res.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(expected - 2)
    expect(retryAfter).toBeLessThanOrEqual(expected)
  })
})

describe('failed look-ups of one case from many addresses', () => {
  it(`throttle wrong codes for that case after ${CASE_FAILURE_CAP}, and still let the family in`, async () => {
    const { caseRef, receiptCode } = await fileReport()
    await awayFromQuarterHourEdge()
    for (let i = 0; i < CASE_FAILURE_CAP; i++) expect((await lookup({ caseRef, receiptCode: WRONG_CODE }, freshIp())).status).toBe(404)
    // A guess from yet another address: the case's own ceiling holds.
    expect((await lookup({ caseRef, receiptCode: WRONG_CODE }, freshIp())).status).toBe(429)
    // Other cases are not affected.
    expect((await lookup({ caseRef: someRef(), receiptCode: WRONG_CODE }, freshIp())).status).toBe(404)
    // The family with the right code gets in.
    expect((await lookup({ caseRef, receiptCode }, freshIp())).status).toBe(200)
  })
})

describe('the per-minute backstop', () => {
  it('answers 429 with a Retry-After of at most a minute', async () => {
    const { caseRef, receiptCode } = await fileReport()
    const ip = freshIp()
    // 20 a minute per address (wrangler.toml). Right codes add no failures, so only the
    // per-minute limit can refuse these; 45 quick requests overflow one of its windows.
    let limited: Response | undefined
    for (let i = 0; i < 45 && !limited; i++) {
      const res = await lookup({ caseRef, receiptCode }, ip)
      if (res.status === 429) limited = res
      else expect(res.status).toBe(200)
    }
    expect(limited).toBeDefined()
    const retryAfter = Number(limited!.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(60)
  })
})
