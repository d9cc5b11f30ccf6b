import { describe, expect, it } from 'vitest'
import { createT } from '../../core/i18n'
import { formatAgo, formatDay, formatMoment, formatWhen, readerDates, readerZone, runtimeHasKhmer, ZONES } from '../../core/dates'
import { dayFaults, dayProblem, exampleDay, joinDay, momentIn, monthNames, splitDay } from '../../core/day-input'

const LANGS = ['ko', 'km', 'en'] as const
const tOf = (lang: (typeof LANGS)[number]) => createT(lang) as (key: string, values?: Record<string, string | number>) => string
const KHMER_DIGITS = /[០-៩]/

describe('one date formatter', () => {
  it('runs here on an ICU that knows Khmer, so the fallback can be compared with it', () => {
    expect(runtimeHasKhmer()).toBe(true)
  })

  it('writes Khmer without the runtime’s Khmer data exactly as ICU does (Chromium has none)', () => {
    // A moment every 61 hours and 7 minutes for two years: every month, hour and day.
    for (let at = Date.UTC(2025, 0, 1); at < Date.UTC(2027, 0, 1); at += (61 * 60 + 7) * 60_000) {
      const date = new Date(at)
      for (const tz of [ZONES.phnomPenh.tz, ZONES.seoul.tz]) {
        for (const style of ['long', 'medium'] as const) expect(formatMoment(date, 'km', tz, style, false)).toBe(formatMoment(date, 'km', tz, style, true))
        expect(formatDay(date, 'km', tz, false)).toBe(formatDay(date, 'km', tz, true))
      }
    }
  })

  it('says how long ago in Khmer without the runtime’s Khmer data as ICU does, but for its stray zero-width spaces', () => {
    const now = Date.UTC(2026, 11, 3, 12)
    const plain = (text: string) => text.replace(/\u200b/g, '')
    for (const minutes of [1, 5, 59, 60, 61, 90, 47 * 60, 48 * 60, 30 * 24 * 60]) {
      const iso = new Date(now - minutes * 60_000).toISOString()
      expect(plain(formatAgo(iso, 'km', now, false))).toBe(plain(formatAgo(iso, 'km', now, true)))
    }
    expect(formatAgo(new Date(now - 3 * 86_400_000).toISOString(), 'km', now, false)).toBe('3 ថ្ងៃ\u200bមុន')
  })

  it('names the zone in the reader’s words and shows the clock of that zone', () => {
    const at = '2026-12-03T12:14:00Z'
    expect(formatWhen(at, 'km', 'phnomPenh', tOf('km'), 'long')).toBe('3 ធ្នូ 2026 នៅ\u200bម៉ោង 19:14 (ម៉ោងកម្ពុជា)')
    expect(formatWhen(at, 'km', 'seoul', tOf('km'), 'long')).toBe('3 ធ្នូ 2026 នៅ\u200bម៉ោង 21:14 (ម៉ោងកូរ៉េ)')
    expect(formatWhen(at, 'ko', 'seoul', tOf('ko'), 'long')).toBe('2026년 12월 3일 오후 9:14 (한국 시간)')
    expect(formatWhen(at, 'en', 'phnomPenh', tOf('en'), 'long')).toBe('December 3, 2026 at 7:14 PM (Cambodia time)')
  })

  it.each(LANGS)('leaves no English word, ISO date or Khmer digit in %s', (lang) => {
    const text = [formatWhen('2026-01-09T23:05:00Z', lang, readerZone(lang), tOf(lang), 'long'), formatDay('2002-03-14', lang)].join(' ')
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    expect(text).not.toMatch(KHMER_DIGITS)
    if (lang !== 'en') expect(text).not.toMatch(/[A-Za-z]/)
  })

  it('keeps a calendar day on its day in every language and zone', () => {
    for (const lang of LANGS) {
      expect(formatDay('2002-03-14', lang)).toMatch(/14/)
      expect(formatDay(new Date('2025-12-04T00:00:00Z'), lang)).toMatch(/\b4\b/)
    }
    expect(formatDay('2002-03-14', 'km', 'UTC', false)).toBe('14 មីនា 2002')
  })

  it('reads the day a moment falls on in the reader’s zone', () => {
    // 20:00 UTC on 3 March is already 4 March in Phnom Penh and Seoul.
    expect(readerDates('km', tOf('km')).day('2027-03-03T20:00:00Z')).toBe('4 មីនា 2027')
    expect(readerDates('ko', tOf('ko')).day('2027-03-03T20:00:00Z')).toBe('2027년 3월 4일')
  })

  it('shows Korean readers Korea time and everyone else Cambodia time', () => {
    expect(LANGS.map(readerZone)).toEqual(['seoul', 'phnomPenh', 'phnomPenh'])
    expect(readerDates('en', tOf('en')).when('2026-12-03T12:14:00Z')).toContain('Cambodia time')
  })

  it('shows nothing for a value that is not a date', () => {
    expect(formatWhen('not a date', 'km', 'phnomPenh', tOf('km'))).toBe('')
    expect(formatDay('2026-02-30x', 'ko')).toBe('')
  })
})

describe('a date as a person types it: day, month by name, year', () => {
  it('gives each question an example counted from this year, shown in words', () => {
    const today = new Date(2026, 11, 3)
    expect(exampleDay(-24, today)).toBe('2002-03-14')
    expect(exampleDay(1, today)).toBe('2027-03-14')
    expect(exampleDay(1, new Date(2031, 0, 1))).toBe('2032-03-14')
    expect(formatDay(exampleDay(1, today), 'en')).toBe('March 14, 2027')
    expect(formatDay(exampleDay(1, today), 'km', 'UTC', false)).toBe('14 មីនា 2027')
  })

  it('names the months in Khmer without the runtime’s Khmer data exactly as ICU does, and in Korean and English', () => {
    expect(monthNames('km', false)).toEqual(monthNames('km', true))
    expect(monthNames('km', false)[1]).toBe('កុម្ភៈ')
    expect(monthNames('ko')[2]).toBe('3월')
    expect(monthNames('en')[11]).toBe('December')
  })

  it('keeps a whole date as YYYY-MM-DD, the contract of the drafts and the API', () => {
    expect(joinDay({ day: '7', month: '3', year: '2002' })).toBe('2002-03-07')
    expect(joinDay({ day: ' 14 ', month: '12', year: '1999' })).toBe('1999-12-14')
    expect(joinDay({ day: '', month: '', year: '' })).toBe('')
    expect(splitDay('2002-03-07')).toEqual({ day: '07', month: '3', year: '2002' })
  })

  it('takes Khmer digits typed on a Khmer keyboard as the same numbers', () => {
    expect(joinDay({ day: '១៤', month: '3', year: '២០០២' })).toBe('2002-03-14')
  })

  it('keeps a date typed in part, so a reload gives every answer back', () => {
    for (const parts of [{ day: '14', month: '', year: '' }, { day: '', month: '2', year: '2001' }, { day: '3', month: '4', year: '01' }, { day: '3rd', month: '4', year: '2001' }]) {
      const kept = joinDay(parts)
      expect(kept).not.toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(splitDay(kept)).toEqual(parts)
    }
  })

  it('says what is missing, what is not a number and which day a month lacks, with the fields at fault', () => {
    expect(dayFaults(joinDay({ day: '14', month: '', year: '' }))).toEqual({ problem: 'incomplete', parts: ['month', 'year'] })
    expect(dayFaults(joinDay({ day: '14', month: '3', year: '02' }))).toEqual({ problem: 'incomplete', parts: ['year'] })
    expect(dayFaults(joinDay({ day: 'x', month: '3', year: '2002' }))).toEqual({ problem: 'invalid', parts: ['day'] })
    expect(dayFaults('2026-02-31')).toEqual({ problem: 'notReal', parts: ['day'] })
    expect(dayProblem('2026-04-31')).toBe('notReal')
    expect(dayProblem('2025-02-29')).toBe('notReal')
    expect(dayProblem('2024-02-29')).toBeUndefined()
    expect(dayProblem('2026-13-01')).toBe('invalid')
    expect(dayProblem('2026-02-00')).toBe('invalid')
    expect(dayProblem('14 March')).toBe('invalid')
    expect(dayProblem('')).toBeUndefined()
  })

  it('turns a time on the console’s clock into the moment in that zone', () => {
    expect(momentIn('2026-12-24', 18, 0, ZONES.seoul.tz).toISOString()).toBe('2026-12-24T09:00:00.000Z')
    expect(momentIn('2026-12-24', 23, 59, ZONES.phnomPenh.tz).toISOString()).toBe('2026-12-24T16:59:00.000Z')
    expect(momentIn('2026-07-01', 9, 30, 'Europe/London').toISOString()).toBe('2026-07-01T08:30:00.000Z')
  })
})
