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
export const KHMER_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ']
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

/** The numbers of a moment on a zone's wall clock (Western digits, 24 h). */
export function numbersIn(date: Date, tz: string) {
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
