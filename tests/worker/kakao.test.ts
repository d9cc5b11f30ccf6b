import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { createT } from '../../core/i18n'
import app from '../../worker/index'

/** The KakaoTalk skill, driven with Kakao i Open Builder v2 skill payloads. */
const SECRET = 'kakao-skill-path-secret-0123456789'
const BOT_ID = '5f0d9a1e2b3c4d5e6f708192'
const KAKAO_ENV = { KAKAO_SKILL_SECRET: SECRET, KAKAO_BOT_ID: BOT_ID } as Partial<Env>
const ORIGIN = 'https://homeward.example'
let nextUser = 0

function payload(utterance: string, opts: { user?: string; lang?: string | null; botId?: string } = {}) {
  return {
    intent: { id: 'intent-fallback', name: '폴백 블록' },
    userRequest: {
      timezone: 'Asia/Seoul',
      params: { ignoreMe: 'true' },
      block: { id: 'block-fallback', name: '폴백 블록' },
      utterance,
      lang: opts.lang === undefined ? 'ko' : opts.lang,
      user: { id: opts.user ?? `botUserKey-${++nextUser}`, type: 'botUserKey', properties: { botUserKey: 'x', isFriend: true } },
    },
    bot: { id: opts.botId ?? BOT_ID, name: '홈워드' },
    action: { name: 'homeward_check', clientExtra: null, params: {}, id: 'action-1', detailParams: {} },
  }
}

function post(body: unknown, opts: { secret?: string; raw?: string } = {}) {
  return app.request(
    `${ORIGIN}/api/v1/kakao/skill/${opts.secret ?? SECRET}`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: opts.raw ?? JSON.stringify(body) },
    { ...env, ...KAKAO_ENV },
  )
}

const card = (lang: 'ko' | 'km' | 'en', check: string, help: string) => ({
  textCard: {
    description: createT(lang)('check.help'),
    buttons: [
      { action: 'webLink', label: check, webLinkUrl: `${ORIGIN}/${lang}/check/` },
      { action: 'webLink', label: help, webLinkUrl: `${ORIGIN}/${lang}/help/` },
    ],
  },
})

describe('KakaoTalk skill', () => {
  it('answers an offer in the v2 skill format: the check as simpleText, then buttons to the check and emergency pages', async () => {
    const res = await post(payload('캄보디아 포이펫 카지노 고객상담, 월 1,000만원 보장, 여권만 준비하세요. 텔레그램 @poipet_job'))
    expect(res.status).toBe(200)
    const body = await res.json<Record<string, any>>()
    expect(body.version).toBe('2.0')
    expect(body.template.outputs).toHaveLength(2)
    const text: string = body.template.outputs[0].simpleText.text
    expect(text.startsWith(`${createT('ko')('check.risk.high')}\n\n경고 신호\n• `)).toBe(true)
    expect(text).toContain('• 포이펫: 4단계: 여행금지')
    expect(text.endsWith(`자세한 확인: ${ORIGIN}/ko/check/\n위험하다면: ${ORIGIN}/ko/help/\n${createT('ko')('chat.privacy')}`)).toBe(true)
    expect(text.length).toBeLessThanOrEqual(1000)
    expect(body.template.outputs[1]).toEqual(card('ko', '자세히 확인', '긴급 도움'))
  })

  it('answers the exact help text for /help in English when Kakao reports no language', async () => {
    const body = await (await post(payload('/help', { lang: null }))).json()
    expect(body).toEqual({
      version: '2.0',
      template: { outputs: [{ simpleText: { text: createT('en')('chat.help') } }, card('en', 'Full check', 'Get help now')] },
    })
  })

  it('keeps every emergency number within Kakao\'s 1,000 characters in each language', async () => {
    for (const lang of ['ko', 'km', 'en'] as const) {
      const user = `emergency-${lang}`
      if (lang !== 'ko') await post(payload(`/lang ${lang}`, { user }))
      const text: string = (await (await post(payload('/emergency', { user }))).json<Record<string, any>>()).template.outputs[0].simpleText.text
      expect(text).toContain('+82-2-3210-0404')
      expect(text).toContain('117')
      expect(text.endsWith('…')).toBe(false)
    }
  })

  it('refuses a wrong path secret and another bot with a 403 problem', async () => {
    const wrong = await post(payload('hi'), { secret: 'guess' })
    expect(wrong.status).toBe(403)
    expect(wrong.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect((await post(payload('hi', { botId: 'someone-elses-bot' }))).status).toBe(403)
  })

  it('refuses everything while it is not configured', async () => {
    const res = await app.request(`${ORIGIN}/api/v1/kakao/skill/`, { method: 'POST', body: '{}' }, env)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    const unset = await app.request(`${ORIGIN}/api/v1/kakao/skill/anything`, { method: 'POST', body: JSON.stringify(payload('x')) }, env)
    expect(unset.status).toBe(403)
  })

  it('answers malformed bodies, empty utterances and floods with an empty 200', async () => {
    for (const raw of ['{', '[]', JSON.stringify({ userRequest: {} })]) {
      const res = await post(null, { raw })
      expect(res.status === 200 || res.status === 403).toBe(true)
      expect(res.status).toBeLessThan(500)
    }
    const blank = await post(payload('   '))
    expect([blank.status, await blank.text()]).toEqual([200, ''])
    const toNextHour = 3_600_000 - (Date.now() % 3_600_000)
    if (toNextHour < 15_000) await new Promise((resolve) => setTimeout(resolve, toNextHour + 100))
    for (let i = 0; i < 30; i++) expect((await post(payload('/help', { user: 'flooder' }))).status).toBe(200)
    const flooded = await post(payload('/help', { user: 'flooder' }))
    expect([flooded.status, await flooded.text()]).toEqual([200, ''])
  }, 30_000)
})
