import * as z from 'zod/mini'
import type { MessageKey } from './i18n'
import { LANGS } from './langs'

/**
 * The self-report's schema ("I need help now") and the pieces every report schema
 * shares: error keys as messages, bounded text, the language and the Turnstile token,
 * and turning issues into `{field, code}` pairs. Kept apart from the family schema
 * (report.ts) so the urgent page loads only what it checks.
 */

export const err = (code: MessageKey) => ({ error: code })

/** Optional free text, trimmed, at most `max` characters; '' counts as not given. */
export function optionalText(max: number) {
  return z.optional(z.string(err('error.invalid')).check(z.trim(), z.maxLength(max, err('error.tooLong'))))
}

/** Required free text with its own "enter …" message (GOV.UK: say what to do). */
export function requiredText(max: number, required: MessageKey) {
  return z.string(err(required)).check(z.trim(), z.minLength(1, err(required)), z.maxLength(max, err('error.tooLong')))
}

export const CAN_TALK = ['yes', 'textOnly', 'no'] as const

export const lang = z.enum(LANGS, err('error.invalid'))

export const token = z.string(err('report.turnstile.error.required')).check(
  z.minLength(1, err('report.turnstile.error.required')),
  z.maxLength(2048, err('report.turnstile.error.required')),
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

export type SelfReport = z.infer<typeof SelfReportInput>

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
