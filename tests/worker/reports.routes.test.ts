import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseCaseRef, parseReceiptCode } from '../../core/case-ref'
import { createT } from '../../core/i18n'
import { PROBLEM, call, dumpDatabase, expectFieldErrors, expectProblem, familyFixture, freshIp, postReport, reportRow, selfFixture } from './helpers'

const ko = createT('ko')

afterEach(() => {
  vi.restoreAllMocks()
})

describe('POST /api/v1/reports', () => {
  it('accepts a complete family report and answers with a case reference and a receipt code', async () => {
    const res = await postReport(familyFixture())
    expect(res.status).toBe(201)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = await res.json<{ caseRef: string; receiptCode: string }>()
    expect(Object.keys(body).sort()).toEqual(['caseRef', 'receiptCode'])
    expect(parseCaseRef(body.caseRef)).toBe(body.caseRef)
    expect(body.receiptCode).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{2}$/)

    const row = await reportRow(body.caseRef)
    expect(row).toMatchObject({ kind: 'family', status: 'new', lang: 'ko', danger_signs: 'confined,passportTaken,forcedScam', destination_country: 'KH', minor: 0, last_contact_date: '2025-09-20', photo_key: null })
    // Only an HMAC of the receipt code is stored.
    expect(row!.receipt_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(row)).not.toContain(parseReceiptCode(body.receiptCode)!)
    const key = await env.DB.prepare('SELECT wrapped_key FROM case_keys WHERE report_id = ?1').bind(row!.id).first()
    expect(key).not.toBeNull()
    const events = await env.DB.prepare('SELECT type, status FROM case_events WHERE report_id = ?1').bind(row!.id).all()
    expect(events.results).toEqual([{ type: 'received', status: 'new' }])
    const indexes = await env.DB.prepare('SELECT kind, count(*) AS n FROM blind_indexes WHERE report_id = ?1 GROUP BY kind ORDER BY kind').bind(row!.id).all()
    expect(indexes.results).toEqual([
      { kind: 'dob', n: 1 },
      { kind: 'handle', n: 2 },
      // 이민수, leeminsu, 민수, minsulee; then the romanization-folded keys ko:lee|minsu
      // (shared by all three spellings) and ko:min|su; "LEE MINSU" and "Minsu Lee" share
      // one word-order key.
      { kind: 'name', n: 4 },
      { kind: 'name.ko', n: 2 },
      { kind: 'name.tokens', n: 1 },
      { kind: 'passport', n: 1 },
      { kind: 'phone', n: 1 },
    ])
  })

  it('accepts a self-report from a person in danger', async () => {
    const res = await postReport(selfFixture())
    expect(res.status).toBe(201)
    const { caseRef } = await res.json<{ caseRef: string }>()
    expect(await reportRow(caseRef)).toMatchObject({ kind: 'self', lang: 'km', status: 'new', danger_signs: '' })
  })

  it('flags a missing person under 18 as a minor', async () => {
    const report = familyFixture()
    const year = new Date().getUTCFullYear() - 16
    report.person.birthDate = `${year}-01-01`
    const { caseRef } = await (await postReport(report)).json<{ caseRef: string }>()
    expect((await reportRow(caseRef))!.minor).toBe(1)
  })

  it('names every required field that is missing, each with its own message', async () => {
    const res = await postReport({
      kind: 'family',
      lang: 'ko',
      turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX',
      person: {},
      journey: { dangerSigns: [] },
      reporter: { preferredLanguage: 'ko' },
      consents: { personalData: false, passportNumber: false, sensitiveData: false, sharePolice: false, storageAbroad: false },
    })
    await expectProblem(res, 400, 'validation', 'problem.validation.title', {
      'person.fullName': 'report.person.fullName.error.required',
      'journey.destinationCountry': 'report.journey.destinationCountry.error.required',
      'reporter.name': 'report.reporter.name.error.required',
      'reporter.relationship': 'report.reporter.relationship.error.required',
    })
  })

  it('asks for each consent that the answers need', async () => {
    const report = familyFixture()
    report.consents = { personalData: false, passportNumber: false, sensitiveData: false, sharePolice: false, storageAbroad: false }
    report.journey.dangerSigns.push('illOrInjured')
    report.reporter = { name: '김영희', relationship: 'parent', preferredLanguage: 'ko' }
    await expectFieldErrors(await postReport(report), {
      'consents.personalData': 'report.consents.personalData.error.required',
      'consents.storageAbroad': 'report.consents.storageAbroad.error.required',
      'consents.passportNumber': 'report.consents.passportNumber.error.required',
      'consents.sensitiveData': 'report.consents.sensitiveData.error.required',
      'reporter.phone': 'report.reporter.contact.error.required',
    })
  })

  it('rejects the empty body, a body of the wrong kind and unknown fields with 400 problems', async () => {
    await expectFieldErrors(await postReport({}), { kind: 'error.invalid' })

    const report = familyFixture()
    report.person.isAdmin = true
    await expectFieldErrors(await postReport(report), { person: 'error.unknownField' })
  })

  it('rejects oversize and wrong-type fields with field codes', async () => {
    const report = familyFixture()
    report.person.fullName = '가'.repeat(201)
    report.person.approxAge = 'twenty'
    report.person.phones = '010-1234-5678'
    report.person.birthDate = '2002-02-30'
    report.journey.lastContactDate = '2999-01-01'
    report.journey.departureDate = '2025--10' // a day and a year, no month: kept by the form, refused in words
    report.reporter.email = 'not-an-email'
    await expectFieldErrors(await postReport(report), {
      'person.fullName': 'error.tooLong',
      'person.birthDate': 'report.person.birthDate.error.notReal',
      'person.approxAge': 'report.person.approxAge.error.invalid',
      'person.phones': 'error.invalid',
      'journey.departureDate': 'report.journey.departureDate.error.incomplete',
      'journey.lastContactDate': 'report.journey.lastContactDate.error.future',
      'reporter.email': 'report.reporter.email.error.invalid',
    })
  })

  it('answers 413 to a body over the size cap and writes nothing', async () => {
    const before = await env.DB.prepare('SELECT count(*) AS n FROM reports').first<{ n: number }>()
    const report = familyFixture()
    report.journey.offerText = 'x'.repeat(200_000)
    const res = await postReport(report)
    expect(res.status).toBe(413)
    expect(await res.json()).toEqual({ type: 'payload-too-large', title: ko('problem.payloadTooLarge.title'), status: 413 })
    expect(await env.DB.prepare('SELECT count(*) AS n FROM reports').first()).toEqual(before)
  })

  it('answers 400 to malformed JSON and 415 to a body that is not JSON', async () => {
    const malformed = await call('/api/v1/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: '{"kind": "family", ',
    })
    expect(malformed.status).toBe(400)
    expect(await malformed.json()).toEqual({ type: 'bad-request', title: ko('problem.badRequest.title'), status: 400 })

    const text = await call('/api/v1/reports', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'idempotency-key': crypto.randomUUID() },
      body: 'hello',
    })
    expect(text.status).toBe(415)
    expect(text.headers.get('content-type')).toBe(PROBLEM)
  })

  it('requires an Idempotency-Key', async () => {
    const res = await call('/api/v1/reports', { method: 'POST', json: familyFixture() })
    await expectProblem(res, 400, 'bad-request', 'problem.badRequest.title', { 'Idempotency-Key': 'error.idempotencyKey' })
  })
})

describe('idempotent retries', () => {
  it('answers a retry with the first case reference and receipt code and writes no second report', async () => {
    const key = crypto.randomUUID()
    const report = familyFixture()
    report.person.fullName = '재시도 테스트'
    const first = await postReport(report, { key })
    const created = await first.json<{ caseRef: string; receiptCode: string }>()
    // The retry carries a spent token: it must not reach Turnstile at all.
    const retry = await postReport({ ...report, turnstileToken: 'another-token' }, { key, overrides: { TURNSTILE_SECRET: '3x0000000000000000000000000000000AA' } })
    expect(retry.status).toBe(201)
    expect(retry.headers.get('idempotent-replayed')).toBe('true')
    expect(await retry.json()).toEqual(created)
    const count = await env.DB.prepare('SELECT count(*) AS n FROM reports r JOIN idempotency_keys i ON i.report_id = r.id WHERE r.case_ref = ?1').bind(created.caseRef).first<{ n: number }>()
    expect(count!.n).toBe(1)
  })

  it('refuses a different report sent under a key already used', async () => {
    const key = crypto.randomUUID()
    expect((await postReport(familyFixture(), { key })).status).toBe(201)
    const other = familyFixture()
    other.person.fullName = '다른 사람'
    const res = await postReport(other, { key })
    expect(res.status).toBe(422)
    expect(await res.json()).toEqual({ type: 'idempotency-mismatch', title: ko('problem.idempotencyMismatch.title'), status: 422 })
  })

  it('writes one report when the same submit arrives twice at once', async () => {
    const key = crypto.randomUUID()
    const ip = freshIp()
    const [a, b] = await Promise.all([postReport(familyFixture(), { key, ip }), postReport(familyFixture(), { key, ip })])
    expect([a.status, b.status]).toEqual([201, 201])
    const [x, y] = [await a.json<{ caseRef: string }>(), await b.json<{ caseRef: string }>()]
    expect(x).toEqual(y)
  })
})

describe('Turnstile', () => {
  const production = 'live-secret-0123456789abcdef0123456789'

  it.each([
    ['2x0000000000000000000000000000000AA', 403, 'turnstile', 'report.turnstile.error.failed'],
    ['3x0000000000000000000000000000000AA', 403, 'turnstile', 'report.turnstile.error.failed'],
  ])('refuses the report when the test secret %s says so', async (secret, status, type, code) => {
    const before = await env.DB.prepare('SELECT count(*) AS n FROM reports').first()
    const res = await postReport(familyFixture(), { overrides: { TURNSTILE_SECRET: secret } })
    expect(res.status).toBe(status)
    expect(await res.json()).toEqual({ type, title: ko('problem.turnstile.title'), status, errors: [{ field: 'turnstileToken', code }] })
    expect(await env.DB.prepare('SELECT count(*) AS n FROM reports').first()).toEqual(before)
  })

  it('asks siteverify with a production secret and accepts success for this action and host', async () => {
    const calls: FormData[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (_input, init) => {
      calls.push(init!.body as FormData)
      return Response.json({ success: true, action: 'report', hostname: '127.0.0.1', 'error-codes': [] })
    })
    const res = await postReport(familyFixture(), { overrides: { TURNSTILE_SECRET: production }, ip: '192.0.2.44' })
    expect(res.status).toBe(201)
    expect(calls).toHaveLength(1)
    expect(calls[0].get('secret')).toBe(production)
    expect(calls[0].get('response')).toBe('XXXX.DUMMY.TOKEN.XXXX')
    expect(calls[0].get('remoteip')).toBe('192.0.2.44')
    expect(calls[0].get('idempotency_key')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it.each([
    ['another action', { success: true, action: 'login', hostname: '127.0.0.1' }, 403],
    ['another host', { success: true, action: 'report', hostname: 'evil.example' }, 403],
    ['a failure', { success: false, 'error-codes': ['invalid-input-response'] }, 403],
    ['a spent token', { success: false, 'error-codes': ['timeout-or-duplicate'] }, 403],
    ['an internal error', { success: false, 'error-codes': ['internal-error'] }, 503],
  ])('fails closed on %s', async (_name, answer, status) => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => Response.json(answer))
    const res = await postReport(familyFixture(), { overrides: { TURNSTILE_SECRET: production } })
    expect(res.status).toBe(status)
  })

  it('fails closed with 503 when siteverify is unreachable', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => {
      throw new TypeError('Network connection lost.')
    })
    const res = await postReport(familyFixture(), { overrides: { TURNSTILE_SECRET: production } })
    await expectProblem(res, 503, 'unavailable', 'problem.unavailable.title', { turnstileToken: 'report.turnstile.error.unavailable' })
  })
})

describe('rate limits', () => {
  it('answers 429 with a localized problem after 10 reports a minute from one client', async () => {
    // The local limiter counts in fixed wall-clock minutes: eleven reports that straddle a
    // minute's end would land in two windows, so start them early in a minute.
    const intoMinute = Date.now() % 60_000
    if (intoMinute > 30_000) await new Promise((r) => setTimeout(r, 60_000 - intoMinute + 50))
    const ip = freshIp()
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) statuses.push((await postReport(familyFixture(), { ip })).status)
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201))
    const res = await postReport(familyFixture(), { ip })
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('60')
    expect(await res.json()).toEqual({ type: 'rate-limited', title: ko('problem.rateLimited.title'), status: 429 })
  }, 90_000)

  // Service-wide caps: the count so far this hour / day, read from D1, becomes the cap.
  const countSoFar = async (bucket: string, window: string) =>
    String((await env.DB.prepare('SELECT count FROM request_counters WHERE bucket = ?1 AND window = ?2').bind(bucket, window).first<{ count: number }>())?.count ?? 0)
  const reportRows = async () => (await env.DB.prepare('SELECT count(*) AS n FROM reports').first<{ n: number }>())!.n

  it('answers a calm 503 "busy" with Retry-After to the end of the hour once the hourly cap is reached', async () => {
    await postReport(familyFixture())
    const now = new Date()
    const cap = await countSoFar('reports', now.toISOString().slice(0, 13))
    const before = await reportRows()
    const res = await postReport(familyFixture(), { overrides: { HOURLY_REPORT_CAP: cap as '1000' } })
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({ type: 'busy', title: ko('problem.busy.title'), status: 503 })
    const retry = Number(res.headers.get('retry-after'))
    expect(retry).toBeGreaterThan(0)
    // Until the end of this hour (or of the next, if the test straddles the boundary).
    expect(retry).toBeLessThanOrEqual(3600)
    if (new Date().getUTCHours() === now.getUTCHours()) expect(retry).toBeLessThanOrEqual(3600 - now.getUTCMinutes() * 60 - now.getUTCSeconds() + 1)
    expect(await reportRows()).toBe(before)
    // One more allowed, and it goes through.
    expect((await postReport(familyFixture(), { overrides: { HOURLY_REPORT_CAP: String(Number(cap) + 1) as '1000' } })).status).toBe(201)
  })

  it('answers 503 "busy" until the next UTC day once the daily cap is reached, whatever the hourly one', async () => {
    await postReport(familyFixture())
    const now = new Date()
    const cap = await countSoFar('reports-day', now.toISOString().slice(0, 10))
    expect(Number(cap)).toBeGreaterThan(0)
    const res = await postReport(familyFixture(), { overrides: { DAILY_REPORT_CAP: cap as '10000', HOURLY_REPORT_CAP: '100000000' as '1000' } })
    expect(res.status).toBe(503)
    expect((await res.json<{ type: string }>()).type).toBe('busy')
    const untilMidnight = (Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) - now.getTime()) / 1000
    const retry = Number(res.headers.get('retry-after'))
    expect(retry).toBeLessThanOrEqual(86_400)
    // More than what is left of the hour, unless the day itself ends within it.
    if (untilMidnight > 3700) {
      expect(retry).toBeGreaterThan(3600)
      expect(retry).toBeLessThanOrEqual(Math.ceil(untilMidnight) + 1)
    }
  })
})

describe('data at rest', () => {
  it('keeps names, passport numbers, phone numbers and messages out of D1 in plain text', async () => {
    const report = familyFixture()
    const { caseRef, receiptCode } = await (await postReport(report)).json<{ caseRef: string; receiptCode: string }>()
    await call('/api/v1/cases/messages', { method: 'POST', json: { caseRef, receiptCode, turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX', body: 'He called from a new number 012 888 777' } })
    const dump = await dumpDatabase()
    for (const secret of [
      '이민수',
      'LEE MINSU',
      'M12345678',
      '2345-6789',
      '23456789',
      'minsu_0314',
      '김영희',
      'younghee.kim',
      '9876-5432',
      'Otres',
      'new number 012 888 777',
      'hr_global_cs',
    ]) {
      expect({ secret, found: dump.includes(secret) }).toEqual({ secret, found: false })
    }
  })
})
