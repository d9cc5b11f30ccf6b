import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import app from '../../worker/index'
import { hostileStrings, hostileValues, mutated } from './hostile'
import family from '../fixtures/report-family.json'
import self from '../fixtures/report-self.json'

/**
 * Property tests: hostile and malformed bodies at every public endpoint. Whatever is
 * sent, the Worker never answers 5xx, every rejection is a problem document with a
 * 4xx status, and a rejected request writes nothing.
 */
const RUNS = 1000
const OVERRIDES = { HOURLY_REPORT_CAP: '100000000', DAILY_REPORT_CAP: '100000000' } as unknown as Partial<Env>
let ip = 0

const HOSTILE_STRINGS = [
  "'; DROP TABLE reports; --",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{constructor.constructor("return process")()}}',
  '\u0000\u0001\u0002',
  '\uD800',
  '\uFEFF',
  'ក្ក្ក្ក្ក្ក្',
  '\u1780\u17D2\u17D2\u17D2\u17B6\u17B6',
  '\u1100\u1161\u11A8\u302E\u302F',
  '가\u0301\u0302\u0303\u0304',
  'a'.repeat(70_000),
  '%00%2e%2e%2f',
  '../../etc/passwd',
  '1e309',
  '-0',
]

const hostileString = hostileStrings(HOSTILE_STRINGS, 300)
const hostileValue = hostileValues(hostileString, ['__proto__', 'constructor', 'prototype', 'kind', 'person', 'toString'], 4)

/** Raw bodies: broken JSON, invalid UTF-8, deep nesting, pollution keys. */
const rawBody = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc.constantFrom(
    '{',
    '{"kind":',
    '[]',
    'null',
    '"string"',
    '{"__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{"polluted":1}}}',
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
    `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`,
    '\uFFFF\uFFFE',
  ).map((s) => new TextEncoder().encode(s)),
  fc.string({ maxLength: 200 }).map((s) => new TextEncoder().encode(s)),
  fc.constant(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])),
)

const body = (base: unknown) =>
  fc.oneof(
    { arbitrary: mutated(base, hostileValue).map((v) => new TextEncoder().encode(JSON.stringify(v))), weight: 3 },
    { arbitrary: hostileValue.map((v) => new TextEncoder().encode(JSON.stringify(v) ?? 'undefined')), weight: 1 },
    { arbitrary: rawBody, weight: 2 },
  )

const contentType = fc.oneof(
  { arbitrary: fc.constant('application/json'), weight: 8 },
  { arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '', 'application/json; charset=utf-16'), weight: 1 },
)

const count = async () =>
  (await env.DB.prepare(
    `SELECT (SELECT count(*) FROM reports) + (SELECT count(*) FROM case_messages) + (SELECT count(*) FROM offer_reports)
       + (SELECT count(*) FROM indicators) AS n`,
  ).first<{ n: number }>())!.n

async function send(path: string, bytes: Uint8Array, type: string) {
  const headers = new Headers({ 'cf-connecting-ip': `203.0.${(++ip >> 8) & 255}.${ip & 255}`, 'idempotency-key': crypto.randomUUID() })
  if (type) headers.set('content-type', type)
  return app.request(`http://127.0.0.1${path}`, { method: 'POST', headers, body: bytes }, { ...env, ...OVERRIDES })
}

async function property(path: string, base: unknown) {
  let accepted = 0
  const before = await count()
  await fc.assert(
    fc.asyncProperty(body(base), contentType, async (bytes, type) => {
      const res = await send(path, bytes, type)
      const text = await res.text()
      expect(res.status).toBeLessThan(500)
      if (res.status >= 400) {
        // 429: a run sends the same case reference hundreds of times, past its failure ceiling.
        expect([400, 404, 413, 415, 422, 429]).toContain(res.status)
        expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
        const problem = JSON.parse(text)
        expect(problem.status).toBe(res.status)
        expect(typeof problem.type).toBe('string')
      } else if (res.status === 201) {
        accepted++
      }
    }),
    { numRuns: RUNS },
  )
  return { accepted, written: (await count()) - before }
}

describe('hostile input at every public endpoint', () => {
  it('POST /api/v1/reports never fails and writes only what it accepts (family and self)', async () => {
    const a = await property('/api/v1/reports', family)
    const b = await property('/api/v1/reports', self)
    // Each accepted report writes one report row plus any recruiter identifiers in it.
    expect(a.written).toBeGreaterThanOrEqual(a.accepted)
    const reportsOnly = (await env.DB.prepare('SELECT count(*) AS n FROM reports').first<{ n: number }>())!.n
    expect(reportsOnly).toBe(a.accepted + b.accepted)
  })

  it('POST /api/v1/cases/lookup and /messages never fail and write nothing for rejected input', async () => {
    const lookup = await property('/api/v1/cases/lookup', { caseRef: '0000-0000-0', receiptCode: 'A'.repeat(26) })
    expect(lookup.written).toBe(0)
    const messages = await property('/api/v1/cases/messages', { caseRef: '0000-0000-0', receiptCode: 'A'.repeat(26), turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX', body: 'hello' })
    expect(messages.written).toBe(0)
  })

  it('POST /api/v1/offer-checks and /indicators/lookup never fail and write nothing', async () => {
    expect((await property('/api/v1/offer-checks', { text: '월 1,500만원 텔레 @abc 시아누크빌', lang: 'ko' })).written).toBe(0)
    expect((await property('/api/v1/indicators/lookup', { indicators: [{ type: 'telegram', value: 'abc' }] })).written).toBe(0)
  })

  it('POST /api/v1/offer-reports never fails and writes only what it accepts', async () => {
    const before = (await env.DB.prepare('SELECT count(*) AS n FROM offer_reports').first<{ n: number }>())!.n
    const run = await property('/api/v1/offer-reports', { text: '월 3000달러 보장', lang: 'ko', turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX', consent: true })
    const after = (await env.DB.prepare('SELECT count(*) AS n FROM offer_reports').first<{ n: number }>())!.n
    expect(after - before).toBe(run.accepted)
  })

  it('POST /api/v1/trips and the check-in routes never fail and write only what they accept', async () => {
    const tripCount = async () => (await env.DB.prepare('SELECT count(*) AS n FROM trips').first<{ n: number }>())!.n
    const before = await tripCount()
    const trip = {
      lang: 'km',
      turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX',
      travellerSecret: 'AAAAAAAAAAAAAAAAAAAAAAAA',
      trustedSecret: 'BBBBBBBBBBBBBBBBBBBBBBBB',
      code: '123456',
      duressCode: '9876',
      intervalDays: 2,
      graceHours: 24,
      trip: { destinationCountry: 'KH', destinationTown: 'Bavet', recruiterContacts: '@abc', offerText: '월 1,500만원' },
    }
    const run = await property('/api/v1/trips', trip)
    expect((await tripCount()) - before).toBe(run.accepted)
    const secret = 'CCCCCCCCCCCCCCCCCCCCCCCC'
    for (const [path, base] of [
      ['/api/v1/trips/check-in', { secret, code: '123456' }],
      ['/api/v1/trips/extend', { secret, code: '123456', days: 2 }],
      ['/api/v1/trips/home', { secret, code: '123456' }],
      ['/api/v1/trips/watch', { secret }],
    ] as const) {
      expect((await property(path, base)).written).toBe(0)
    }
  })
})

describe('bodies that break the schema library itself', () => {
  it('answers 400, not 500, to a text that is an object with a hostile length (a zod length check threw on it)', async () => {
    const body = '{"text":{"length":{"toString":[]}},"lang":"ko","turnstileToken":"XXXX.DUMMY.TOKEN.XXXX","consent":true}'
    for (const path of ['/api/v1/offer-reports', '/api/v1/offer-checks']) {
      const res = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': `198.51.100.${++ip % 250}` }, body }, { ...env, ...OVERRIDES })
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    }
  })
})
