import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { checkOffer } from '../../core/offer-check'
import { createT } from '../../core/i18n'
import app from '../../worker/index'

/**
 * The Telegram bot, driven with updates shaped as Telegram sends them (Bot API:
 * Update, Message, CallbackQuery). Telegram itself is never called: every answer is
 * the webhook response body.
 */
const SECRET = 'test-webhook-secret_0123456789'
const BOT_ENV = { TELEGRAM_WEBHOOK_SECRET: SECRET } as Partial<Env>
const ORIGIN = 'https://homeward.example'

let nextUpdate = 700_000
let nextChat = 90_000_000
const now = () => Math.floor(Date.now() / 1000)

function post(update: unknown, opts: { secret?: string | null; raw?: string } = {}) {
  const headers = new Headers({ 'content-type': 'application/json' })
  if (opts.secret !== null) headers.set('x-telegram-bot-api-secret-token', opts.secret ?? SECRET)
  return app.request(`${ORIGIN}/api/v1/telegram/webhook`, { method: 'POST', headers, body: opts.raw ?? JSON.stringify(update) }, { ...env, ...BOT_ENV })
}

const person = (chatId: number, languageCode: string) => ({
  from: { id: chatId, is_bot: false, first_name: 'Test', language_code: languageCode },
  chat: { id: chatId, first_name: 'Test', type: 'private' },
})

function textUpdate(text: string, opts: { chat?: number; languageCode?: string; extra?: Record<string, unknown> } = {}) {
  const chat = opts.chat ?? ++nextChat
  return { update_id: ++nextUpdate, message: { message_id: 10, ...person(chat, opts.languageCode ?? 'en'), date: now(), text, ...opts.extra } }
}

const KO_OFFER =
  '[고수익 해외 취업] 캄보디아 시아누크빌 고객상담 업무, 월 1,000만원 보장! 항공권·숙소 무료 제공, 경험 무관. 여권만 준비하세요. 텔레그램 @job_kh_2025 로 연락 주세요.'
const KM_OFFER = 'ការងារនៅប្រទេសថៃ ប្រាក់ខែ ១៥០០ ដុល្លារ មិនត្រូវការបទពិសោធន៍ ធ្វើដំណើរឥតគិតថ្លៃ ទាក់ទង Telegram @thai_jobs_km'
const NEWS =
  'Cambodian police raided a compound in Sihanoukville on Tuesday and freed 200 workers from several countries, officials said. The workers had answered job ads promising high pay.'

const PRIVACY = {
  ko: '보내신 메시지는 메모리에서만 확인했고 저장하지 않았습니다. 이 봇은 채팅 ID나 사용자 ID를 보관하지 않으며, 과도한 요청을 막기 위한 암호화된 횟수만 남깁니다.',
  en: 'Your message was checked in memory and not stored. This bot keeps no chat or user ID, only a scrambled counter that stops floods.',
}

/** The engine's three strongest signs as the reply lists them, so a re-weighted engine does not break the envelope's test. */
function strongestLines(text: string, lang: 'ko' | 'km' | 'en') {
  const t = createT(lang)
  return checkOffer(text, { lang })
    .signals.filter((s) => s.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3)
    .map((s) => `• ${t('labelled', { label: t(`check.signal.${s.id}.title` as 'check.title') })} ${s.evidence.slice(0, 2).map((e) => `“${e.text}”`).join(', ')}`)
}

const offerCount = async () => (await env.DB.prepare('SELECT count(*) AS n FROM offer_reports').first<{ n: number }>())!.n

describe('Telegram webhook: who may call it', () => {
  it('answers a request without the secret header with a 401 problem', async () => {
    const res = await post(textUpdate('hello'), { secret: null })
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  })

  it('answers a wrong secret with a 403 problem and checks nothing', async () => {
    const res = await post(textUpdate(KO_OFFER), { secret: 'wrong-secret' })
    expect(res.status).toBe(403)
    expect(((await res.json()) as { status: number }).status).toBe(403)
  })

  it('refuses every call while no secret is configured', async () => {
    const headers = { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': '' }
    const res = await app.request(`${ORIGIN}/api/v1/telegram/webhook`, { method: 'POST', headers, body: JSON.stringify(textUpdate('x')) }, env)
    expect(res.status).toBe(403)
  })
})

describe('Telegram webhook: checking an offer', () => {
  it('answers a forwarded Korean offer in Korean, as a reply with a report button', async () => {
    const update = textUpdate(KO_OFFER, {
      languageCode: 'en',
      extra: {
        message_id: 42,
        forward_origin: { type: 'channel', chat: { id: -1001234567890, title: '해외 고수익 알바', type: 'channel' }, message_id: 77, date: now() - 3600 },
        entities: [{ offset: KO_OFFER.indexOf('@job'), length: 12, type: 'mention' }],
      },
    })
    const res = await post(update)
    expect(res.status).toBe(200)
    const reply = await res.json<Record<string, any>>()
    const t = createT('ko')
    expect(reply).toEqual({
      method: 'sendMessage',
      chat_id: update.message.chat.id,
      text: [
        t('check.risk.high'),
        '',
        [t('check.signs.title'), ...strongestLines(KO_OFFER, 'ko')].join('\n'),
        '',
        '제안에 나온 장소\n• 시아누크빌: 3단계: 출국권고',
        '',
        '제안에 나온 연락처\n이 연락처는 저희 직원이 확인한 신고에 나오지 않습니다. 그렇다고 안전하다는 뜻은 아닙니다.',
        '',
        `자세한 확인: ${ORIGIN}/ko/check/`,
        `위험하다면: ${ORIGIN}/ko/help/`,
        PRIVACY.ko,
      ].join('\n'),
      link_preview_options: { is_disabled: true },
      reply_parameters: { message_id: 42, allow_sending_without_reply: true },
      reply_markup: { inline_keyboard: [[{ text: '이 제안 신고하기', callback_data: 'report' }]] },
    })
  })

  it('reads a Khmer photo caption and answers in Khmer whatever the app language', async () => {
    const chat = ++nextChat
    const update = {
      update_id: ++nextUpdate,
      message: {
        message_id: 7,
        ...person(chat, 'en'),
        date: now(),
        photo: [
          { file_id: 'AgACAgUAAxkBAAIB', file_unique_id: 'AQADs', width: 90, height: 90, file_size: 1200 },
          { file_id: 'AgACAgUAAxkBAAIC', file_unique_id: 'AQADt', width: 1280, height: 1280, file_size: 98000 },
        ],
        caption: KM_OFFER,
      },
    }
    const reply = await (await post(update)).json<Record<string, any>>()
    const t = createT('km')
    expect(reply.text).toBe(
      [
        t('check.risk.high'),
        '',
        [t('check.signs.title'), ...strongestLines(KM_OFFER, 'km')].join('\n'),
        '',
        `${t('check.places.title')}\n• ថៃ៖ ${t('check.places.noLevel')}`,
        '',
        `${t('check.contacts.title')}\n${t('check.contacts.none')}`,
        '',
        `ការពិនិត្យពេញលេញ៖ ${ORIGIN}/km/check/`,
        `ប្រសិនបើអ្នកស្ថិតក្នុងគ្រោះថ្នាក់៖ ${ORIGIN}/km/help/`,
        t('chat.privacy'),
      ].join('\n'),
    )
    expect(reply.reply_parameters).toEqual({ message_id: 7, allow_sending_without_reply: true })
    expect(reply.reply_markup.inline_keyboard[0][0]).toEqual({ text: t('chat.report.button'), callback_data: 'report' })
  })

  it('answers a news paragraph in English, saying it is a warning when the engine says so', async () => {
    const reply = await (await post(textUpdate(NEWS, { languageCode: 'en' }))).json<Record<string, any>>()
    const result = checkOffer(NEWS, { lang: 'en' })
    const frame = (result as { frame?: string }).frame
    const head = [...(frame !== undefined && frame !== 'offer' ? ['This looks like a warning, not an offer.'] : []), createT('en')(`check.risk.${result.risk}` as 'check.risk.high')]
    expect(reply.text.startsWith(`${head.join('\n')}\n\n`)).toBe(true)
    expect(reply.text).toContain('• Sihanoukville (Preah Sihanouk): Level 3: leave, do not travel')
    expect(reply.text.endsWith(`Full check: ${ORIGIN}/en/check/\nIf you are in danger: ${ORIGIN}/en/help/\n${PRIVACY.en}`)).toBe(true)
  })

  it('says how many confirmed reports mention a contact in the offer', async () => {
    const { getVault } = await import('../../worker/vault')
    const { indicatorStatements } = await import('../../worker/db/indicators')
    const { sealIndicators } = await import('../../worker/vault/indicators')
    const vault = await getVault(env)
    const handle = { type: 'telegram' as const, value: 'confirmed_recruiter_kh' }
    for (const id of ['r1', 'r2']) await env.DB.batch(indicatorStatements(env.DB, await sealIndicators(vault, [handle]), { kind: 'report', id }))
    await env.DB.prepare("UPDATE indicators SET status = 'confirmed' WHERE type = 'handle'").run()
    const reply = await (await post(textUpdate('Job in Poipet casino, $2000 a month, contact telegram @confirmed_recruiter_kh'))).json<Record<string, any>>()
    expect(reply.text).toContain('Contacts in the offer\n• Telegram confirmed_recruiter_kh: 2 reports to Homeward mention this contact.')
  })

  it('keeps nothing of a checked message: no offer report, no chat id', async () => {
    const before = await offerCount()
    const update = textUpdate(KO_OFFER, { chat: 424242424 })
    await post(update)
    expect(await offerCount()).toBe(before)
    const rows = await env.DB.prepare('SELECT * FROM chat_limits').all()
    expect(JSON.stringify(rows.results)).not.toContain('424242424')
    expect(rows.results.length).toBeGreaterThan(0)
  })
})

describe('Telegram webhook: commands', () => {
  it('welcomes with /start and says what it keeps', async () => {
    const reply = await (await post(textUpdate('/start', { languageCode: 'ko' }))).json<Record<string, any>>()
    expect(reply.text).toBe([createT('ko')('chat.start'), PRIVACY.ko, `자세한 확인: ${ORIGIN}/ko/check/`].join('\n\n'))
  })

  it('lists the commands with /help, in the app language when the text has no script of its own', async () => {
    const reply = await (await post(textUpdate('/help@HomewardBot', { languageCode: 'km-KH' }))).json<Record<string, any>>()
    expect(reply.text).toBe(createT('km')('chat.help'))
  })

  it('gives the verified emergency numbers with /emergency, in English for an unknown app language', async () => {
    const reply = await (await post(textUpdate('/emergency', { languageCode: 'fr' }))).json<Record<string, any>>()
    expect(reply.text).toContain('Consular call centre, Ministry of Foreign Affairs of Korea\nCall +82-2-3210-0404')
    expect(reply.text).toContain('From a Korean phone: +855 979 117 117')
    expect(reply.text).toContain('Call 117')
    // The embassy's direct number is unconfirmed (core/contacts.ts) and never sent.
    expect(reply.text).not.toContain('211-900')
  })

  it('answers in the language chosen with /lang from then on', async () => {
    const chat = ++nextChat
    expect((await (await post(textUpdate('/lang km', { chat }))).json<Record<string, any>>()).text).toBe('ខ្ញុំនឹងឆ្លើយជាភាសាខ្មែរ។')
    const reply = await (await post(textUpdate(NEWS, { chat, languageCode: 'en' }))).json<Record<string, any>>()
    expect(reply.text).toContain(`ការពិនិត្យពេញលេញ៖ ${ORIGIN}/km/check/`)
    expect((await (await post(textUpdate('/lang fr', { chat }))).json<Record<string, any>>()).text).toBe(createT('km')('chat.lang.usage'))
  })
})

describe('Telegram webhook: reporting an offer', () => {
  const press = (chat: number, data: string, message: Record<string, unknown>) => ({
    update_id: ++nextUpdate,
    callback_query: { id: `cb${nextUpdate}`, from: person(chat, 'ko').from, chat_instance: '-5', data, message: { message_id: 50, ...person(chat, 'ko'), date: now(), ...message } },
  })

  it('asks first, then queues the text only after "Yes", found in the message it replies to', async () => {
    const chat = ++nextChat
    const offer = { message_id: 42, ...person(chat, 'ko'), date: now(), text: KO_OFFER }
    const before = await offerCount()

    const asked = await (await post(press(chat, 'report', { text: 'reply', reply_to_message: offer }))).json<Record<string, any>>()
    expect(asked).toEqual({
      method: 'sendMessage',
      chat_id: chat,
      text: createT('ko')('chat.report.confirm'),
      link_preview_options: { is_disabled: true },
      reply_parameters: { message_id: 42, allow_sending_without_reply: true },
      reply_markup: { inline_keyboard: [[{ text: '네, 보냅니다', callback_data: 'report:yes' }, { text: '아니요', callback_data: 'report:no' }]] },
    })
    expect(await offerCount()).toBe(before)

    const sent = await (await post(press(chat, 'report:yes', { message_id: 51, text: 'confirm', reply_to_message: offer }))).json<Record<string, any>>()
    expect(sent).toEqual({ method: 'editMessageText', chat_id: chat, message_id: 51, text: '감사합니다. 홈워드 담당자가 이 제안을 검토합니다.' })
    expect(await offerCount()).toBe(before + 1)
    const row = await env.DB.prepare('SELECT lang, risk, text FROM offer_reports ORDER BY created_at DESC LIMIT 1').first<Record<string, string>>()
    expect(row!.lang).toBe('ko')
    expect(row!.risk).toBe('high')
    expect(row!.text).not.toContain('시아누크빌') // sealed
  })

  it('keeps nothing after "No"', async () => {
    const chat = ++nextChat
    const before = await offerCount()
    const reply = await (await post(press(chat, 'report:no', { message_id: 51, reply_to_message: { message_id: 42, ...person(chat, 'ko'), date: now(), text: KO_OFFER } }))).json<Record<string, any>>()
    expect(reply).toEqual({ method: 'editMessageText', chat_id: chat, message_id: 51, text: '보내지 않았습니다. 아무것도 저장하지 않았습니다.' })
    expect(await offerCount()).toBe(before)
  })

  it('points to the check page when the offer is no longer in view', async () => {
    const chat = ++nextChat
    const reply = await (await post(press(chat, 'report:yes', { text: 'confirm' }))).json<Record<string, any>>()
    expect(reply.text).toBe(`그 제안을 더 이상 볼 수 없습니다. 확인 페이지에 붙여 넣어 신고해 주세요: ${ORIGIN}/ko/check/`)
  })
})

describe('Telegram webhook: everything else gets an empty 200', () => {
  const empty = async (res: Response) => {
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('')
  }

  it('ignores a sticker', async () => {
    const chat = ++nextChat
    await empty(
      await post({
        update_id: ++nextUpdate,
        message: { message_id: 3, ...person(chat, 'ko'), date: now(), sticker: { file_id: 'CAACAgIAAxkBAAE', file_unique_id: 'AgAD', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false, emoji: '😀' } },
      }),
    )
  })

  it('ignores edits, joins, inline queries and unknown buttons', async () => {
    const chat = ++nextChat
    await empty(await post({ update_id: ++nextUpdate, edited_message: { message_id: 3, ...person(chat, 'ko'), date: now(), edit_date: now(), text: KO_OFFER } }))
    await empty(await post({ update_id: ++nextUpdate, message: { message_id: 4, ...person(chat, 'ko'), date: now(), new_chat_members: [{ id: 1, is_bot: false, first_name: 'A' }] } }))
    await empty(await post({ update_id: ++nextUpdate, inline_query: { id: '1', from: person(chat, 'ko').from, query: 'job', offset: '' } }))
    await empty(await post({ update_id: ++nextUpdate, my_chat_member: { chat: person(chat, 'ko').chat } }))
  })

  it('ignores malformed and oversized bodies', async () => {
    await empty(await post(null, { raw: '{"update_id":' }))
    await empty(await post(null, { raw: '[]' }))
    await empty(await post(null, { raw: JSON.stringify({ update_id: 'x', message: {} }) }))
    await empty(await post(textUpdate('a'.repeat(70_000))))
    // Larger than any route takes (3 MB): still an empty 200, not a 413 Telegram would retry.
    await empty(await post(null, { raw: JSON.stringify(textUpdate('a'.repeat(3_200_000))) }))
  })

  it('answers a replayed update once', async () => {
    const update = textUpdate(KO_OFFER)
    expect((await post(update)).status).toBe(200)
    await empty(await post(update))
  })

  it('stops answering a chat that floods it, for the rest of the hour', async () => {
    const chat = ++nextChat
    // The counter is per clock hour: do not straddle a boundary.
    const toNextHour = 3_600_000 - (Date.now() % 3_600_000)
    if (toNextHour < 15_000) await new Promise((resolve) => setTimeout(resolve, toNextHour + 100))
    for (let i = 0; i < 30; i++) expect((await (await post(textUpdate('/help', { chat }))).text()).length).toBeGreaterThan(0)
    await empty(await post(textUpdate('/help', { chat })))
    // Another chat is unaffected.
    expect((await (await post(textUpdate('/help'))).text()).length).toBeGreaterThan(0)
  }, 30_000)
})
