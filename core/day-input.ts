import { KHMER_MONTHS, LOCALE_TAG, numbersIn, runtimeHasKhmer } from './dates'
import type { Lang } from './langs'

/**
 * A calendar day as a person types it (GOV.UK's "memorable date"): the day and the year
 * as numbers, the month by its name, and a time on a zone's clock. Apart from core/dates.ts, whose formatting every
 * page loads, so that only the forms that ask for a date carry this (the urgent and
 * case pages stay small); the month names are the ones core/dates.ts writes dates with.
 */
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

/**
 * The example a date question shows in words ("for example 14 March 2027"): the 14th of March
 * of a year counted from this one (-24 for a date of birth, 0 for a recent event, 1 for a date
 * ahead), so the example never ages into the past of a question about the future.
 */
export const exampleDay = (yearsFromNow: number, today = new Date()) => `${today.getFullYear() + yearsFromNow}-03-14`

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
