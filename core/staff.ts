import * as z from 'zod/mini'
import { LANGS } from './langs'
import { ROLES } from './roles'
import { CLOSE_REASONS, STATUSES } from './workflow'

/**
 * What the staff console sends to /api/v1/staff: one schema per request, checked by
 * the Worker (worker/middleware/validate.ts); `code`s in errors are locale keys.
 */
const text = (max: number) =>
  z.string({ error: 'error.invalid' }).check(z.trim(), z.minLength(1, { error: 'error.required' }), z.maxLength(max, { error: 'error.tooLong' }))
const version = z.int({ error: 'error.invalid' }).check(z.minimum(1, { error: 'error.invalid' }))
const caseRefs = (max: number) => z.array(z.string().check(z.maxLength(40))).check(z.minLength(1, { error: 'error.required' }), z.maxLength(max, { error: 'error.tooMany' }))
const assignee = z.nullable(z.string().check(z.maxLength(254)))

export const Label = z
  .string({ error: 'error.invalid' })
  .check(z.trim(), z.minLength(1), z.maxLength(40), z.regex(/^[\p{L}\p{N} _-]+$/u, { error: 'error.invalid' }))

export const QueueQuery = z.strictObject({
  status: z.optional(z.enum(['open', ...STATUSES])),
  band: z.optional(z.enum(['1', '2', '3'])),
  region: z.optional(z.string().check(z.maxLength(64))),
  lang: z.optional(z.enum(LANGS)),
  kind: z.optional(z.enum(['family', 'self'])),
  assignee: z.optional(z.string().check(z.maxLength(254))),
  label: z.optional(z.string().check(z.maxLength(40))),
  overdue: z.optional(z.enum(['1', 'true'])),
  q: z.optional(z.string().check(z.maxLength(40))),
  cursor: z.optional(z.string().check(z.maxLength(400))),
  limit: z.optional(z.string().check(z.regex(/^\d{1,3}$/))),
})

export const StatusInput = z.strictObject({
  status: z.enum(STATUSES, { error: 'error.invalid' }),
  version,
  closedReason: z.optional(z.enum(CLOSE_REASONS, { error: 'error.invalid' })),
  reason: z.optional(z.string({ error: 'error.invalid' }).check(z.trim(), z.maxLength(500, { error: 'error.tooLong' }))),
})

export const AssignInput = z.strictObject({ assignee, version })
export const LabelsInput = z.strictObject({ add: z.array(Label).check(z.maxLength(10)), remove: z.array(Label).check(z.maxLength(10)), version })
export const PriorityInput = z.strictObject({ override: z.nullable(z.int().check(z.minimum(0), z.maximum(1000))), reason: z.optional(text(500)), version })
export const RetentionInput = z.strictObject({ retainUntil: z.iso.date({ error: 'error.invalid' }), reason: text(500), version })
export const CorrectionInput = z.strictObject({
  section: z.enum(['person', 'journey', 'reporter']),
  field: z.string().check(z.regex(/^[A-Za-z]{1,40}$/)),
  value: z.union([z.string().check(z.maxLength(10_000)), z.null()]),
  reason: text(500),
  version,
})
export const ReasonInput = z.strictObject({ reason: text(500) })
export const NoteInput = z.strictObject({ body: text(4000) })
export const LinkInput = z.strictObject({ caseRef: z.string().check(z.maxLength(40)) })

export const BulkInput = z.strictObject({
  caseRefs: z.array(z.string().check(z.maxLength(40))).check(z.minLength(1), z.maxLength(100)),
  action: z.enum(['assign', 'label', 'status']),
  assignee: z.optional(assignee),
  label: z.optional(Label),
  status: z.optional(StatusInput.shape.status),
  closedReason: z.optional(z.enum(CLOSE_REASONS)),
})

const short = z.string().check(z.trim(), z.minLength(1, { error: 'error.required' }), z.maxLength(280, { error: 'error.tooLong' }))
export const NoticeInput = z.strictObject({ ko: short, km: z.optional(short), en: short, expiresAt: z.iso.datetime({ error: 'error.invalid' }) })

export const INDICATOR_STATUSES = ['pending', 'confirmed', 'rejected'] as const
export const IndicatorReviewInput = z.strictObject({ status: z.enum(['confirmed', 'rejected', 'pending']) })

export const ExportInput = z.strictObject({
  format: z.enum(['csv', 'pfif']),
  caseRefs: caseRefs(500),
  // 고시 8조②: every download records its reason.
  reason: text(500),
})

export const MemberInput = z.strictObject({
  email: z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'report.reporter.email.error.invalid' })),
  name: text(200),
  role: z.enum(ROLES, { error: 'error.invalid' }),
  active: z.boolean(),
})

/**
 * A saved queue filter: the officer's name for it and the filters, never a search term
 * (a name or a phone number would sit in D1 unsealed), nor a page cursor.
 */
export const SavedFilterFields = z.omit(QueueQuery, { q: true, cursor: true, limit: true })
export const SavedFilterInput = z.strictObject({
  name: z.string({ error: 'error.invalid' }).check(z.trim(), z.minLength(1, { error: 'error.required' }), z.maxLength(60, { error: 'error.tooLong' })),
  filters: SavedFilterFields,
})
export const SAVED_FILTERS_MAX = 30

/** Export of the queue as filtered now: the same filters (a search included), every match up to the cap. */
export const ViewExportInput = z.strictObject({
  format: z.enum(['csv', 'pfif']),
  view: z.omit(QueueQuery, { cursor: true, limit: true }),
  reason: text(500),
})
export const VIEW_EXPORT_MAX = 500
