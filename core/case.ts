import * as z from 'zod/mini'
import { parseCaseRef, parseReceiptCode } from './case-ref'

/** Case look-up: the reference and receipt code a family saved after submitting. */
export const CaseCredentials = z.strictObject({
  caseRef: z.string({ error: 'case.caseRef.error.required' }).check(
    z.trim(),
    z.minLength(1, { error: 'case.caseRef.error.required' }),
    z.maxLength(40, { error: 'case.caseRef.error.invalid' }),
    z.refine((v) => parseCaseRef(v) !== null, { error: 'case.caseRef.error.invalid' }),
  ),
  receiptCode: z.string({ error: 'case.receiptCode.error.required' }).check(
    z.trim(),
    z.minLength(1, { error: 'case.receiptCode.error.required' }),
    z.maxLength(80, { error: 'case.receiptCode.error.invalid' }),
    z.refine((v) => parseReceiptCode(v) !== null, { error: 'case.receiptCode.error.invalid' }),
  ),
})

export const CaseMessageInput = z.strictObject({
  ...CaseCredentials.shape,
  turnstileToken: z.string({ error: 'report.turnstile.error.required' }).check(
    z.minLength(1, { error: 'report.turnstile.error.required' }),
    z.maxLength(2048, { error: 'report.turnstile.error.required' }),
  ),
  body: z.string({ error: 'case.message.error.required' }).check(
    z.trim(),
    z.minLength(1, { error: 'case.message.error.required' }),
    z.maxLength(4000, { error: 'error.tooLong' }),
  ),
})
