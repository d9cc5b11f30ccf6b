import * as z from 'zod/mini'
import type { MessageKey } from './i18n'
import { LANGS } from './langs'

/**
 * The one schema for a report, used by the report island (to check each step) and by
 * the Worker (to accept or reject the request). Every error is a locale key, so the
 * island shows the same words in the error summary and beside the field (STYLE.md).
 * Lengths are bounded everywhere: D1 rows stay small and abuse stays cheap to reject.
 */

const err = (code: MessageKey) => ({ error: code })

/** Optional free text, trimmed, at most `max` characters; '' counts as not given. */
function optionalText(max: number) {
  return z.optional(z.string(err('error.invalid')).check(z.trim(), z.maxLength(max, err('error.tooLong'))))
}

/** Required free text with its own "enter …" message (GOV.UK: say what to do). */
function requiredText(max: number, required: MessageKey) {
  return z.string(err(required)).check(z.trim(), z.minLength(1, err(required)), z.maxLength(max, err('error.tooLong')))
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A calendar date in the past (YYYY-MM-DD), not before 1900. */
function pastDate(invalid: MessageKey, future: MessageKey) {
  return z.optional(
    z.string(err(invalid)).check(
      z.regex(ISO_DATE, err(invalid)),
      z.refine((value) => {
        const date = new Date(`${value}T00:00:00Z`)
        return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value >= '1900-01-01'
      }, err(invalid)),
      z.refine((value) => value <= new Date().toISOString().slice(0, 10), err(future)),
    ),
  )
}

export const SEXES = ['female', 'male', 'other', 'unknown'] as const
export const MESSENGER_APPS = ['kakaotalk', 'telegram', 'line', 'whatsapp', 'facebook', 'other'] as const
export const DESTINATION_COUNTRIES = ['KH', 'MM', 'LA', 'TH', 'VN', 'PH', 'other', 'unknown'] as const
export const NATIONALITIES = ['KR', 'KH', 'VN', 'PH', 'TH', 'CN', 'other'] as const
export const CONTACT_CHANNELS = ['phone', 'kakaotalk', 'telegram', 'line', 'whatsapp', 'facebook', 'other'] as const
/** Signs of danger a family can tick (PRODUCT.md); they feed triage priority. */
export const DANGER_SIGNS = ['confined', 'beaten', 'passportTaken', 'ransom', 'forcedScam', 'illOrInjured'] as const
export type DangerSign = (typeof DANGER_SIGNS)[number]
export const RELATIONSHIPS = ['parent', 'sibling', 'spouse', 'child', 'relative', 'friend', 'other'] as const
export const POLICE_TOLD = ['yes', 'no', 'unknown'] as const
export const CAN_TALK = ['yes', 'textOnly', 'no'] as const

const lang = z.enum(LANGS, err('error.invalid'))

const messenger = z.strictObject({
  app: z.enum(MESSENGER_APPS, err('error.invalid')),
  id: requiredText(100, 'report.person.messengers.error.idRequired'),
})

export const PersonInput = z.strictObject({
  fullName: requiredText(200, 'report.person.fullName.error.required'),
  latinName: optionalText(200),
  otherNames: optionalText(500),
  birthDate: pastDate('report.person.birthDate.error.invalid', 'report.person.birthDate.error.future'),
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
  phones: z.optional(z.array(requiredText(40, 'error.required'), err('error.invalid')).check(z.maxLength(5, err('error.tooMany')))),
  messengers: z.optional(z.array(messenger, err('error.invalid')).check(z.maxLength(8, err('error.tooMany')))),
  description: optionalText(2000),
  photoAttached: z.optional(z.boolean(err('error.invalid'))),
}, err('error.required'))

export const JourneyInput = z.strictObject({
  departureDate: pastDate('report.journey.departureDate.error.invalid', 'report.journey.departureDate.error.future'),
  destinationCountry: z.enum(DESTINATION_COUNTRIES, err('report.journey.destinationCountry.error.required')),
  destinationTown: optionalText(200),
  offerText: optionalText(10_000),
  recruiterName: optionalText(200),
  recruiterContacts: optionalText(1000),
  lastContactDate: pastDate('report.journey.lastContactDate.error.invalid', 'report.journey.lastContactDate.error.future'),
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
  phone: optionalText(40),
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

const token = z.string(err('report.turnstile.error.required')).check(
  z.minLength(1, err('report.turnstile.error.required')),
  z.maxLength(2048, err('report.turnstile.error.required')),
)

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
    z.refine((r) => !r.reporter || Boolean(r.reporter.phone || r.reporter.email || r.reporter.messenger), {
      error: 'report.reporter.contact.error.required',
      path: ['reporter', 'phone'],
    }),
  )

/**
 * "I need help now": minimal and discreet. No consent screens: collecting it rests on
 * PIPA 15조①5 (urgent danger to life or body); the page shows a one-line notice.
 */
export const SelfReportInput = z.strictObject({
  kind: z.literal('self', err('error.invalid')),
  lang,
  turnstileToken: token,
  situation: z.strictObject({
    location: requiredText(1000, 'report.self.location.error.required'),
    coordinates: z.optional(
      z.strictObject({
        lat: z.number(err('error.invalid')).check(z.gte(-90, err('error.invalid')), z.lte(90, err('error.invalid'))),
        lon: z.number(err('error.invalid')).check(z.gte(-180, err('error.invalid')), z.lte(180, err('error.invalid'))),
        accuracy: z.optional(z.number(err('error.invalid')).check(z.gte(0, err('error.invalid')), z.lte(100_000, err('error.invalid')))),
      }),
    ),
    canTalk: z.enum(CAN_TALK, err('report.self.canTalk.error.required')),
    contact: requiredText(300, 'report.self.contact.error.required'),
    name: optionalText(200),
    details: optionalText(2000),
  }, err('error.required')),
})

export const ReportInput = z.discriminatedUnion('kind', [FamilyReportInput, SelfReportInput], err('error.invalid'))

export type FamilyReport = z.infer<typeof FamilyReportInput>
export type SelfReport = z.infer<typeof SelfReportInput>
export type Report = z.infer<typeof ReportInput>

export type FieldError = { field: string; code: MessageKey }

/** Turns schema issues into `{field, code}` pairs, one per field, in form order. */
/**
 * `schema.safeParse`, except that it never throws. Zod runs length checks on any value
 * with a `length` property even after the type check failed, so a body such as
 * `{"text": {"length": {"toString": []}}}` throws inside the check instead of failing it
 * (found by tests/worker/fuzz.test.ts); such input is simply invalid.
 */
export function parseInput<T extends z.ZodMiniType>(schema: T, value: unknown): ReturnType<T['safeParse']> {
  try {
    return schema.safeParse(value) as ReturnType<T['safeParse']>
  } catch {
    const error = new z.core.$ZodError([{ code: 'custom', path: [], message: 'error.invalid', input: value }])
    return { success: false, error } as ReturnType<T['safeParse']>
  }
}

export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const seen = new Set<string>()
  const errors: FieldError[] = []
  for (const issue of issues) {
    const field = issue.path.map(String).join('.')
    if (seen.has(field)) continue
    seen.add(field)
    let code = issue.message as MessageKey
    if (issue.code === 'unrecognized_keys') code = 'error.unknownField'
    else if (!/^(error|report|case|staff|check|trip)\./.test(code)) code = 'error.invalid'
    errors.push({ field, code })
  }
  return errors
}
