import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { expectFieldErrors, expectProblem, familyFixture, postReport, selfFixture } from './helpers'

// Issue 19: the Worker refuses what the island refuses, by the same core schema, with a
// 400 problem naming each field, and files nothing.
const reportCount = async () => (await env.DB.prepare('SELECT COUNT(*) AS n FROM reports').first<{ n: number }>())!.n

describe('POST /api/v1/reports refuses answers a person would question', () => {
  it('names a last contact before the departure, a phone that is not one and a description past 2,000 characters', async () => {
    const before = await reportCount()
    const report = familyFixture()
    report.journey.departureDate = '2025-01-10'
    report.journey.lastContactDate = '2024-06-01'
    report.person.phones = ['not a phone ☎']
    report.person.description = 'ក'.repeat(2001)
    report.reporter.phone = '12'
    const res = await postReport(report)
    await expectProblem(res, 400, 'validation', 'problem.validation.title', {
      'person.phones.0': 'report.person.phones.error.invalid',
      'person.description': 'error.tooLong',
      'reporter.phone': 'report.reporter.phone.error.invalid',
      'journey.lastContactDate': 'report.journey.lastContactDate.error.beforeDeparture',
    })
    expect(await reportCount()).toBe(before)
  })

  it('names a date in the future and a birth date after the departure', async () => {
    const report = familyFixture()
    report.person.birthDate = '2025-08-03'
    report.journey.lastContactDate = '2999-01-01'
    await expectFieldErrors(await postReport(report), {
      'journey.lastContactDate': 'report.journey.lastContactDate.error.future',
      'journey.departureDate': 'report.journey.departureDate.error.beforeBirth',
    })
  })

  it('refuses a self-report whose details run past 2,000 characters instead of cutting them', async () => {
    const before = await reportCount()
    const report = selfFixture()
    report.situation.details = 'x'.repeat(2001)
    await expectFieldErrors(await postReport(report), { 'situation.details': 'error.tooLong' })
    expect(await reportCount()).toBe(before)
  })

  it('files a report whose phones are written in national form, as typed', async () => {
    const report = familyFixture()
    report.person.phones = ['010-2345-6789', '012 345 678']
    report.reporter.phone = '00855 12 345 678'
    expect((await postReport(report)).status).toBe(201)
  })
})
