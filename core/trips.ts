import * as z from 'zod/mini'
import { dayProblem } from './day-input'
import type { MessageKey } from './i18n'
import { LANGS } from './langs'
import { PushSubscriptionInput } from './push'
import { DESTINATION_COUNTRIES } from './report'
import { token } from './self-report'

/**
 * Before you go (issue 17): the trip a traveller records, the check-ins that keep it
 * quiet, and the rules that decide when a trusted person is told. Schemas and pure
 * rules only; the Worker seals and stores (worker/trips.ts), the islands ask.
 */

const err = (code: MessageKey) => ({ error: code })

/** How often a traveller promises to check in, in days (the choices). */
export const CHECK_IN_INTERVALS = [1, 2, 3, 7] as const
/** How long past the promised day before the trusted person is told, in hours. */
export const GRACE_HOURS = [6, 12, 24, 48] as const
/** A trip and everything in it is deleted this many days after it ends. */
export const SHRED_AFTER_DAYS = 30
/**
 * An alarmed trip nobody ends is deleted this many days after the alarm, like a closed
 * case (RETENTION_DAYS' default): long enough for the family to report, not for ever.
 */
export const ALARM_KEEP_DAYS = 90
/** Days a traveller may move their next check-in by ("extend"). */
export const EXTEND_DAYS = [1, 2, 3, 7] as const

/**
 * A link secret: 128 random bits or more, base64url, made by the traveller's browser
 * (crypto.getRandomValues) so a retried request carries the same one and the server
 * never has to keep it to answer twice.
 */
const LinkSecret = z.string(err('error.invalid')).check(z.regex(/^[A-Za-z0-9_-]{22,64}$/, err('error.invalid')))

/** The check-in code (given) and the duress code (chosen): 4 to 10 digits. */
const code = (required: MessageKey) =>
  z.string(err(required)).check(z.trim(), z.minLength(1, err(required)), z.regex(/^[0-9]{4,10}$/, err('trip.code.error.format')))

function optionalText(max: number) {
  return z.optional(z.string(err('error.invalid')).check(z.trim(), z.maxLength(max, err('error.tooLong'))))
}

const oneOf = <T extends readonly number[]>(values: T, required: MessageKey) =>
  z.number(err(required)).check(z.refine((v) => (values as readonly number[]).includes(v), err(required)))

/** A real day: 2026-02-31 is not one (Date would roll it over to March). */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** What the traveller writes about the trip. Only the destination is required. */
export const TripDetailsInput = z.strictObject({
  name: optionalText(200),
  destinationCountry: z.enum(DESTINATION_COUNTRIES, err('trip.destinationCountry.error.required')),
  destinationTown: optionalText(200),
  employer: optionalText(200),
  employerAddress: optionalText(1000),
  recruiterContacts: optionalText(1000),
  offerText: optionalText(10_000),
  flightDate: z.optional(
    z.string(err('trip.flightDate.error.invalid')).check(
      // A date typed in part, or 31 February, each with its own words (core/day-input.ts).
      z.refine((v) => dayProblem(v) !== 'incomplete', err('trip.flightDate.error.incomplete')),
      z.refine((v) => dayProblem(v) !== 'notReal', err('trip.flightDate.error.notReal')),
      z.refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && isCalendarDate(v) && v >= '2000-01-01' && v <= '2100-12-31'), err('trip.flightDate.error.invalid')),
    ),
  ),
}, err('error.required'))
export type TripDetails = z.infer<typeof TripDetailsInput>

/** POST /trips: record a trip. A public write, so behind Turnstile like a report. */
export const TripInput = z
  .strictObject({
    lang: z.enum(LANGS, err('error.invalid')),
    turnstileToken: token,
    travellerSecret: LinkSecret,
    trustedSecret: LinkSecret,
    code: code('trip.code.error.required'),
    duressCode: code('trip.duressCode.error.required'),
    intervalDays: oneOf(CHECK_IN_INTERVALS, 'trip.intervalDays.error.required'),
    graceHours: oneOf(GRACE_HOURS, 'trip.graceHours.error.required'),
    trip: TripDetailsInput,
  })
  .check(
    z.refine((t) => t.code === undefined || t.duressCode === undefined || t.code.trim() !== t.duressCode.trim(), {
      error: 'trip.duressCode.error.same',
      path: ['duressCode'],
    }),
    z.refine((t) => t.travellerSecret !== t.trustedSecret, { error: 'error.invalid', path: ['trustedSecret'] }),
  )
export type TripRequest = z.infer<typeof TripInput>

/** POST /trips/check-in, /trips/home: the traveller's link secret and a code. */
export const CheckInInput = z.strictObject({ secret: LinkSecret, code: code('trip.code.error.required') })
/** POST /trips/extend: move the next check-in later by some days. */
export const ExtendInput = z.strictObject({ ...CheckInInput.shape, days: oneOf(EXTEND_DAYS, 'trip.extend.error.required') })
/** POST /trips/watch: what the trusted person's link shows. */
export const WatchInput = z.strictObject({ secret: LinkSecret })
/** POST /trips/watch/push: the trusted person's device asks to be told. */
export const WatchPushInput = z.strictObject({ secret: LinkSecret, subscription: PushSubscriptionInput, lang: z.enum(LANGS) })

const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000

/** When a check-in at `at` counts as missed: the promised interval, then the grace period. */
export function missedAfter(at: Date, intervalDays: number, graceHours: number): Date {
  return new Date(at.getTime() + intervalDays * DAY_MS + graceHours * HOUR_MS)
}

/**
 * The time a check-in at `at` promises the next one by (what the traveller is shown), to
 * the minute: the screen shows no seconds, and a check-in and a duress check-in in the
 * same minute must answer the same bytes.
 */
export function nextCheckInBy(at: Date, intervalDays: number): Date {
  const next = at.getTime() + intervalDays * DAY_MS
  return new Date(next - (next % 60_000))
}

/** When an alarmed trip is deleted if no one checks in or ends it. */
export function alarmShredAfter(alarmAt: Date): Date {
  return new Date(alarmAt.getTime() + ALARM_KEEP_DAYS * DAY_MS)
}

/** When an ended trip is deleted. */
export function shredAfter(endedAt: Date): Date {
  const at = endedAt.getTime() + SHRED_AFTER_DAYS * DAY_MS
  // To the minute, like nextCheckInBy: "I am home" under duress answers the same bytes.
  return new Date(at - (at % 60_000))
}
