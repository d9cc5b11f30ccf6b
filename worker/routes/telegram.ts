/**
 * The Telegram bot: `POST /api/v1/telegram/webhook`, registered with
 * `npm run -s telegram -- --set-webhook https://your.domain` (scripts/telegram.mjs).
 *
 * - Only Telegram: the `X-Telegram-Bot-Api-Secret-Token` header must equal
 *   TELEGRAM_WEBHOOK_SECRET (compared in constant time); without it 401, wrong 403.
 * - A message's text or a photo's caption is checked in memory with the offer engine
 *   and answered in the webhook response itself (`{"method":"sendMessage",…}`), so the
 *   common path makes no outbound call. The answer replies to the person's message:
 *   the "Report this offer" button's callback finds the text there
 *   (`message.reply_to_message`), so nothing is stored to make reporting possible.
 * - Reporting asks first; only "Yes, send it" queues the text for staff.
 * - No chat or user id is kept: a hashed per-chat counter (worker/db/chat.ts) stops
 *   floods and remembers /lang. Replayed update ids, other kinds of update (edits,
 *   stickers, joins, inline queries), oversized or malformed bodies and floods get an
 *   empty 200, so Telegram does not retry; never a 5xx.
 */
import { Hono, type Context } from 'hono'
import {
  TELEGRAM_MAX_TEXT,
  chatLang,
  chatLinks,
  emergencyText,
  helpText,
  offerReplyText,
  parseCommand,
  startText,
  type ContactMatches,
} from '../../core/chat-reply'
import { createT, isLang, type Lang } from '../../core/i18n'
import { checkOffer } from '../../core/offer-check'
import { MAX_OFFER_TEXT } from '../../core/offers'
import { getVault } from '../vault'
import { chatKey } from '../vault/chat'
import { lookupConfirmed } from '../vault/indicators'
import { countChatMessage, firstSighting, setChatLang } from '../db/chat'
import { fileOfferReport } from './offers'
import type { AppEnv } from '../env'
import { problem } from '../problem'
import { readCappedBody, secretsMatch } from './chat-common'

/** Telegram's updates are a few KB; a message is at most 4,096 characters. */
const MAX_UPDATE_BYTES = 64 * 1024

type Obj = Record<string, unknown>
const obj = (v: unknown): Obj | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null)
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null)
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null)

type Incoming = { chatId: number; messageId: number; text: string; languageCode: string | null }

/** The text a person sent: a message's text or a photo's caption. */
function incomingMessage(message: Obj | null): Incoming | null {
  if (!message) return null
  const chatId = int(obj(message['chat'])?.['id'])
  const messageId = int(message['message_id'])
  const text = str(message['text']) ?? str(message['caption'])
  if (chatId === null || messageId === null || text === null || text.trim() === '') return null
  return { chatId, messageId, text, languageCode: str(obj(message['from'])?.['language_code']) }
}

const nothing = (c: Context<AppEnv>) => c.body(null, 200)

function send(c: Context<AppEnv>, chatId: number, text: string, extra: Obj = {}) {
  return c.json({ method: 'sendMessage', chat_id: chatId, text, link_preview_options: { is_disabled: true }, ...extra })
}

const replyTo = (messageId: number) => ({ reply_parameters: { message_id: messageId, allow_sending_without_reply: true } })

export const telegram = new Hono<AppEnv>().post('/webhook', async (c) => {
  const given = c.req.header('x-telegram-bot-api-secret-token')
  if (given === undefined) return problem(c, 'unauthorized', 401)
  if (!(await secretsMatch(given, c.env.TELEGRAM_WEBHOOK_SECRET))) return problem(c, 'forbidden', 403)

  const raw = await readCappedBody(c.req.raw, MAX_UPDATE_BYTES)
  if (raw === null) return nothing(c)
  let update: Obj | null
  try {
    update = obj(JSON.parse(raw))
  } catch {
    return nothing(c)
  }
  const updateId = int(update?.['update_id'])
  if (!update || updateId === null) return nothing(c)

  const callback = obj(update['callback_query'])
  const message = incomingMessage(obj(update['message']))
  const callbackMessage = obj(callback?.['message'])
  const callbackChat = int(obj(callbackMessage?.['chat'])?.['id'])
  // Only new messages and button presses; edits, stickers, joins and the rest get nothing.
  if (!message && !(callback && callbackChat !== null && typeof callback['data'] === 'string')) return nothing(c)
  if (!(await firstSighting(c.env.DB, 'telegram', updateId))) return nothing(c)

  const vault = await getVault(c.env)
  const chatId = message ? message.chatId : callbackChat!
  const key = await chatKey(vault, 'telegram', String(chatId))
  const gate = await countChatMessage(c.env.DB, key)
  if (!gate.allowed) return nothing(c)
  const origin = new URL(c.req.url).origin

  if (callback) {
    const appLanguage = str(obj(callback['from'])?.['language_code'])
    return answerCallback(c, { data: str(callback['data'])!, message: callbackMessage!, chatId, chosen: gate.lang, appLanguage, origin })
  }

  const { text, messageId, languageCode } = message!
  const command = parseCommand(text)
  const lang: Lang = gate.lang ?? chatLang(command ? '' : text, languageCode)
  if (command) {
    switch (command.name) {
      case 'start':
        return send(c, chatId, startText(lang, origin))
      case 'help':
        return send(c, chatId, helpText(lang))
      case 'emergency':
        return send(c, chatId, emergencyText(lang, origin))
      case 'lang': {
        const asked = command.args[0]?.toLowerCase()
        if (!isLang(asked)) return send(c, chatId, createT(lang)('chat.lang.usage'))
        await setChatLang(c.env.DB, key, asked)
        return send(c, chatId, createT(asked)('chat.lang.set'))
      }
      default:
        return send(c, chatId, helpText(lang))
    }
  }

  const checked = text.slice(0, MAX_OFFER_TEXT)
  const result = checkOffer(checked, { lang })
  let matches: ContactMatches
  try {
    matches = await lookupConfirmed(c.env.DB, vault, result.indicators.slice(0, 20))
  } catch {
    matches = null
  }
  return send(c, chatId, offerReplyText(result, matches, { lang, origin, maxLength: TELEGRAM_MAX_TEXT }), {
    ...replyTo(messageId),
    reply_markup: { inline_keyboard: [[{ text: createT(lang)('chat.report.button'), callback_data: 'report' }]] },
  })
})

/**
 * "Report this offer" (`report`) asks for confirmation in a message that replies to the
 * offer again; "Yes" (`report:yes`) queues the offer, found in that message's
 * `reply_to_message`; "No" (`report:no`) keeps nothing. Both edit the question away so
 * it cannot be sent twice.
 */
async function answerCallback(
  c: Context<AppEnv>,
  input: { data: string; message: Obj; chatId: number; chosen: Lang | null; appLanguage: string | null; origin: string },
) {
  const original = incomingMessage(obj(input.message['reply_to_message']))
  const lang = input.chosen ?? chatLang(original?.text ?? '', input.appLanguage)
  const t = createT(lang)
  const messageId = int(input.message['message_id'])
  const edit = (text: string) => c.json({ method: 'editMessageText', chat_id: input.chatId, message_id: messageId, text })
  if (!['report', 'report:yes', 'report:no'].includes(input.data) || messageId === null) return nothing(c)
  if (input.data === 'report:no') return edit(t('chat.report.cancelled'))
  if (!original) return send(c, input.chatId, t('chat.report.unavailable', { url: chatLinks(input.origin, lang).check }))
  if (input.data === 'report') {
    return send(c, input.chatId, t('chat.report.confirm'), {
      ...replyTo(original.messageId),
      reply_markup: {
        inline_keyboard: [[
          { text: t('chat.report.yes'), callback_data: 'report:yes' },
          { text: t('chat.report.no'), callback_data: 'report:no' },
        ]],
      },
    })
  }
  const text = original.text.slice(0, MAX_OFFER_TEXT)
  await fileOfferReport(c.env.DB, await getVault(c.env), { text, lang, result: checkOffer(text, { lang }) })
  return edit(t('chat.report.sent'))
}
