import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import app from '../../worker/index'
import { hostileStrings, hostileValues, mutated } from './hostile'

/**
 * Property tests for the chat endpoints, like tests/worker/fuzz.test.ts for the public
 * writes: whatever arrives, the Telegram webhook and the Kakao skill never answer 5xx;
 * with the right secret they answer 200 (a reply or nothing, so Telegram does not
 * retry); without it, a 401/403 problem. Nothing is stored for any of it.
 */
const RUNS = 400
// A few seconds alone; the full suite runs files side by side on two cores.
const TIMEOUT = 60_000
const TG_SECRET = 'fuzz-webhook-secret'
const KAKAO_SECRET = 'fuzz-kakao-secret'
const BOT_ID = 'fuzz-bot-id'
const BOT_ENV = { TELEGRAM_WEBHOOK_SECRET: TG_SECRET, KAKAO_SKILL_SECRET: KAKAO_SECRET, KAKAO_BOT_ID: BOT_ID } as Partial<Env>

const HOSTILE = ['\u0000\u0001', '\uD800', '\uFEFF', 'ក្ក្ក្ក្', '가\u0301\u0302', '/lang', '/lang xx', '/start@', '/', 'a'.repeat(5000), '<b>x</b>', '{{x}}', '@'.repeat(300)]
const hostileString = hostileStrings(HOSTILE, 200)
const hostileValue = hostileValues(hostileString, ['__proto__', 'constructor', 'text', 'caption', 'message', 'chat', 'id'], 3)

const rawBody = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.constantFrom('{', '[]', 'null', '"x"', '{"__proto__":{"a":1}}', `${'['.repeat(3000)}${']'.repeat(3000)}`, '\uFFFF').map((s) => new TextEncoder().encode(s)),
  fc.constant(new Uint8Array(70 * 1024).fill(0x20)),
)

const telegramUpdate = (id: number) => {
  const user = { id, is_bot: false, first_name: 'F', language_code: 'ko' }
  const chat = { id, type: 'private', first_name: 'F' }
  const offer = { message_id: 5, from: user, chat, date: 1_760_000_000, text: '시아누크빌 고객상담 월 1,000만원 보장 텔레그램 @fuzz_job' }
  return fc.constantFrom(
    { update_id: id, message: offer },
    { update_id: id, message: { ...offer, text: undefined, caption: 'ការងារនៅថៃ ប្រាក់ខែ ១៥០០ ដុល្លារ', photo: [{ file_id: 'f', file_unique_id: 'u', width: 1, height: 1 }] } },
    { update_id: id, callback_query: { id: 'q', from: user, chat_instance: '1', data: 'report', message: { message_id: 6, chat, date: 1, text: 'r', reply_to_message: offer } } },
    { update_id: id, message: { ...offer, text: '/lang km' } },
  )
}
const kakaoPayload = (id: number) => ({
  userRequest: { utterance: '포이펫 카지노 월 1,000만원 텔레그램 @fuzz', lang: 'ko', user: { id: `user-${id}`, type: 'botUserKey', properties: {} }, params: {}, block: { id: 'b', name: 'b' } },
  bot: { id: BOT_ID, name: 'b' },
  intent: { id: 'i', name: 'i' },
  action: { name: 'a', id: 'a', params: {}, detailParams: {}, clientExtra: null },
})

const encode = (v: unknown) => new TextEncoder().encode(JSON.stringify(v) ?? 'undefined')
const bodies = (base: (id: number) => fc.Arbitrary<unknown>) =>
  fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: 2 ** 40 }).chain((id) => base(id).chain((b) => fc.oneof(fc.constant(b), mutated(b, hostileValue)))).map(encode), weight: 4 },
    { arbitrary: hostileValue.map(encode), weight: 1 },
    { arbitrary: rawBody, weight: 1 },
  )

const stored = async () =>
  (await env.DB.prepare('SELECT (SELECT count(*) FROM offer_reports) + (SELECT count(*) FROM indicators) AS n').first<{ n: number }>())!.n

async function expectProblem(res: Response, statuses: number[]) {
  expect(statuses).toContain(res.status)
  expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
  expect(JSON.parse(await res.text()).status).toBe(res.status)
}

describe('hostile input at the chat endpoints', () => {
  it('POST /api/v1/telegram/webhook answers 200 with a reply or nothing, never 5xx, and stores nothing', async () => {
    const before = await stored()
    let replies = 0
    await fc.assert(
      fc.asyncProperty(bodies((id) => telegramUpdate(id)), fc.constantFrom('application/json', 'text/plain', ''), async (bytes, type) => {
        const headers = new Headers({ 'x-telegram-bot-api-secret-token': TG_SECRET })
        if (type) headers.set('content-type', type)
        const res = await app.request('http://127.0.0.1/api/v1/telegram/webhook', { method: 'POST', headers, body: bytes }, { ...env, ...BOT_ENV })
        expect(res.status).toBe(200)
        const text = await res.text()
        if (text !== '') {
          replies++
          const reply = JSON.parse(text)
          expect(['sendMessage', 'editMessageText']).toContain(reply.method)
          expect(typeof reply.chat_id).toBe('number')
          expect(reply.text.length).toBeGreaterThan(0)
          expect(reply.text.length).toBeLessThanOrEqual(4096)
        }
      }),
      { numRuns: RUNS },
    )
    expect(await stored()).toBe(before)
    // The runs reach the engine, not only the early exits.
    expect(replies).toBeGreaterThan(RUNS / 10)
  }, TIMEOUT)

  it('POST /api/v1/telegram/webhook refuses any body without the right secret with a 401/403 problem', async () => {
    await fc.assert(
      fc.asyncProperty(bodies((id) => telegramUpdate(id)), fc.option(hostileString, { nil: undefined }), async (bytes, secret) => {
        const headers = new Headers({ 'content-type': 'application/json' })
        if (secret !== undefined) headers.set('x-telegram-bot-api-secret-token', secret.replace(/[^\x20-\x7e]/g, ''))
        const res = await app.request('http://127.0.0.1/api/v1/telegram/webhook', { method: 'POST', headers, body: bytes }, { ...env, ...BOT_ENV })
        await expectProblem(res, [401, 403])
      }),
      { numRuns: RUNS / 4 },
    )
  }, TIMEOUT)

  it('POST /api/v1/kakao/skill/<secret> answers a skill response, nothing, or a 403 problem, never 5xx, and stores nothing', async () => {
    const before = await stored()
    await fc.assert(
      fc.asyncProperty(bodies((id) => fc.constant(kakaoPayload(id))), fc.oneof({ arbitrary: fc.constant(KAKAO_SECRET), weight: 4 }, { arbitrary: fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent), weight: 1 }), async (bytes, secret) => {
        const res = await app.request(`http://127.0.0.1/api/v1/kakao/skill/${secret}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bytes }, { ...env, ...BOT_ENV })
        expect(res.status).toBeLessThan(500)
        if (res.status !== 200) return expectProblem(res, [403, 404])
        const text = await res.text()
        if (text === '') return
        const reply = JSON.parse(text)
        expect(reply.version).toBe('2.0')
        expect(reply.template.outputs[0].simpleText.text.length).toBeLessThanOrEqual(1000)
      }),
      { numRuns: RUNS },
    )
    expect(await stored()).toBe(before)
  }, TIMEOUT)
})
