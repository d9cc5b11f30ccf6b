import * as z from 'zod/mini'
import { dayProblem } from './day-input'
import type { MessageKey } from './i18n'
import { isPhoneNumber } from './phone'
import { SelfReportInput, err, lang, optionalText, requiredText, token } from './self-report'

// The self-report's schema and the helpers every report schema shares live in
// self-report.ts, so the urgent and case pages load neither the family schema nor the
// phone-number library it uses; they are re-exported here for the Worker and tests.
export { CAN_TALK, SelfReportInput, parseInput, toFieldErrors, type FieldError, type SelfReport } from './self-report'

/**
 * The one schema for a report, used by the report island (to check each step) and by
 * the Worker (to accept or reject the request). Every error is a locale key, so the
 * island shows the same words in the error summary and beside the field.
 * Lengths are bounded everywhere: D1 rows stay small and abuse stays cheap to reject.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * The latest calendar date anywhere on Earth now (UTC+14): "today" in Seoul or Phnom
 * Penh is already tomorrow in UTC for part of the day, and must not count as future.
 */
export function latestToday(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10)
}

/** The date `years` before `date` (YYYY-MM-DD), for "not more than 120 years ago". */
const yearsBefore = (date: string, years: number) => `${String(Number(date.slice(0, 4)) - years).padStart(4, '0')}${date.slice(4)}`

/**
 * A calendar date in the past (YYYY-MM-DD), not before 1900 (or within `maxYears` of
 * today). A date typed in part (a day without a month) or a day its month lacks (31
 * February) is refused with its own words (core/day-input.ts, dayProblem), before the
 * catch-all "enter a real date".
 */
function pastDate(codes: { invalid: MessageKey; incomplete: MessageKey; notReal: MessageKey; future: MessageKey }, tooOld?: { years: number; code: MessageKey }) {
  return z.optional(
    z.string(err(codes.invalid)).check(
      z.refine((value) => dayProblem(value) !== 'incomplete', err(codes.incomplete)),
      z.refine((value) => dayProblem(value) !== 'notReal', err(codes.notReal)),
      z.regex(ISO_DATE, err(codes.invalid)),
      z.refine((value) => {
        const date = new Date(`${value}T00:00:00Z`)
        return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value >= '1900-01-01'
      }, err(codes.invalid)),
      z.refine((value) => value <= latestToday(), err(codes.future)),
      z.refine((value) => !tooOld || value >= yearsBefore(latestToday(), tooOld.years), err(tooOld?.code ?? codes.invalid)),
    ),
  )
}

/** The error words of a date question of the report form, by its locale prefix. */
const dateCodes = <P extends 'report.person.birthDate' | 'report.journey.departureDate' | 'report.journey.lastContactDate'>(prefix: P) => ({
  invalid: `${prefix}.error.invalid` as const,
  incomplete: `${prefix}.error.incomplete` as const,
  notReal: `${prefix}.error.notReal` as const,
  future: `${prefix}.error.future` as const,
})

/** A phone number libphonenumber-js accepts (core/phone.ts); '' counts as not given. */
function optionalPhone(invalid: MessageKey) {
  return z.optional(
    z.string(err('error.invalid')).check(
      z.trim(),
      z.maxLength(40, err('error.tooLong')),
      z.refine((v) => v === '' || isPhoneNumber(v), err(invalid)),
    ),
  )
}

export const SEXES = ['female', 'male', 'other', 'unknown'] as const
export const MESSENGER_APPS = ['kakaotalk', 'telegram', 'line', 'whatsapp', 'facebook', 'other'] as const
export const DESTINATION_COUNTRIES = ['KH', 'MM', 'LA', 'TH', 'VN', 'PH', 'other', 'unknown'] as const
export const NATIONALITIES = ['KR', 'KH', 'VN', 'PH', 'TH', 'CN', 'other'] as const
export const CONTACT_CHANNELS = ['phone', 'kakaotalk', 'telegram', 'line', 'whatsapp', 'facebook', 'other'] as const
/** Signs of danger a family can tick; they feed triage priority (core/priority.ts). */
export const DANGER_SIGNS = ['confined', 'beaten', 'passportTaken', 'ransom', 'forcedScam', 'illOrInjured'] as const
export type DangerSign = (typeof DANGER_SIGNS)[number]
export const RELATIONSHIPS = ['parent', 'sibling', 'spouse', 'child', 'relative', 'friend', 'other'] as const
export const POLICE_TOLD = ['yes', 'no', 'unknown'] as const

const messenger = z.strictObject({
  app: z.enum(MESSENGER_APPS, err('error.invalid')),
  id: requiredText(100, 'report.person.messengers.error.idRequired'),
})

export const PersonInput = z.strictObject({
  fullName: requiredText(200, 'report.person.fullName.error.required'),
  latinName: optionalText(200),
  otherNames: optionalText(500),
  // Nobody reported missing is older than the oldest age the form accepts (approxAge ≤ 120).
  birthDate: pastDate(dateCodes('report.person.birthDate'), { years: 120, code: 'report.person.birthDate.error.tooOld' }),
  approxAge: z.optional(z.int(err('report.person.approxAge.error.invalid')).check(z.minimum(0, err('report.person.approxAge.error.invalid')), z.maximum(120, err('report.person.approxAge.error.invalid')))),
  sex: z.optional(z.enum(SEXES, err('error.invalid'))),
  nationality: z.optional(z.enum(NATIONALITIES, err('error.invalid'))),
  // ICAO 9303 document numbers: up to 9 characters in the MRZ; allow some slack for
  // spacing and older formats, letters and digits only.
  passportNumber: z.optional(
    z.string(err('error.invalid')).check(
      z.trim(),
      z.maxLength(20, err('error.tooLong')),
      z.regex(/^[A-Za-z0-9 -]*$/, err('report.person.passportNumber.error.invalid')),
    ),
  ),
  phones: z.optional(
    z.array(
      requiredText(40, 'error.required').check(z.refine((v) => v === '' || isPhoneNumber(v), err('report.person.phones.error.invalid'))),
      err('error.invalid'),
    ).check(z.maxLength(5, err('error.tooMany'))),
  ),
  messengers: z.optional(z.array(messenger, err('error.invalid')).check(z.maxLength(8, err('error.tooMany')))),
  description: optionalText(2000),
  photoAttached: z.optional(z.boolean(err('error.invalid'))),
}, err('error.required'))

export const JourneyInput = z.strictObject({
  departureDate: pastDate(dateCodes('report.journey.departureDate')),
  destinationCountry: z.enum(DESTINATION_COUNTRIES, err('report.journey.destinationCountry.error.required')),
  destinationTown: optionalText(200),
  offerText: optionalText(10_000),
  recruiterName: optionalText(200),
  recruiterContacts: optionalText(1000),
  lastContactDate: pastDate(dateCodes('report.journey.lastContactDate')),
  lastContactChannel: z.optional(z.enum(CONTACT_CHANNELS, err('error.invalid'))),
  lastContactWords: optionalText(2000),
  dangerSigns: z.array(z.enum(DANGER_SIGNS, err('error.invalid')), err('error.invalid')).check(z.maxLength(DANGER_SIGNS.length, err('error.tooMany'))),
  knownLocation: optionalText(1000),
  policeTold: z.optional(z.enum(POLICE_TOLD, err('error.invalid'))),
  policeDetails: optionalText(500),
}, err('error.required'))

export const ReporterInput = z.strictObject({
  name: requiredText(200, 'report.reporter.name.error.required'),
  relationship: z.enum(RELATIONSHIPS, err('report.reporter.relationship.error.required')),
  phone: optionalPhone('report.reporter.phone.error.invalid'),
  email: z.optional(
    z.string(err('error.invalid')).check(
      z.trim(),
      z.maxLength(254, err('error.tooLong')),
      z.refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), err('report.reporter.email.error.invalid')),
    ),
  ),
  messenger: optionalText(120),
  preferredLanguage: lang,
  safeTimes: optionalText(200),
}, err('error.required'))

/** PIPA: separate consent for each use, each with its own notice (법 22조). */
export const ConsentsInput = z.strictObject({
  personalData: z.boolean(err('error.invalid')),
  passportNumber: z.boolean(err('error.invalid')),
  sensitiveData: z.boolean(err('error.invalid')),
  sharePolice: z.boolean(err('error.invalid')),
  storageAbroad: z.boolean(err('error.invalid')),
}, err('error.required'))

/** The consents a family gives, in the order the form asks for them. */
export const CONSENTS = Object.keys(ConsentsInput.shape) as Array<keyof typeof ConsentsInput.shape>

/** The largest photo a report may carry, after the browser has scaled it down. */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024

/** A date of the report as typed, when it is one (YYYY-MM-DD); otherwise undefined. */
function dateAt(report: unknown, [section, field]: readonly [string, string]): string | undefined {
  const value = (report as Record<string, Record<string, unknown> | undefined> | null)?.[section]?.[field]
  return typeof value === 'string' && ISO_DATE.test(value) ? value : undefined
}

/**
 * `later` must not come before `earlier`. Checked even while other answers are missing
 * (`when`): the form checks one step at a time, before the later steps are filled in.
 */
function dateOrder(later: readonly [string, string], earlier: readonly [string, string], code: MessageKey) {
  const inOrder = (report: unknown) => {
    const [a, b] = [dateAt(report, later), dateAt(report, earlier)]
    return !a || !b || a >= b
  }
  return z.refine<Record<string, unknown>>(inOrder, { error: code, path: [...later], when: (payload) => !inOrder(payload.value) })
}

export const FamilyReportInput = z
  .strictObject({
    kind: z.literal('family', err('error.invalid')),
    lang,
    turnstileToken: token,
    person: PersonInput,
    journey: JourneyInput,
    reporter: ReporterInput,
    consents: ConsentsInput,
  })
  .check(
    z.refine((r) => r.consents?.personalData === true, {
      error: 'report.consents.personalData.error.required',
      path: ['consents', 'personalData'],
    }),
    z.refine((r) => r.consents?.storageAbroad === true, {
      error: 'report.consents.storageAbroad.error.required',
      path: ['consents', 'storageAbroad'],
    }),
    // A passport number is a unique identifier (시행령 19조): only with its own consent.
    z.refine((r) => !r.person?.passportNumber || r.consents?.passportNumber === true, {
      error: 'report.consents.passportNumber.error.required',
      path: ['consents', 'passportNumber'],
    }),
    // Health is sensitive data (법 23조): "ill or injured" needs its own consent.
    z.refine((r) => !r.journey?.dangerSigns?.includes('illOrInjured') || r.consents?.sensitiveData === true, {
      error: 'report.consents.sensitiveData.error.required',
      path: ['consents', 'sensitiveData'],
    }),
    // Dates in the order a life runs: born, left, last heard from (a person would ask).
    dateOrder(['journey', 'departureDate'], ['person', 'birthDate'], 'report.journey.departureDate.error.beforeBirth'),
    dateOrder(['journey', 'lastContactDate'], ['journey', 'departureDate'], 'report.journey.lastContactDate.error.beforeDeparture'),
    dateOrder(['journey', 'lastContactDate'], ['person', 'birthDate'], 'report.journey.lastContactDate.error.beforeBirth'),
    z.refine((r) => !r.reporter || Boolean(r.reporter.phone || r.reporter.email || r.reporter.messenger), {
      error: 'report.reporter.contact.error.required',
      path: ['reporter', 'phone'],
    }),
  )

export const ReportInput = z.discriminatedUnion('kind', [FamilyReportInput, SelfReportInput], err('error.invalid'))

export type FamilyReport = z.infer<typeof FamilyReportInput>
export type Report = z.infer<typeof ReportInput>

