import { describe, expect, it } from 'vitest'
import { TripInput, missedAfter, nextCheckInBy, shredAfter } from '../../core/trips'

const valid = {
  lang: 'ko',
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
  })
})
