/**
 * The KakaoTalk channel: a Kakao i Open Builder skill, `POST /api/v1/kakao/skill/<secret>`,
 * answering in the v2 skill response format (a simpleText and a card with buttons to the
 * check page and the emergency page), well within Kakao's 5-second limit.
 *
 * Authenticity: Kakao signs nothing. The skill URL carries a secret path segment
 * (KAKAO_SKILL_SECRET, compared in constant time) and the payload's `bot.id` must be our
 * bot (KAKAO_BOT_ID); either wrong is a 403 problem. Anyone who learns the URL and the
 * bot id can still call it, so it stores nothing and is rate-limited per user, under a
 * hash of Kakao's user key: the same engine, privacy and limits as the Telegram bot.
 * Malformed or oversized bodies and floods get an empty 200, never a 5xx.
 */
import { Hono, type Context } from 'hono'
import { KAKAO_MAX_TEXT, chatLang, chatLinks, emergencyText, helpText, offerReplyText, parseCommand, startText, type ContactMatches } from '../../core/chat-reply'
import { createT, isLang, type Lang } from '../../core/i18n'
import { checkOffer } from '../../core/offer-check'
import { MAX_OFFER_TEXT } from '../../core/offers'
import { getVault } from '../vault'
import { chatKey } from '../vault/chat'
import { lookupConfirmed } from '../vault/indicators'
import { countChatMessage, setChatLang } from '../db/chat'
import type { AppEnv } from '../env'
import { problem } from '../problem'
import { readCappedBody, secretsMatch } from './chat-common'

const MAX_SKILL_BYTES = 64 * 1024

type Obj = Record<string, unknown>
const obj = (v: unknown): Obj | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : null)
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null)

const clip = (text: string) => (text.length > KAKAO_MAX_TEXT ? `${text.slice(0, KAKAO_MAX_TEXT - 1)}…` : text)

/** A v2 skill response: the text, then a card with the two links. */
function skillResponse(c: Context<AppEnv>, text: string, lang: Lang, origin: string) {
  const t = createT(lang)
  const links = chatLinks(origin, lang)
  return c.json({
    version: '2.0',
    template: {
      outputs: [
        { simpleText: { text: clip(text) } },
        {
          textCard: {
            description: t('check.help'),
            buttons: [
              { action: 'webLink', label: t('chat.button.check'), webLinkUrl: links.check },
              { action: 'webLink', label: t('chat.button.emergency'), webLinkUrl: links.emergency },
            ],
          },
        },
      ],
    },
  })
}

export const kakao = new Hono<AppEnv>().post('/skill/:secret', async (c) => {
  if (!(await secretsMatch(c.req.param('secret'), c.env.KAKAO_SKILL_SECRET))) return problem(c, 'forbidden', 403)
  const raw = await readCappedBody(c.req.raw, MAX_SKILL_BYTES)
  if (raw === null) return c.body(null, 200)
  let payload: Obj | null
  try {
    payload = obj(JSON.parse(raw))
  } catch {
    return c.body(null, 200)
  }
  const botId = str(obj(payload?.['bot'])?.['id'])
  if (!payload || botId === null || !(await secretsMatch(botId, c.env.KAKAO_BOT_ID))) return problem(c, 'forbidden', 403)
  const request = obj(payload['userRequest'])
  const utterance = str(request?.['utterance'])
  const userId = str(obj(request?.['user'])?.['id'])
  if (!utterance || utterance.trim() === '' || !userId) return c.body(null, 200)

  const vault = await getVault(c.env)
  const key = await chatKey(vault, 'kakao', userId)
  const gate = await countChatMessage(c.env.DB, key)
  if (!gate.allowed) return c.body(null, 200)
  const origin = new URL(c.req.url).origin
  const command = parseCommand(utterance)
  const lang: Lang = gate.lang ?? chatLang(command ? '' : utterance, str(request?.['lang']))

  if (command) {
    if (command.name === 'lang') {
      const asked = command.args[0]?.toLowerCase()
      if (!isLang(asked)) return skillResponse(c, createT(lang)('chat.lang.usage'), lang, origin)
      await setChatLang(c.env.DB, key, asked)
      return skillResponse(c, createT(asked)('chat.lang.set'), asked, origin)
    }
    const text = command.name === 'start' ? startText(lang, origin) : command.name === 'emergency' ? emergencyText(lang, origin) : helpText(lang)
    return skillResponse(c, text, lang, origin)
  }

  const result = checkOffer(utterance.slice(0, MAX_OFFER_TEXT), { lang })
  let matches: ContactMatches
  try {
    matches = await lookupConfirmed(c.env.DB, vault, result.indicators.slice(0, 20))
  } catch {
    matches = null
  }
  return skillResponse(c, offerReplyText(result, matches, { lang, origin, maxLength: KAKAO_MAX_TEXT }), lang, origin)
})
