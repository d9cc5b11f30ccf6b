import type { MessageKey } from './i18n'
import type { Lang } from './langs'
import type { PriorityFactor } from './priority'
import type { FieldError } from './report'
import type { Role } from './roles'
import type { CaseStatus } from './workflow'
import type { TripDetails } from './trips'

/**
 * The contract between the islands and /api/v1: every response shape, declared once
 * and imported by both sides, and one way to turn a problem into words.
 */

export type ProblemType =
  | 'validation'
  | 'bad-request'
  | 'not-found'
  | 'method-not-allowed'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'idempotency-mismatch'
  | 'turnstile'
  | 'rate-limited'
  | 'busy'
  | 'unauthorized'
  | 'forbidden'
  | 'conflict'
  | 'unavailable'
  | 'misconfigured'
  | 'internal'

/** Every non-2xx answer: RFC 9457 problem details plus field errors. */
export type Problem = { type: ProblemType; title: string; status: number; errors?: FieldError[]; detail?: string }

/** POST /reports (and /urgent): the two codes a family keeps. */
export type Created = { caseRef: string; receiptCode: string }

/** POST /cases/lookup: what a family sees on their case page. */
export type CaseView = {
  caseRef: string
  kind: 'family' | 'self'
  status: CaseStatus
  createdAt: string
  /** When staff will have acknowledged the report at the latest (its priority's deadline). */
  ackDeadline: string | null
  /** When the case will be deleted; null while it is open (kept until RETENTION_DAYS after closing). */
  deleteOn: string | null
  timeline: Array<{ type: string; status: string | null; at: string }>
  messages: Array<{ id: string; author: 'family' | 'staff'; body: string; at: string }>
}

/** POST /trips: the trip is recorded (the links and codes were made by the browser). */
export type TripCreated = { nextCheckInBy: string }
/** POST /trips/check-in and /trips/extend: the same answer for the check-in and the duress codes. */
export type CheckedIn = { nextCheckInBy: string }
/** POST /trips/home: when the trip will be deleted. */
export type TripEnded = { deleteOn: string }
/** POST /trips/watch: what the trusted person sees; the details only after an alarm. */
export type TripWatch = {
  status: 'active' | 'alarm' | 'ended'
  lastCheckIn: string
  nextCheckInBy: string | null
  alarmAt: string | null
  deleteOn: string | null
  details: TripDetails | null
}

/** GET /staff/me */
export type StaffMember = { email: string; name: string; role: Role }

/** GET /staff/members: every account, switched off or not. */
export type StaffAccount = StaffMember & { active: boolean }

/** GET /staff/reports: one row of the triage queue. */
export type QueueItem = {
  caseRef: string
  kind: 'family' | 'self'
  status: CaseStatus
  lang: string
  priority: number
  band: number
  factors: PriorityFactor[]
  override: { score: number; reason: string } | null
  ackDeadline: string | null
  overdue: boolean
  region: string | null
  assignee: string | null
  labels: string[]
  createdAt: string
  /** The person's name, opened for this page only (the page view is logged). */
  name: string | null
  /** Years, from the birth date or the family's estimate. */
  age: number | null
  minor: boolean
  destination: string | null
  assigneeName: string | null
  /** Family messages since staff last wrote. */
  unread: number
  /** Shares a passport, phone, handle or Korean name with another report. */
  possibleDuplicate: boolean
}
export type QueuePage = { items: QueueItem[]; next: string | null }

/** GET /staff/reports/:caseRef: the whole case, decrypted, for staff. */
export type StaffCaseView = {
  caseRef: string
  kind: 'family' | 'self'
  status: CaseStatus
  lang: Lang
  version: number
  priority: number
  band: number
  factors: PriorityFactor[]
  override: { score: number; reason: string | null } | null
  ackDeadline: string | null
  acknowledgedAt: string | null
  region: string | null
  assignee: string | null
  assigneeName: string | null
  closedReason: string | null
  duplicateOf: string | null
  hasPhoto: boolean
  createdAt: string
  updatedAt: string
  details: Record<string, unknown>
  labels: string[]
  links: string[]
  /** `actorName` and `assigneeName` are the staff members' names; an email is never shown. */
  timeline: Array<{ type: string; status: string | null; actor: string | null; actorName: string | null; assignee: string | null; assigneeName: string | null; reason: string | null; at: string }>
  messages: Array<{ id: string; author: string; body: string; at: string }>
  notes: Array<{ id: string; author: string; authorName: string | null; body: string; at: string }>
}

/** GET /staff/access-log */
export type AccessLogItem = { id: number; at: string; staffEmail: string; staffName: string | null; ip: string | null; assigneeName?: string | null; caseRef: string | null; action: string; reason: string | null }

/** GET /staff/indicators: an identifier for review, its value opened. */
export type IndicatorRow = { id: number; type: string; value: string; status: string; reports: number; firstSeen: string; lastSeen: string }

/** GET /staff/stats: counts only, no personal data. */
export type Stats = {
  perWeek: Array<{ week: string; count: number }>
  perStatus: Array<{ status: string; count: number }>
  perRegion: Array<{ region: string; count: number }>
  perKind: Array<{ kind: string; count: number }>
  ackHours: { count: number; median: number | null; p90: number | null }
}

/** GET /staff/reports/:caseRef/duplicates */
export type DuplicateCandidate = { caseRef: string; status: string; kind: string; createdAt: string; score: number; reasons: string[] }

/** POST /staff/bulk: each case's outcome, a failure as the problem its own route gives. */
export type BulkResult = { caseRef: string; ok: true; version: number } | { caseRef: string; ok: false; problem: Problem }

/** Outcome of a call to /api/v1: the JSON answer, a problem, or no answer at all. */
export type ApiResult<T> = { kind: 'ok'; status: number; data: T } | ApiFailure
export type ApiFailure = { kind: 'problem'; status: number; problem: Problem } | { kind: 'offline' }

/** Which words a form uses for each kind of failure; the rest fall back to the defaults. */
export type Wording = Partial<Record<ProblemType | 'offline' | 'other', MessageKey>>

/** The console's words: a conflict is explained, anything else unexpected is "could not load". */
export const STAFF_WORDING: Wording = { conflict: 'staff.case.conflict', offline: 'staff.error.load', other: 'staff.error.load' }

const DEFAULT_WORDING: Wording = {
  offline: 'report.error.offline',
  'rate-limited': 'report.error.rateLimited',
  busy: 'report.error.busy',
  turnstile: 'report.turnstile.error.failed',
  unavailable: 'report.turnstile.error.unavailable',
}

/**
 * The words for a failed call, for the whole form: the form's own wording for this
 * kind of problem, else the shared one; field errors in their words; else the
 * form's word for any other failure; else the problem's own (localized) title; else "something went wrong on our side".
 */
export function problemMessage(failure: ApiFailure, t: (key: MessageKey) => string, wording: Wording = {}): string {
  const kind = failure.kind === 'offline' ? 'offline' : failure.problem.type
  const key = wording[kind] ?? DEFAULT_WORDING[kind]
  if (key) return t(key)
  if (failure.kind === 'offline') return t('report.error.server')
  if (failure.problem.errors?.length) return failure.problem.errors.map((e) => t(e.code)).join(' ')
  if (wording.other) return t(wording.other)
  return failure.status >= 500 || !failure.problem.title ? t('report.error.server') : failure.problem.title
}

/** GET /staff/filters: one of the officer's saved queue filters (query parameters by name). */
export type SavedFilter = { id: string; name: string; filters: Partial<Record<'status' | 'band' | 'region' | 'lang' | 'kind' | 'assignee' | 'label' | 'overdue', string>> }

/** GET /staff/colleagues: who a case may be handed to; the console shows the name. */
export type Colleague = { email: string; name: string }
