import * as z from 'zod/mini'
import { LANGS } from './langs'

/** Longest offer text accepted: a long chat paste, not a book. */
export const MAX_OFFER_TEXT = 20_000

const text = z.string({ error: 'check.text.error.required' }).check(
  z.trim(),
  z.minLength(1, { error: 'check.text.error.required' }),
  z.maxLength(MAX_OFFER_TEXT, { error: 'check.text.error.tooLong' }),
)

export const OfferCheckInput = z.strictObject({
  text,
  lang: z.optional(z.enum(LANGS, { error: 'error.invalid' })),
})

/** "Report this offer": the text goes to staff only with the person's consent. */
export const OfferReportInput = z.strictObject({
  text,
  lang: z.enum(LANGS, { error: 'error.invalid' }),
  turnstileToken: z.string({ error: 'report.turnstile.error.required' }).check(
    z.minLength(1, { error: 'report.turnstile.error.required' }),
    z.maxLength(2048, { error: 'report.turnstile.error.required' }),
  ),
  contact: z.optional(z.string({ error: 'error.invalid' }).check(z.trim(), z.maxLength(300, { error: 'error.tooLong' }))),
  consent: z.literal(true, { error: 'check.report.consent.error.required' }),
})

export const INDICATOR_TYPES = ['telegram', 'kakao', 'whatsapp', 'line', 'phone', 'email', 'url', 'domain', 'handle'] as const

export const IndicatorLookupInput = z.strictObject({
  indicators: z
    .array(
      z.strictObject({
        type: z.enum(INDICATOR_TYPES, { error: 'error.invalid' }),
        value: z.string({ error: 'error.invalid' }).check(z.minLength(1), z.maxLength(200, { error: 'error.tooLong' })),
      }),
      { error: 'error.invalid' },
    )
    .check(z.maxLength(20, { error: 'error.tooMany' })),
})
