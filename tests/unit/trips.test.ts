import { describe, expect, it } from 'vitest'
import { ZONES, formatWhen, readerZone, type Translate } from '../../core/dates'
import { createT, type Lang } from '../../core/i18n'
import { TripInput, missedAfter, nextCheckInBy, shredAfter } from '../../core/trips'
import { deletionDay, prefilledReport, when } from '../../site/src/islands/trip/links'

const valid = {
  lang: 'ko',
  turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX',
  travellerSecret: 'AAAAAAAAAAAAAAAAAAAAAAAA',
  trustedSecret: 'BBBBBBBBBBBBBBBBBBBBBBBB',
  code: '123456',
  duressCode: '9876',
  intervalDays: 3,
  graceHours: 12,
  trip: { destinationCountry: 'KH' },
}

describe('the rules of a trip', () => {
  it('counts a check-in as missed after the interval and the grace period the traveller chose', () => {
    const at = new Date('2026-12-01T08:30:00Z')
    expect(missedAfter(at, 3, 12).toISOString()).toBe('2026-12-04T20:30:00.000Z')
    expect(missedAfter(at, 1, 6).toISOString()).toBe('2026-12-02T14:30:00.000Z')
  })

  it('promises the next check-in to the minute, so two check-ins in one minute answer alike', () => {
    expect(nextCheckInBy(new Date('2026-12-01T08:30:05.123Z'), 2).toISOString()).toBe('2026-12-03T08:30:00.000Z')
    expect(nextCheckInBy(new Date('2026-12-01T08:30:59.999Z'), 2).toISOString()).toBe('2026-12-03T08:30:00.000Z')
    expect(shredAfter(new Date('2026-12-01T08:30:41Z')).toISOString()).toBe('2026-12-31T08:30:00.000Z')
  })

  it('needs only the country and the interval, and a duress code unlike the check-in code', () => {
    expect(TripInput.safeParse(valid).success).toBe(true)
    const issues = (v: unknown) => TripInput.safeParse(v).error?.issues.map((i) => [i.path.join('.'), i.message])
    expect(issues({ ...valid, duressCode: '123456' })).toEqual([['duressCode', 'trip.duressCode.error.same']])
    expect(issues({ ...valid, intervalDays: 5 })).toEqual([['intervalDays', 'trip.intervalDays.error.required']])
    expect(issues({ ...valid, trip: {} })).toEqual([['trip.destinationCountry', 'trip.destinationCountry.error.required']])
    expect(issues({ ...valid, duressCode: '12' })).toEqual([['duressCode', 'trip.code.error.format']])
    expect(issues({ ...valid, travellerSecret: 'short' })).toEqual([['travellerSecret', 'error.invalid']])
    const { turnstileToken: _none, ...noToken } = valid
    expect(issues(noToken)).toEqual([['turnstileToken', 'report.turnstile.error.required']])
  })

  it('names a flight date typed in part, and 31 February, in words of their own', () => {
    const issues = (flightDate: string) => TripInput.safeParse({ ...valid, trip: { ...valid.trip, flightDate } }).error?.issues.map((i) => i.message)[0]
    expect(issues('2027--14')).toBe('trip.flightDate.error.incomplete')
    expect(issues('2027-02-31')).toBe('trip.flightDate.error.notReal')
    expect(issues('soon')).toBe('trip.flightDate.error.invalid')
    expect(issues('2027-02-28')).toBeUndefined()
  })
})

describe('the times a traveller and a trusted person read', () => {
  // 16:30 UTC: 23:30 on 2 December in Phnom Penh, 01:30 on 3 December in Seoul.
  const lastCheckIn = '2026-12-02T16:30:00.000Z'

  it.each([
    ['ko', 'seoul', '2026-12-03'],
    ['km', 'phnomPenh', '2026-12-02'],
    ['en', 'phnomPenh', '2026-12-02'],
  ] as Array<[Lang, string, string]>)('writes them in %s as the public pages do, in %s time with the zone named', (lang, zone, day) => {
    const t = createT(lang) as Translate
    expect(readerZone(lang)).toBe(zone)
    const words = when(lastCheckIn, lang, t)
    expect(words).toBe(formatWhen(lastCheckIn, lang, readerZone(lang), t, 'long'))
    expect(words).toContain(`(${t(ZONES[readerZone(lang)].name)})`)
    expect(words).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:/)
    expect(deletionDay('2027-01-01T16:30:00.000Z', lang, t)).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    // The report the trusted person opens: the day and the words agree on the zone.
    const draft = prefilledReport({ destinationCountry: 'KH' }, lastCheckIn, lang, t)
    expect(draft.journey.lastContactDate).toBe(day)
    expect(draft.journey.lastContactWords).toBe(t('trip.report.lastCheckIn', { when: words }))
  })
})
