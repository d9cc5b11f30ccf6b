import { describe, expect, it } from 'vitest'
import { KAKAO_MAX_TEXT, chatLang, emergencyText, offerReplyText, parseCommand } from '../../core/chat-reply'
import { checkOffer } from '../../core/offer-check'
import { botRequest, parseCommandLine, setWebhookBody } from '../../scripts/telegram.mjs'
import { eachGives } from './each-gives'

describe('chatLang: the language a chat reply is written in', () => {
  eachGives('reads %j with app language %j as %s', chatLang, [
    ['월 500만원 보장', 'en', 'ko'],
    ['ប្រាក់ខែ ១៥០០ ដុល្លារ', 'ko', 'km'],
    ['Job in Thailand, $1500', 'km', 'km'],
    ['Job in Thailand, $1500', 'ko-KR', 'ko'],
    ['Job in Thailand, $1500', 'fr', 'en'],
    ['Job in Thailand, $1500', null, 'en'],
    ['', undefined, 'en'],
  ])
})

describe('parseCommand', () => {
  it.each([
    ['/start', { name: 'start', args: [] }],
    ['/lang km', { name: 'lang', args: ['km'] }],
    ['  /help@HomewardBot  ', { name: 'help', args: [] }],
    ['/lang   ko  extra', { name: 'lang', args: ['ko', 'extra'] }],
  ])('reads %j', (text, command) => {
    expect(parseCommand(text)).toEqual(command)
  })

  it.each(['hello /start', '/', '/123', '월 500만원'])('takes %j as ordinary text', (text) => {
    expect(parseCommand(text)).toBeNull()
  })
})

describe('offerReplyText', () => {
  const long = `캄보디아 시아누크빌 고객상담 월 1,000만원 보장 텔레그램 @job_kh ${'숙소 무료 제공, 항공권 지원. '.repeat(80)}`

  it('fits Kakao\'s limit and keeps the links and the privacy note when it must cut', () => {
    const text = offerReplyText(checkOffer(long, { lang: 'ko' }), [], { lang: 'ko', origin: 'https://h.example', maxLength: KAKAO_MAX_TEXT })
    expect(text.length).toBeLessThanOrEqual(KAKAO_MAX_TEXT)
    expect(text).toContain('https://h.example/ko/check/')
    expect(text).toContain('https://h.example/ko/help/')
    expect(text).toContain('저장하지 않았습니다')
  })

  it('says the contacts could not be compared when the look-up failed', () => {
    const text = offerReplyText(checkOffer('Telegram @abc_recruit job in Poipet', { lang: 'en' }), null, { lang: 'en', origin: 'https://h.example', maxLength: 4096 })
    expect(text).toContain('We could not compare these contacts with reports right now.')
  })

  it('lists at most three signs, strongest first', () => {
    const result = checkOffer(long, { lang: 'ko' })
    const text = offerReplyText(result, [], { lang: 'ko', origin: 'https://h.example', maxLength: 4096 })
    expect(text.split('\n').filter((line) => line.startsWith('• ') && line.includes('“'))).toHaveLength(3)
  })

  it('gives only the verified numbers in the emergency text', () => {
    const text = emergencyText('en', 'https://h.example')
    for (const number of ['+82-2-3210-0404', '+855 979 117 117', '0979 117 117', '117', '112']) expect(text).toContain(number)
    expect(text).not.toMatch(/211[- ]?900|1288/)
  })
})

describe('npm run telegram', () => {
  it('reads its command line with parseArgs', () => {
    expect(parseCommandLine(['--set-webhook', 'https://homeward.example'])).toEqual({ action: 'set', origin: 'https://homeward.example' })
    expect(parseCommandLine(['--info'])).toEqual({ action: 'info' })
    expect(parseCommandLine([])).toEqual({ action: 'help' })
    expect(() => parseCommandLine(['--set-webhok', 'x'])).toThrow()
  })

  it('registers our route with the secret and only the updates the bot answers, over HTTPS', () => {
    expect(setWebhookBody('https://homeward.example/anything', 'abc_DEF-123')).toEqual({
      url: 'https://homeward.example/api/v1/telegram/webhook',
      secret_token: 'abc_DEF-123',
      allowed_updates: ['message', 'callback_query'],
      drop_pending_updates: true,
      max_connections: 40,
    })
    expect(() => setWebhookBody('http://homeward.example', 'abc')).toThrow(/HTTPS/)
    expect(() => setWebhookBody('https://homeward.example', 'has space')).toThrow(/TELEGRAM_WEBHOOK_SECRET/)
  })

  it('puts the token in the Bot API path and refuses a malformed one', async () => {
    const request = botRequest('123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abc', 'getWebhookInfo')
    expect(request.method).toBe('POST')
    expect(new URL(request.url).pathname).toBe('/bot123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abc/getWebhookInfo')
    expect(() => botRequest(undefined, 'getWebhookInfo')).toThrow(/TELEGRAM_BOT_TOKEN/)
  })
})
