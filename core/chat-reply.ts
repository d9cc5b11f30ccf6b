/**
 * What the Telegram bot and the KakaoTalk skill say: the offer check's answer in plain
 * words, the commands' texts, and the reader's language. Pure: the routes
 * (worker/routes/telegram.ts, kakao.ts) add the platform's envelope.
 */
import { CONTACTS } from './contacts'
import { getPlace, placeName } from './gazetteer'
import { createT, isLang, type Lang } from './i18n'
import type { OfferCheckResult } from './offer-check'

export type T = ReturnType<typeof createT>

/** Telegram's limit for one message (4,096) and Kakao's for a simpleText (1,000). */
export const TELEGRAM_MAX_TEXT = 4096
export const KAKAO_MAX_TEXT = 1000

/**
 * The reader's language: the text's script when it is Hangul or Khmer, else the
 * language the app reports (Telegram's `language_code`, Kakao's `lang`), else English.
 * A Latin-script text says nothing about its reader: a Korean forwards English ads too.
 */
export function chatLang(text: string, appLanguage?: string | null): Lang {
  let hangul = 0
  let khmer = 0
  for (const char of text) {
    const c = char.codePointAt(0)!
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e)) hangul++
    else if (c >= 0x1780 && c <= 0x17ff) khmer++
  }
  if (hangul > 0 || khmer > 0) return hangul * 2.5 >= khmer ? 'ko' : 'km'
  const primary = (appLanguage ?? '').toLowerCase().split(/[-_]/)[0]
  return isLang(primary) ? primary : 'en'
}

/** A command (`/lang km`, `/start@HomewardBot`), or null for ordinary text. */
export function parseCommand(text: string): { name: string; args: string[] } | null {
  const match = /^\/([a-z]+)(?:@[A-Za-z0-9_]+)?(?:\s+(.*))?$/s.exec(text.trim())
  if (!match) return null
  return { name: match[1]!, args: (match[2] ?? '').trim().split(/\s+/).filter(Boolean) }
}

/** Links the replies give: the full check and the emergency contacts, in the reader's language. */
export function chatLinks(origin: string, lang: Lang) {
  return { check: `${origin}/${lang}/check/`, emergency: `${origin}/${lang}/help/` }
}

const quote = (text: string, max = 60) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`
}

/** How many confirmed reports mention each contact in the text; null when the look-up failed. */
export type ContactMatches = Array<{ type: string; value: string; reports: number }> | null

/** A recruiter's contact with its kind in words ("Telegram kh_hr_desk"), never `telegram:kh_hr_desk`. */
const contactText = (t: T, m: { type: string; value: string }) => `${t(`check.contacts.kind.${m.type}` as 'check.contacts.kind.telegram')} ${m.value}`

/**
 * The engine's answer as a chat message: the risk in plain words, the three strongest
 * signs with the words that triggered them, the advisory level of each place named, how
 * many confirmed reports mention a contact in it, the links, and what was kept.
 */
export function offerReplyText(
  result: OfferCheckResult,
  matches: ContactMatches,
  opts: { lang: Lang; origin: string; maxLength: number },
): string {
  const t = createT(opts.lang)
  const links = chatLinks(opts.origin, opts.lang)
  const sections: string[] = []
  const head = [t(`check.risk.${result.risk}` as 'check.risk.high')]
  // The engine may say what kind of text this is (issue 11): a warning or news quoting
  // a scam ad is not an offer.
  const frame = (result as { frame?: string }).frame
  if (frame !== undefined && frame !== 'offer') head.unshift(t('chat.frame.warning'))
  sections.push(head.join('\n'))

  const strongest = result.signals
    .filter((s) => s.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3)
  if (strongest.length > 0) {
    sections.push(
      [
        t('check.signs.title'),
        ...strongest.map((s) => {
          const words = s.evidence.slice(0, 2).map((e) => quote(e.text)).join(', ')
          const title = t(`check.signal.${s.id}.title` as 'check.title')
          return `• ${words ? `${t('labelled', { label: title })} ${words}` : title}`
        }),
      ].join('\n'),
    )
  }

  // A country named beside a town or province in it adds nothing: its level varies by province.
  const named = [...new Map(result.places.map((p) => [p.placeId, p])).values()]
  const places = named.filter((p) => getPlace(p.placeId)?.kind !== 'country' || named.length === 1)
  if (places.length > 0) {
    sections.push(
      [
        t('check.places.title'),
        ...places.map((p) => {
          const place = getPlace(p.placeId)
          const name = place ? placeName(place, opts.lang) : p.evidence.text
          const level = p.level === null ? t('check.places.noLevel') : t(`advisory.level.${p.level}` as 'advisory.level.1')
          return `• ${t('labelled', { label: name })} ${level}`
        }),
      ].join('\n'),
    )
  }

  if (result.indicators.length > 0) {
    const found = (matches ?? []).filter((m) => m.reports > 0)
    const lines =
      matches === null
        ? [t('check.contacts.unavailable')]
        : found.length === 0
          ? [t('check.contacts.none')]
          : found.map((m) => `• ${t('labelled', { label: contactText(t, m) })} ${t('check.contacts.reports' as 'check.contacts.reports_one', { count: m.reports })}`)
    sections.push([t('check.contacts.title'), ...lines].join('\n'))
  }

  const tail = [t('chat.link.check', { url: links.check }), t('chat.link.emergency', { url: links.emergency }), t('chat.privacy')].join('\n')
  // Keep the links and the privacy note whatever else must give way to the limit.
  let body = sections.join('\n\n')
  const room = opts.maxLength - tail.length - 2
  if (body.length > room) body = `${body.slice(0, Math.max(0, room - 1))}…`
  return `${body}\n\n${tail}`
}

/** `/start`: what the bot does and what it keeps. */
export function startText(lang: Lang, origin: string): string {
  const t = createT(lang)
  return [t('chat.start'), t('chat.privacy'), t('chat.link.check', { url: chatLinks(origin, lang).check })].join('\n\n')
}

/** `/help`: the commands. */
export function helpText(lang: Lang): string {
  return createT(lang)('chat.help')
}

/** `/emergency`: the verified numbers, and only those (core/contacts.ts, each with its source). */
export function emergencyText(lang: Lang, origin: string): string {
  const t = createT(lang)
  const blocks = CONTACTS.map((contact) => {
    const action = contact.action
      ? contact.action.href.startsWith('tel:')
        ? t(contact.action.label)
        : contact.action.href
      : null
    return [t(contact.name), ...(contact.lines ?? []).map((line) => t(line)), action].filter(Boolean).join('\n')
  })
  return [t('help.title'), ...blocks, t('chat.link.emergency', { url: chatLinks(origin, lang).emergency })].join('\n\n')
}
