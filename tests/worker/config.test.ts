import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createT } from '../../core/i18n'
import { secretFault } from '../../core/secret-strength'
import { call, familyFixture, freshIp, postReport } from './helpers'

afterEach(() => {
  vi.restoreAllMocks()
})

const TEAM = { ACCESS_TEAM_DOMAIN: 'https://homeward.cloudflareaccess.com', ACCESS_AUD: 'aud-0123456789abcdef' } as unknown as Partial<Env>
const TEST_SECRETS = ['1x0000000000000000000000000000000AA', '2x0000000000000000000000000000000AA', '3x0000000000000000000000000000000AA']

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n))
const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))
const base64url = (bytes: Uint8Array) => base64(bytes).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')
const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')

/** Captures the Worker's error log lines, parsed. */
function errorLog() {
  const lines: Array<Record<string, unknown>> = []
  vi.spyOn(console, 'error').mockImplementation((line: unknown) => {
    lines.push(typeof line === 'string' && line.startsWith('{') ? JSON.parse(line) : { text: String(line) })
  })
  return lines
}

describe('the strength of the key secrets', () => {
  it('accepts 32 random bytes however the README says to write them, and the test bindings', () => {
    for (let i = 0; i < 300; i++) {
      const bytes = randomBytes(32)
      expect([secretFault(base64url(bytes)), secretFault(base64(bytes)), secretFault(hex(bytes))]).toEqual([null, null, null])
    }
    expect(secretFault(base64(randomBytes(64)))).toBeNull()
    for (const name of ['MASTER_KEY', 'INDEX_KEY', 'RECEIPT_KEY'] as const) expect({ name, fault: secretFault(env[name]) }).toEqual({ name, fault: null })
  })

  it.each<[string, string | undefined, string]>([
    ['an unset secret', undefined, 'missing'],
    ['an empty secret', '', 'missing'],
    ['a passphrase with spaces', 'correct horse battery staple and more words', 'not-encoded'],
    ['16 random bytes', base64url(randomBytes(16)), 'too-short'],
    ['31 random bytes in hex', hex(randomBytes(31)), 'too-short'],
    ['the old test placeholder', 'test-master-key-not-a-secret-0000000000000', 'too-short'],
    ['a placeholder long enough', 'test-master-key-not-a-secret-000000000000000000', 'low-entropy'],
    ['a long lower-case phrase', 'thequickbrownfoxjumpsoverthelazydogandmore1', 'low-entropy'],
    ['one letter repeated', 'Z'.repeat(44), 'low-entropy'],
    ['one hex digit repeated', 'a'.repeat(64), 'low-entropy'],
    ['a hex pattern', '0123456789abcdef'.repeat(4), 'patterned'],
    ['the alphabet', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 'patterned'],
  ])('refuses %s', (_name, value, fault) => {
    expect(secretFault(value)).toBe(fault)
  })

  it('refuses the API with a localized 503 and logs which secret is weak, never its value', async () => {
    const log = errorLog()
    const weak = 'my-homeward-master-key-please-change-2026-x'
    const res = await postReport(familyFixture(), { overrides: { MASTER_KEY: weak } })
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({ type: 'misconfigured', title: createT('ko')('problem.misconfigured.title'), status: 503 })
    const km = await call('/api/v1/cases/lookup', { method: 'POST', json: {}, headers: { 'accept-language': 'km' } }, { MASTER_KEY: weak })
    expect((await km.json<{ title: string }>()).title).toBe(createT('km')('problem.misconfigured.title'))
    expect(log).toContainEqual({ level: 'error', event: 'weak-secrets', secrets: [{ name: 'MASTER_KEY', fault: 'low-entropy' }] })
    expect(JSON.stringify(log)).not.toContain(weak)
  })

  it('refuses the case page form too, but still serves the pages (help and its phone numbers)', async () => {
    const weak = { RECEIPT_KEY: 'short' }
    const form = await call(
      '/en/case/',
      { method: 'POST', body: 'caseRef=x&receiptCode=y', headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' } },
      weak,
    )
    expect(form.status).toBe(503)
    expect((await call('/en/help/', {}, weak)).status).toBe(200)
  })

  it('checks the previous master key while keys rotate', async () => {
    const res = await postReport(familyFixture(), { overrides: { MASTER_KEY_PREVIOUS: 'old-key' } as Partial<Env> })
    expect(res.status).toBe(503)
  })
})

describe("Cloudflare's Turnstile test secrets in production", () => {
  it.each(TEST_SECRETS)('refuse a report with a clear 503 and a log line when the Access team domain is set (%s)', async (secret) => {
    const log = errorLog()
    const before = await env.DB.prepare('SELECT count(*) AS n FROM reports').first<{ n: number }>()
    const res = await postReport(familyFixture(), { overrides: { ...TEAM, TURNSTILE_SECRET: secret } })
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({ type: 'misconfigured', title: createT('ko')('problem.misconfigured.title'), status: 503 })
    expect(log).toContainEqual({ level: 'error', event: 'turnstile-test-secret-in-production', action: 'report' })
    expect(await env.DB.prepare('SELECT count(*) AS n FROM reports').first<{ n: number }>()).toEqual(before)
  })

  it('refuse every public write: a case message and a reported offer', async () => {
    errorLog()
    const { caseRef, receiptCode } = await (await postReport(familyFixture())).json<{ caseRef: string; receiptCode: string }>()
    const message = await call(
      '/api/v1/cases/messages',
      { method: 'POST', json: { caseRef, receiptCode, turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX', body: 'Any news?' }, ip: freshIp() },
      { ...TEAM, TURNSTILE_SECRET: TEST_SECRETS[0] },
    )
    expect(message.status).toBe(503)
    const offer = await call(
      '/api/v1/offer-reports',
      { method: 'POST', json: { text: '월 1,500만원 텔레 @abc', lang: 'ko', turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX', consent: true }, ip: freshIp() },
      { ...TEAM, TURNSTILE_SECRET: TEST_SECRETS[0] },
    )
    expect(offer.status).toBe(503)
  })

  it('still answer locally, with no team domain, so a person can submit on a machine without internet', async () => {
    expect((await postReport(familyFixture(), { overrides: { TURNSTILE_SECRET: TEST_SECRETS[0] } })).status).toBe(201)
  })

  it('do not stop a production deploy with a real secret', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => Response.json({ success: true, action: 'report', hostname: '127.0.0.1', 'error-codes': [] }))
    const res = await postReport(familyFixture(), { overrides: { ...TEAM, TURNSTILE_SECRET: 'live-0x4AAAAAAABkMYinukE8nzYS-real-secret' } })
    expect(res.status).toBe(201)
  })
})
