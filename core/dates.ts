import type { MessageKey } from './i18n'
import type { Lang } from './langs'

/**
 * The one place a date or a time becomes words, for the public pages, the Worker's
 * case page and the staff console alike (issue 15). A moment always carries the name
 * of its time zone, in the reader's words; a calendar day (a birth date, the day an
 * advisory was issued) carries none and is never shifted into another day.
 *
 * Digits are Western in every language (locales/GLOSSARY.md, "digits").
 */

export type Translate = (key: string, values?: Record<string, string | number>) => string

/** The locale each language is written in. */
export const LOCALE_TAG: Record<Lang, string> = { ko: 'ko-KR', km: 'km-KH', en: 'en' }

/** The time zones a time is shown in; each is named in words (`time.zone.*`), never as an offset. */
export const ZONES = {
  seoul: { tz: 'Asia/Seoul', name: 'time.zone.seoul' },
  phnomPenh: { tz: 'Asia/Phnom_Penh', name: 'time.zone.phnomPenh' },
} as const satisfies Record<string, { tz: string; name: MessageKey }>
export type Zone = keyof typeof ZONES
export const isZone = (value: unknown): value is Zone => typeof value === 'string' && value in ZONES

/** The console without a choice: Phnom Penh for a Khmer console, Seoul otherwise. */
export const defaultZone = (lang: Lang): Zone => (lang === 'km' ? 'phnomPenh' : 'seoul')

/**
 * The zone a family or a person in danger reads times in: Korea time for Korean
 * readers, Cambodia time for everyone else. A Khmer reader is most likely in
 * Cambodia; an English reader is a family in Laos, Vietnam, Thailand, the Philippines
 * or further, and the case, the joint police unit and the embassy are all on Cambodia
 * time (the same clock as Laos, Thailand and Vietnam). A server-rendered page cannot
 * know the device's zone, so the island and the Worker's page agree by choosing this.
 */
export const readerZone = (lang: Lang): Zone => (lang === 'ko' ? 'seoul' : 'phnomPenh')

/**
 * CLDR's Khmer months and patterns (the same as Node's full ICU writes for km-KH).
 * Chromium, and so Chrome on most phones in Cambodia, ships no Khmer locale data:
 * `Intl.DateTimeFormat('km-KH')` there falls back to English ("December 3, 2026"),
 * which is what the review saw. Where the runtime lacks Khmer, the date is built from
 * Intl's numbers for the zone and these words.
 */
const KHMER_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ']
const KHMER_AT = ' នៅ\u200bម៉ោង '

let khmerInRuntime: boolean | undefined
/** Whether this runtime's Intl knows Khmer (Node and Firefox do; Chromium does not). */
export function runtimeHasKhmer(): boolean {
  if (khmerInRuntime === undefined) {
    try {
      khmerInRuntime = Intl.DateTimeFormat.supportedLocalesOf([LOCALE_TAG.km]).length > 0
    } catch {
      khmerInRuntime = false
    }
  }
  return khmerInRuntime
}

function numbersIn(date: Date, tz: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', hourCycle: 'h23', numberingSystem: 'latn',
  }).formatToParts(date)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return { year: get('year'), month: Number(get('month')), day: get('day'), hour: get('hour').padStart(2, '0'), minute: get('minute') }
}

export type DateStyle = 'long' | 'medium'

/**
 * A moment in a language and zone, without the zone's name. Khmer uses the 24-hour
 * clock: CLDR's 12-hour Khmer writes "AM"/"PM" in Latin letters.
 * `khmer: false` forces the fallback (for tests that compare it with ICU).
 */
export function formatMoment(date: Date, lang: Lang, tz: string, style: DateStyle = 'long', khmer = runtimeHasKhmer()): string {
  if (lang === 'km' && !khmer) {
    const n = numbersIn(date, tz)
    const day = `${n.day} ${KHMER_MONTHS[n.month - 1]} ${n.year}`
    return style === 'long' ? `${day}${KHMER_AT}${n.hour}:${n.minute}` : `${day}, ${n.hour}:${n.minute}`
  }
  return new Intl.DateTimeFormat(LOCALE_TAG[lang], {
    dateStyle: style,
    timeStyle: 'short',
    timeZone: tz,
    numberingSystem: 'latn',
    ...(lang === 'km' ? { hourCycle: 'h23' as const } : {}),
  }).format(date)
}

/**
 * "3 ធ្នូ 2026 នៅម៉ោង 19:14 (ម៉ោងកម្ពុជា)", "2026년 12월 3일 오후 9:14 (한국 시간)": a
 * moment in the reader's language with its zone named. '' for a value that is not a date.
 */
export function formatWhen(iso: string, lang: Lang, zone: Zone, t: Translate, style: DateStyle = 'medium'): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return t('time.when', { time: formatMoment(date, lang, ZONES[zone].tz, style), zone: t(ZONES[zone].name) })
}

/**
 * A calendar day ("14 មីនា 2002"). A `YYYY-MM-DD` day or a date parsed from one is a
 * day without a time, read in UTC so no zone moves it to the day before; a moment
 * (the day a case will be deleted) is read in the zone given.
 */
export function formatDay(value: string | Date, lang: Lang, tz = 'UTC', khmer = runtimeHasKhmer()): string {
  const date = typeof value === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value) : value
  if (Number.isNaN(date.getTime())) return ''
  if (lang === 'km' && !khmer) {
    const n = numbersIn(date, tz)
    return `${n.day} ${KHMER_MONTHS[n.month - 1]} ${n.year}`
  }
  return new Intl.DateTimeFormat(LOCALE_TAG[lang], { dateStyle: 'long', timeZone: tz, numberingSystem: 'latn' }).format(date)
}

/** CLDR's short Khmer "… ago" for the units the console uses (see KHMER_MONTHS for why). */
const KHMER_AGO = { minute: 'នាទី', hour: 'ម៉ោង', day: 'ថ្ងៃ' } as const

/** "5 hours ago", "2 ថ្ងៃមុន": how long ago, in the reader's language. */
export function formatAgo(iso: string, lang: Lang, now = Date.now(), khmer = runtimeHasKhmer()): string {
  const minutes = Math.max(0, Math.round((now - new Date(iso).getTime()) / 60_000))
  const hours = Math.round(minutes / 60)
  const [count, unit]: [number, keyof typeof KHMER_AGO] = minutes < 60 ? [minutes, 'minute'] : hours < 48 ? [hours, 'hour'] : [Math.round(hours / 24), 'day']
  if (lang === 'km' && !khmer) return `${count} ${KHMER_AGO[unit]}\u200bមុន`
  return new Intl.RelativeTimeFormat(LOCALE_TAG[lang], { numeric: 'always', style: 'short' }).format(-count, unit)
}

/** How a family's or a person in danger's page writes dates: long, in the reader's zone, named. */
export function readerDates(lang: Lang, t: Translate) {
  const zone = readerZone(lang)
  return {
    /** A moment: "3 ធ្នូ 2026 នៅម៉ោង 19:14 (ម៉ោងកម្ពុជា)". */
    when: (iso: string) => formatWhen(iso, lang, zone, t, 'long'),
    /** The day a moment falls on in the reader's zone (the day a case will be deleted). */
    day: (iso: string) => formatDay(iso, lang, ZONES[zone].tz),
  }
}

/* ── A calendar day as a person types it (GOV.UK's "memorable date") ────────────── */

/** The three answers of a date question as typed: day and year as text, month 1–12 from a list. */
export type DayParts = { day: string; month: string; year: string }
export type DayPart = keyof DayParts

/**
 * The order a person of each language writes a date in, and so the order of the
 * fields: 2002년 3월 14일 in Korean, 14 មីនា 2002 in Khmer, 14 March 2002 in English.
 */
export const DAY_ORDER: Record<Lang, readonly DayPart[]> = { ko: ['year', 'month', 'day'], km: ['day', 'month', 'year'], en: ['day', 'month', 'year'] }

/** The twelve month names in the reader's language: "មករា", "1월", "January". */
export function monthNames(lang: Lang, khmer = runtimeHasKhmer()): string[] {
  if (lang === 'km' && !khmer) return [...KHMER_MONTHS]
  const format = new Intl.DateTimeFormat(LOCALE_TAG[lang], { month: 'long', timeZone: 'UTC' })
  return Array.from({ length: 12 }, (_, i) => format.format(new Date(Date.UTC(2000, i, 1))))
}

/** Khmer (០–៩) and full-width digits, as a phone keyboard may type them, become 0–9. */
const westernDigits = (text: string) =>
  text.replace(/[០-៩]/g, (d) => String(d.charCodeAt(0) - 0x17e0)).replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))

/**
 * The answers → the one string a draft and the API keep. A whole date is `YYYY-MM-DD`;
 * a date half-typed (a day without a month) is kept as `year-month-day` as typed, so a
 * reload never loses it, and the schema refuses it with words (dayProblem); '' is no answer.
 */
export function joinDay(parts: DayParts): string {
  const clean = (text: string) => westernDigits(text).replace(/-/g, '').trim()
  const [day, month, year] = [clean(parts.day), clean(parts.month), clean(parts.year)]
  if (!day && !month && !year) return ''
  if (/^\d{1,2}$/.test(day) && /^([1-9]|1[0-2])$/.test(month) && /^\d{4}$/.test(year)) return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
  return `${year}-${month}-${day}`
}

/** The string a draft keeps → the answers to show in the fields (the inverse of joinDay). */
export function splitDay(value: string): DayParts {
  const parts = value.split('-')
  if (parts.length !== 3) return { day: '', month: '', year: '' }
  const [year, month, day] = parts as [string, string, string]
  return { day, month: /^\d+$/.test(month) ? String(Number(month)) : month, year }
}

/** The last day of a month (1–12) of a year: 28, 29, 30 or 31. */
export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * What is wrong with a date as typed, in the words the schemas give it:
 * `incomplete` — a part is missing, or the year is not 4 numbers;
 * `invalid` — a part is not a number (or not a date string at all);
 * `notReal` — a day the month does not have (31 February, 31 April, 29 February 2025).
 * undefined for a whole, real `YYYY-MM-DD` or ''.
 */
export type DayProblem = 'incomplete' | 'invalid' | 'notReal'
export function dayProblem(value: string): DayProblem | undefined {
  if (value === '') return undefined
  return dayFaults(value)?.problem
}

/** The problem and the fields that show it (the ones to mark in red). */
export function dayFaults(value: string): { problem: DayProblem; parts: DayPart[] } | undefined {
  if (value === '') return undefined
  if (value.split('-').length !== 3) return { problem: 'invalid', parts: ['day', 'month', 'year'] }
  const { day, month, year } = splitDay(value)
  const missing = (['day', 'month', 'year'] as const).filter((part) => ({ day, month, year })[part] === '')
  if (missing.length > 0) return { problem: 'incomplete', parts: missing }
  const notNumbers = (['day', 'month', 'year'] as const).filter((part) => !/^\d+$/.test({ day, month, year }[part]))
  if (notNumbers.length > 0) return { problem: 'invalid', parts: notNumbers }
  if (!/^\d{4}$/.test(year)) return { problem: 'incomplete', parts: ['year'] }
  const [d, m, y] = [Number(day), Number(month), Number(year)]
  if (m < 1 || m > 12) return { problem: 'invalid', parts: ['month'] }
  if (d < 1 || day.length > 2) return { problem: 'invalid', parts: ['day'] }
  if (d > daysInMonth(y, m)) return { problem: 'notReal', parts: ['day'] }
  return undefined
}

/**
 * A wall-clock time on a day in a zone → the moment (the console's "show until 18:00
 * Korea time"). Seoul and Phnom Penh keep no summer time; the second pass covers zones that do.
 */
export function momentIn(day: string, hour: number, minute: number, tz: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const wanted = Date.UTC(y, m - 1, d, hour, minute)
  let at = wanted
  for (let pass = 0; pass < 2; pass++) {
    const n = numbersIn(new Date(at), tz)
    const shown = Date.UTC(Number(n.year), n.month - 1, Number(n.day), Number(n.hour), Number(n.minute))
    at += wanted - shown
  }
  return new Date(at)
}
