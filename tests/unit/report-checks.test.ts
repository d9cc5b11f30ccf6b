import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { internationalPhone } from '../../core/phone'
import { FamilyReportInput, latestToday, parseInput, toFieldErrors } from '../../core/report'
import { cutMetadata, metadataPath } from '../../scripts/phone-metadata.mjs'
import family from '../fixtures/report-family.json'
import { eachGives } from './each-gives'

// Issue 19: a family's answers are checked as a person would check them, by the one
// schema the island and the Worker share.
const errorsOf = (edit: (report: any) => void) => {
  const report = structuredClone(family) as any
  edit(report)
  const result = parseInput(FamilyReportInput, report)
  return result.success ? [] : toFieldErrors(result.error.issues)
}

describe('phone numbers', () => {
  eachGives('reads %s (%s page) as %s', internationalPhone, [
    ['010-1234-5678', 'ko', '+82 10 1234 5678'],
    ['+82 10-2345-6789', 'km', '+82 10 2345 6789'],
    ['012 345 678', 'km', '+855 12 345 678'],
    ['+855 96 123 4567', 'ko', '+855 96 123 4567'],
    ['00855 12 345 678', 'km', '+855 12 345 678'],
    ['+66 81 234 5678', 'en', '+66 81 234 5678'],
    // A country outside the cut metadata: accepted in its E.164 shape, unchecked further.
    ['+1 202-555-0100', 'en', '+12025550100'],
  ])

  it.each(['not a phone ☎', '12', '+82 1', '+855 12', 'call 010-1234-5678', '+1 23'])('refuses %s', (typed) => {
    expect(internationalPhone(typed)).toBeNull()
  })

  it('refuses a family member phone that is not a number, naming the field', () => {
    expect(errorsOf((r) => (r.person.phones = ['+82 10-2345-6789', 'not a phone ☎']))).toEqual([
      { field: 'person.phones.1', code: 'report.person.phones.error.invalid' },
    ])
    expect(errorsOf((r) => (r.reporter.phone = 'not a phone ☎'))).toEqual([{ field: 'reporter.phone', code: 'report.reporter.phone.error.invalid' }])
  })

  it('keeps the cut metadata in step with the installed libphonenumber-js', () => {
    const full = JSON.parse(readFileSync(new URL('../../node_modules/libphonenumber-js/metadata.min.json', import.meta.url), 'utf8'))
    expect(JSON.parse(readFileSync(metadataPath, 'utf8'))).toEqual(cutMetadata(full))
  })
})

describe('dates in the order a life runs', () => {
  it('accepts the fixture: born, left, last heard from, in that order', () => {
    expect(errorsOf(() => {})).toEqual([])
  })

  it('refuses a last contact before the departure, on the last contact', () => {
    expect(
      errorsOf((r) => {
        r.journey.departureDate = '2025-01-10'
        r.journey.lastContactDate = '2024-06-01'
      }),
    ).toEqual([{ field: 'journey.lastContactDate', code: 'report.journey.lastContactDate.error.beforeDeparture' }])
  })

  it('names the order of the dates while later steps are still empty, as the form checks one step at a time', () => {
    const errors = errorsOf((r) => {
      r.journey.departureDate = '2025-01-10'
      r.journey.lastContactDate = '2024-06-01'
      r.reporter = { preferredLanguage: 'km' }
    })
    expect(errors.filter((e) => e.field.startsWith('journey.'))).toEqual([
      { field: 'journey.lastContactDate', code: 'report.journey.lastContactDate.error.beforeDeparture' },
    ])
  })

  it('accepts a last contact on the day of departure', () => {
    expect(errorsOf((r) => (r.journey.lastContactDate = r.journey.departureDate))).toEqual([])
  })

  it('refuses a departure or a last contact before the birth date', () => {
    expect(
      errorsOf((r) => {
        r.person.birthDate = '2025-09-01'
        r.journey.departureDate = '2025-08-02'
        r.journey.lastContactDate = '2025-08-20'
      }),
    ).toEqual([
      { field: 'journey.departureDate', code: 'report.journey.departureDate.error.beforeBirth' },
      { field: 'journey.lastContactDate', code: 'report.journey.lastContactDate.error.beforeBirth' },
    ])
  })

  it('refuses a birth date more than 120 years ago', () => {
    expect(errorsOf((r) => (r.person.birthDate = '1901-01-01'))).toEqual([{ field: 'person.birthDate', code: 'report.person.birthDate.error.tooOld' }])
  })

  it('refuses dates after today anywhere on Earth, and accepts today in Seoul when it is still yesterday in UTC', () => {
    const tomorrow = new Date(Date.now() + 40 * 3_600_000).toISOString().slice(0, 10)
    expect(errorsOf((r) => (r.journey.lastContactDate = tomorrow))).toEqual([
      { field: 'journey.lastContactDate', code: 'report.journey.lastContactDate.error.future' },
    ])
    // 20:00 UTC on 3 December is 05:00 on 4 December in Seoul.
    expect(latestToday(new Date('2026-12-03T20:00:00Z'))).toBe('2026-12-04')
  })
})

describe('dates typed in part or impossible', () => {
  it('names a date typed in part on its question, in words, rather than dropping it', () => {
    expect(errorsOf((r) => (r.person.birthDate = '--14'))).toEqual([{ field: 'person.birthDate', code: 'report.person.birthDate.error.incomplete' }])
    expect(errorsOf((r) => (r.journey.departureDate = '25-1-10'))).toEqual([{ field: 'journey.departureDate', code: 'report.journey.departureDate.error.incomplete' }])
  })

  it('refuses 31 February with its own words, not the catch-all', () => {
    expect(errorsOf((r) => (r.journey.lastContactDate = '2025-02-31'))).toEqual([
      { field: 'journey.lastContactDate', code: 'report.journey.lastContactDate.error.notReal' },
    ])
  })

  it('still says "enter a real date" for an answer that is no date at all', () => {
    expect(errorsOf((r) => (r.person.birthDate = 'yesterday'))).toEqual([{ field: 'person.birthDate', code: 'report.person.birthDate.error.invalid' }])
  })
})

describe('text past its limit', () => {
  it('is refused with a message, not cut: the description at 2,000 and the offer at 10,000 characters', () => {
    expect(errorsOf((r) => (r.person.description = 'ក'.repeat(2000)))).toEqual([])
    expect(
      errorsOf((r) => {
        r.person.description = 'ក'.repeat(2001)
        r.journey.offerText = 'x'.repeat(10_001)
      }),
    ).toEqual([
      { field: 'person.description', code: 'error.tooLong' },
      { field: 'journey.offerText', code: 'error.tooLong' },
    ])
  })
})
