/**
 * Recruiter identifiers in an offer: Telegram handles and t.me links, KakaoTalk
 * open-chat links and IDs, WhatsApp and LINE, phone numbers, emails, links and domains.
 * Values are normalised so the same contact written two ways compares equal
 * ("@HW_Job", "t.me/hw_job" → telegram "hw_job"; "010-1234-5678" → "+821012345678"),
 * which is what staff confirm and what `POST /api/v1/indicators/lookup` is sent.
 */
import { normalizeText, spanOf, type NormalizedText } from './normalize'
import { raw } from './regex'

export type IndicatorType = 'telegram' | 'kakao' | 'whatsapp' | 'line' | 'phone' | 'email' | 'url' | 'domain' | 'handle'
export type Indicator = { type: IndicatorType; value: string }

export type IndicatorOptions = {
  /**
   * Country to read local phone numbers in (012 345 678 is Cambodian, 010-1234-5678 Korean).
   * Without it, local numbers keep their leading 0.
   */
  country?: 'kh' | 'kr'
  /** The text mentions Telegram, so a bare @handle is a Telegram username. */
  telegramContext?: boolean
}

const EMAIL = /(?<![a-z0-9._%+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g
const TLD = 'com|net|org|info|biz|io|co|me|app|xyz|top|vip|site|online|shop|link|live|club|asia|cc|tv|ly|gg|kr|kh|th|vn|ph|my|sg|jp|cn|la|mm|uk|au|ae|in|id|hk|tw|ru'
const URL = new RegExp(
  raw`(?:https?://|www\.)[^\s<>"'\`)\]\u1780-\u17ff가-힣]+|(?<![@a-z0-9._-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:${TLD})(?:\.[a-z]{2})?(?![a-z0-9-])(?:/[^\s<>"'\`)\]\u1780-\u17ff가-힣]*)?`,
  'g',
)
const HANDLE = /(?<![a-z0-9._%+\-/])@([a-z][a-z0-9_]{2,31})(?![a-z0-9_@])/g
const KAKAO_ID = /(?:카톡|카카오톡|kakao ?talk|kakao)\s?(?:id|아이디)\s?[:：]?\s?([a-z0-9._-]{3,20})/g
const LINE_ID = /(?<![a-z])line\s?(?:id|아이디)\s?[:：]?\s?@?([a-z0-9._-]{3,20})/g
const CODES = '855|856|82|66|95|60|63|84|86|971|81|65|91|254|62'
const INTL_PHONE = new RegExp(raw`(?<![\w+])(?:\+|00)(?:${CODES})(?:[ .-]?\(0\))?(?:[ .-]?\d{1,4}){2,5}(?![\w])`, 'g')
const LOCAL_PHONE = /(?<![\w+.,/:\-])0\d{1,3}[ .-]?\d{3,4}[ .-]?\d{3,4}(?![\w])/g
const WHATSAPP_BEFORE = /(?:whatsapp|왓츠앱|wa)\s?[:：]?\s?$/

function phoneValue(raw: string, country: IndicatorOptions['country']): string | null {
  let digits = raw.replace(/[^\d+]/g, '').replace(/^00/, '+')
  if (digits.startsWith('+')) {
    digits = digits.replace(/^(\+\d{2,3})0(?=\d{7})/, '$1') // +855 (0)12… → +85512…
    const n = digits.length - 1
    return n >= 9 && n <= 15 ? digits : null
  }
  if (digits.length < 9 || digits.length > 11) return null
  if (/^01[016789]\d{7,8}$/.test(digits) && (country === 'kr' || digits.length === 11)) return '+82' + digits.slice(1)
  if (country === 'kh') return '+855' + digits.slice(1)
  if (country === 'kr') return '+82' + digits.slice(1)
  return digits
}

/** The original characters behind a match, NFKC'd but with their case (open-chat codes are case-sensitive). */
function originalOf(norm: NormalizedText, from: number, to: number): string {
  return spanOf(norm, from, to).text.normalize('NFKC').replace(/[\u200b-\u200f\u2060\ufeff\s]/g, '')
}

function classifyLink(norm: NormalizedText, from: number, to: number, add: (type: IndicatorType, value: string, from: number, to: number) => void) {
  const link = norm.text.slice(from, to).replace(/[.,;:!?)\]]+$/, '')
  const bare = link.replace(/^https?:\/\//, '').replace(/^www\./, '')
  const tg = /^(?:t\.me|telegram\.me|telegram\.dog)\/(\+?[a-z0-9_]+)/.exec(bare)
  if (tg) {
    const id = tg[1]!
    if (/^\+\d{8,15}$/.test(id)) add('phone', id, from, to) // t.me/+855979117117 opens a chat with a number
    else if (id.startsWith('+') || id === 'joinchat') add('telegram', 't.me/' + originalOf(norm, from, to).split(/t\.me\//i)[1]!.replace(/[.,;:!?)\]]+$/, ''), from, to)
    else add('telegram', id, from, to)
    return
  }
  if (/^open\.kakao\.com\/o\//.test(bare)) {
    const code = originalOf(norm, from, to).split(/\/o\//i)[1]!.replace(/[.,;:!?)\]]+$/, '')
    add('kakao', 'open.kakao.com/o/' + code, from, to)
    return
  }
  const wa = /^(?:wa\.me\/|api\.whatsapp\.com\/send\?phone=)\+?(\d{8,15})/.exec(bare)
  if (wa) {
    add('whatsapp', '+' + wa[1]!, from, to)
    return
  }
  if (/^chat\.whatsapp\.com\//.test(bare)) {
    add('whatsapp', originalOf(norm, from, to).replace(/^https?:\/\//i, '').replace(/[.,;:!?)\]]+$/, ''), from, to)
    return
  }
  const line = /^line\.me\/(?:ti\/p\/|r\/ti\/p\/)?[~@]?([a-z0-9._-]+)/.exec(bare)
  if (line) {
    add('line', line[1]!, from, to)
    return
  }
  const host = bare.split(/[/?#]/)[0]!.replace(/\.$/, '')
  const path = bare.slice(host.length).replace(/\/$/, '')
  if (path && path !== '/') add('url', host + path, from, to)
  add('domain', host, from, to)
}

/** An identifier with the normalised offsets it was read from. */
export type IndicatorSpan = Indicator & { from: number; to: number }

/** Identifiers in an already normalised (not despaced) text, with where they were found. */
export function findIndicatorSpans(norm: NormalizedText, opts: IndicatorOptions = {}): IndicatorSpan[] {
  const text = norm.text
  const seen = new Set<string>()
  const out: IndicatorSpan[] = []
  const covered: [number, number][] = []
  const add = (type: IndicatorType, value: string, from: number, to: number) => {
    const key = type + ' ' + value
    if (!seen.has(key)) {
      seen.add(key)
      out.push({ type, value, from, to })
    }
  }
  const free = (from: number, to: number) => !covered.some(([a, b]) => from < b && to > a)

  for (const m of text.matchAll(EMAIL)) {
    add('email', m[0], m.index!, m.index! + m[0].length)
    covered.push([m.index!, m.index! + m[0].length])
  }
  for (const m of text.matchAll(URL)) {
    const from = m.index!
    const to = from + m[0].length
    if (!free(from, to)) continue
    classifyLink(norm, from, to, add)
    covered.push([from, to])
  }
  for (const [re, type] of [[KAKAO_ID, 'kakao'], [LINE_ID, 'line']] as const) {
    for (const m of text.matchAll(re)) {
      add(type, m[1]!, m.index!, m.index! + m[0].length)
      covered.push([m.index!, m.index! + m[0].length])
    }
  }
  for (const m of text.matchAll(HANDLE)) {
    if (!free(m.index!, m.index! + m[0].length)) continue
    add(opts.telegramContext ? 'telegram' : 'handle', m[1]!, m.index!, m.index! + m[0].length)
  }
  for (const re of [INTL_PHONE, LOCAL_PHONE]) {
    for (const m of text.matchAll(re)) {
      const from = m.index!
      const to = from + m[0].length
      if (!free(from, to)) continue
      const value = phoneValue(m[0], opts.country)
      if (!value) continue
      covered.push([from, to])
      add(WHATSAPP_BEFORE.test(text.slice(Math.max(0, from - 12), from)) ? 'whatsapp' : 'phone', value, from, to)
    }
  }
  return out
}

/** Extract recruiter identifiers from raw text (see {@link IndicatorOptions}). */
export function extractIndicators(text: string, opts: IndicatorOptions = {}): Indicator[] {
  return findIndicatorSpans(normalizeText(text), opts).map(({ type, value }) => ({ type, value }))
}
