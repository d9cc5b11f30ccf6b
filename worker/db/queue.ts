import type { QueueItem } from '../../core/api'
import { bandOf, bandRange } from '../../core/priority'
import type { CaseStatus } from '../../core/workflow'

export type QueueFilters = {
  status?: CaseStatus | 'open'
  band?: 1 | 2 | 3
  region?: string
  lang?: string
  kind?: 'family' | 'self'
  assignee?: string | 'none'
  label?: string
  overdue?: boolean
  caseRef?: string
  /** A search: the case reference and/or blind-index hashes, matched exactly. */
  search?: { caseRef?: string; hashes: Array<[kind: string, hash: string]> }
}

type Cursor = [priority: number, createdAt: string, id: string]

const encodeCursor = (cursor: Cursor) => btoa(JSON.stringify(cursor)).replace(/=+$/, '')
export function decodeCursor(text: string): Cursor | null {
  try {
    const value = JSON.parse(atob(text))
    return Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'string' && typeof value[2] === 'string'
      ? (value as Cursor)
      : null
  } catch {
    return null
  }
}


/** A queue row's report details as stored: sealed under the case key (worker/vault/cases.ts opens the name and age). */
export type SealedDetails = { reportId: string; wrappedKey: string; details: string }

/** A queue page whose rows still need the name and age opened from their sealed details. */
export type SealedQueuePage = { items: Array<Omit<QueueItem, 'name' | 'age'> & { sealed: SealedDetails }>; next: string | null; now: string }

/** The WHERE clauses of a queue view, and their parameters (bound as ?1, ?2 …). */
function whereOf(filters: QueueFilters, now: string) {
  const where: string[] = []
  const params: unknown[] = []
  const bind = (value: unknown) => {
    params.push(value)
    return `?${params.length}`
  }
  if (filters.caseRef) where.push(`r.case_ref = ${bind(filters.caseRef)}`)
  if (filters.search) {
    const any: string[] = []
    if (filters.search.caseRef) any.push(`r.case_ref = ${bind(filters.search.caseRef)}`)
    const pairs = filters.search.hashes.map(([kind, hash]) => `(b.kind = ${bind(kind)} AND b.value = ${bind(hash)})`)
    if (pairs.length) any.push(`r.id IN (SELECT b.report_id FROM blind_indexes b WHERE ${pairs.join(' OR ')})`)
    where.push(any.length ? `(${any.join(' OR ')})` : '0')
  }
  if (!filters.status || filters.status === 'open') where.push(`r.status <> 'closed'`)
  else where.push(`r.status = ${bind(filters.status)}`)
  if (filters.band) {
    const [min, max] = bandRange(filters.band)
    where.push(`r.effective_priority BETWEEN ${bind(min)} AND ${bind(max)}`)
  }
  if (filters.region) where.push(`r.region = ${bind(filters.region)}`)
  if (filters.lang) where.push(`r.lang = ${bind(filters.lang)}`)
  if (filters.kind) where.push(`r.kind = ${bind(filters.kind)}`)
  if (filters.assignee === 'none') where.push('r.assignee IS NULL')
  else if (filters.assignee) where.push(`r.assignee = ${bind(filters.assignee)}`)
  if (filters.label) where.push(`EXISTS (SELECT 1 FROM report_labels l WHERE l.report_id = r.id AND l.label = ${bind(filters.label)})`)
  if (filters.overdue) where.push(`r.status = 'new' AND r.ack_deadline < ${bind(now)}`)
  return { where, params, bind }
}

/**
 * The case references of a whole filtered view, most urgent first, up to `max` + 1 (so
 * the caller can tell the view is larger): for an export, nothing decrypted here.
 */
export async function queueCaseRefs(db: D1Database, filters: QueueFilters, max: number, now = new Date()): Promise<string[]> {
  const { where, params, bind } = whereOf(filters, now.toISOString())
  const sql = `SELECT r.case_ref FROM reports r ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY r.effective_priority DESC, r.created_at ASC, r.id ASC LIMIT ${bind(max + 1)}`
  const { results } = await db.prepare(sql).bind(...params).all<{ case_ref: string }>()
  return results.map((r) => r.case_ref)
}

/**
 * The triage queue: most urgent first (effective priority, then oldest), keyset
 * pagination on (priority, created_at, id) so a page costs the same at any depth.
 */
export async function listQueue(
  db: D1Database,
  filters: QueueFilters,
  opts: { limit: number; cursor?: Cursor | null; now?: Date },
): Promise<SealedQueuePage> {
  const now = (opts.now ?? new Date()).toISOString()
  const { where, params, bind } = whereOf(filters, now)
  if (opts.cursor) {
    const [p, c, i] = opts.cursor
    const bp = bind(p)
    const bc = bind(c)
    where.push(`(r.effective_priority < ${bp} OR (r.effective_priority = ${bp} AND (r.created_at > ${bc} OR (r.created_at = ${bc} AND r.id > ${bind(i)}))))`)
  }
  const sql = `SELECT r.id, r.case_ref, r.kind, r.status, r.lang, r.effective_priority AS priority, r.priority_factors,
      r.priority_override, r.override_reason, r.ack_deadline, r.region, r.assignee, r.created_at,
      (SELECT group_concat(label, ',') FROM report_labels l WHERE l.report_id = r.id) AS labels,
      r.details, k.wrapped_key, r.minor, r.destination_country, s.name AS assignee_name,
      (SELECT count(*) FROM case_messages m WHERE m.report_id = r.id AND m.author = 'family'
         AND m.created_at > coalesce((SELECT max(created_at) FROM case_messages o WHERE o.report_id = r.id AND o.author = 'staff'), '')) AS unread,
      EXISTS (SELECT 1 FROM blind_indexes mine JOIN blind_indexes o ON o.kind = mine.kind AND o.value = mine.value AND o.report_id <> mine.report_id
         WHERE mine.report_id = r.id AND mine.kind IN ('passport', 'phone', 'handle', 'name.ko')) AS possible_duplicate
    FROM reports r JOIN case_keys k ON k.report_id = r.id LEFT JOIN staff s ON s.email = r.assignee
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY r.effective_priority DESC, r.created_at ASC, r.id ASC
    LIMIT ${bind(opts.limit + 1)}`
  const { results } = await db.prepare(sql).bind(...params).all<Record<string, any>>()
  const page = results.slice(0, opts.limit)
  const last = page.at(-1)
  return {
    now,
    items: page.map((row) => ({
      caseRef: row.case_ref,
      kind: row.kind,
      status: row.status,
      lang: row.lang,
      priority: row.priority,
      band: bandOf(row.priority).band,
      factors: JSON.parse(row.priority_factors),
      override: row.priority_override === null ? null : { score: row.priority_override, reason: row.override_reason },
      ackDeadline: row.ack_deadline,
      overdue: row.status === 'new' && row.ack_deadline !== null && row.ack_deadline < now,
      region: row.region,
      assignee: row.assignee,
      labels: row.labels ? String(row.labels).split(',').sort() : [],
      createdAt: row.created_at,
      minor: row.minor === 1,
      destination: row.destination_country,
      assigneeName: row.assignee_name ?? null,
      unread: row.unread,
      possibleDuplicate: row.possible_duplicate === 1,
      sealed: { reportId: row.id, wrappedKey: row.wrapped_key, details: row.details },
    })),
    next: results.length > opts.limit && last ? encodeCursor([last.priority, last.created_at, last.id]) : null,
  }
}


/**
 * The next case for an officer: the most urgent unacknowledged case that is unassigned
 * or theirs, leaving out the one they are on (`after`). The status queue index answers it.
 */
export async function nextCase(db: D1Database, email: string, after: string | null): Promise<string | null> {
  const row = await db
    .prepare(
      `SELECT case_ref FROM reports WHERE status = 'new' AND (assignee IS NULL OR assignee = ?1) AND case_ref <> coalesce(?2, '')
       ORDER BY effective_priority DESC, created_at ASC, id ASC LIMIT 1`,
    )
    .bind(email, after)
    .first<{ case_ref: string }>()
  return row?.case_ref ?? null
}
