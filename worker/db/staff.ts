import { bandOf, type PriorityFactor } from '../../core/priority'
import type { Role } from '../../core/roles'
import type { Crypto } from '../crypto'
import { fromBase64, toBase64 } from '../crypto'
import type { CaseStatus } from './reports'

export type StaffMember = { email: string; name: string; role: Role }

export async function findStaff(db: D1Database, email: string): Promise<StaffMember | null> {
  return db
    .prepare('SELECT email, name, role FROM staff WHERE email = ?1 AND active = 1')
    .bind(email)
    .first<StaffMember>()
}

// ---------------------------------------------------------------- access log

export type AccessAction =
  | 'view'
  | 'photo'
  | 'export'
  | 'status'
  | 'assign'
  | 'labels'
  | 'priority'
  | 'note'
  | 'message'
  | 'link'
  | 'retention'
  | 'correct'
  | 'erase'
  | 'access-log.view'
  | 'access-log.export'

export type LogEntry = { staffEmail: string; ip: string | null; reportId?: string | null; caseRef?: string | null; action: AccessAction; reason?: string | null }

/** One access-log row; returned as a statement so it can join the edit's own batch. */
export function logStatement(db: D1Database, entry: LogEntry): D1PreparedStatement {
  return db
    .prepare('INSERT INTO access_log (at, staff_email, ip, report_id, case_ref, action, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)')
    .bind(new Date().toISOString(), entry.staffEmail, entry.ip, entry.reportId ?? null, entry.caseRef ?? null, entry.action, entry.reason ?? null)
}

// ---------------------------------------------------------------- queue

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
}

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

const BAND_RANGES: Record<1 | 2 | 3, [number, number]> = { 1: [40, 1_000_000], 2: [20, 39], 3: [-1_000_000, 19] }

/**
 * The triage queue: most urgent first (effective priority, then oldest), keyset
 * pagination on (priority, created_at, id) so a page costs the same at any depth.
 */
export async function listQueue(
  db: D1Database,
  filters: QueueFilters,
  opts: { limit: number; cursor?: Cursor | null; now?: Date },
): Promise<{ items: QueueItem[]; next: string | null }> {
  const now = (opts.now ?? new Date()).toISOString()
  const where: string[] = []
  const params: unknown[] = []
  const bind = (value: unknown) => {
    params.push(value)
    return `?${params.length}`
  }
  if (filters.caseRef) where.push(`r.case_ref = ${bind(filters.caseRef)}`)
  if (!filters.status || filters.status === 'open') where.push(`r.status <> 'closed'`)
  else where.push(`r.status = ${bind(filters.status)}`)
  if (filters.band) {
    const [min, max] = BAND_RANGES[filters.band]
    where.push(`r.effective_priority BETWEEN ${bind(min)} AND ${bind(max)}`)
  }
  if (filters.region) where.push(`r.region = ${bind(filters.region)}`)
  if (filters.lang) where.push(`r.lang = ${bind(filters.lang)}`)
  if (filters.kind) where.push(`r.kind = ${bind(filters.kind)}`)
  if (filters.assignee === 'none') where.push('r.assignee IS NULL')
  else if (filters.assignee) where.push(`r.assignee = ${bind(filters.assignee)}`)
  if (filters.label) where.push(`EXISTS (SELECT 1 FROM report_labels l WHERE l.report_id = r.id AND l.label = ${bind(filters.label)})`)
  if (filters.overdue) where.push(`r.status = 'new' AND r.ack_deadline < ${bind(now)}`)
  if (opts.cursor) {
    const [p, c, i] = opts.cursor
    const bp = bind(p)
    const bc = bind(c)
    where.push(`(r.effective_priority < ${bp} OR (r.effective_priority = ${bp} AND (r.created_at > ${bc} OR (r.created_at = ${bc} AND r.id > ${bind(i)}))))`)
  }
  const sql = `SELECT r.id, r.case_ref, r.kind, r.status, r.lang, r.effective_priority AS priority, r.priority_factors,
      r.priority_override, r.override_reason, r.ack_deadline, r.region, r.assignee, r.created_at,
      (SELECT group_concat(label, ',') FROM report_labels l WHERE l.report_id = r.id) AS labels
    FROM reports r
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY r.effective_priority DESC, r.created_at ASC, r.id ASC
    LIMIT ${bind(opts.limit + 1)}`
  const { results } = await db.prepare(sql).bind(...params).all<Record<string, any>>()
  const page = results.slice(0, opts.limit)
  const last = page.at(-1)
  return {
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
    })),
    next: results.length > opts.limit && last ? encodeCursor([last.priority, last.created_at, last.id]) : null,
  }
}

// ---------------------------------------------------------------- one case

export type CaseRow = {
  id: string
  case_ref: string
  kind: 'family' | 'self'
  status: CaseStatus
  lang: string
  details: string
  wrapped_key: string
  version: number
  photo_key: string | null
  priority: number
  priority_factors: string
  priority_override: number | null
  override_reason: string | null
  ack_deadline: string | null
  acknowledged_at: string | null
  region: string | null
  assignee: string | null
  closed_reason: string | null
  duplicate_of: string | null
  created_at: string
  updated_at: string
}

export async function findCase(db: D1Database, caseRef: string): Promise<CaseRow | null> {
  return db
    .prepare(
      `SELECT r.id, r.case_ref, r.kind, r.status, r.lang, r.details, k.wrapped_key, r.version, r.photo_key, r.priority,
         r.priority_factors, r.priority_override, r.override_reason, r.ack_deadline, r.acknowledged_at, r.region,
         r.assignee, r.closed_reason, r.duplicate_of, r.created_at, r.updated_at
       FROM reports r JOIN case_keys k ON k.report_id = r.id WHERE r.case_ref = ?1`,
    )
    .bind(caseRef)
    .first<CaseRow>()
}

/** The whole case, decrypted: only for the staff case view, which logs the view. */
export async function readCaseForStaff(db: D1Database, c: Crypto, row: CaseRow) {
  const key = await c.unwrapDataKey(row.wrapped_key)
  const [events, messages, notes, labels, links] = await db.batch([
    db.prepare('SELECT type, status, actor, reason, created_at FROM case_events WHERE report_id = ?1 ORDER BY id').bind(row.id),
    db.prepare('SELECT id, author, body, created_at FROM case_messages WHERE report_id = ?1 ORDER BY created_at, id').bind(row.id),
    db.prepare('SELECT id, author, body, created_at FROM case_notes WHERE report_id = ?1 ORDER BY created_at, id').bind(row.id),
    db.prepare('SELECT label FROM report_labels WHERE report_id = ?1 ORDER BY label').bind(row.id),
    db
      .prepare('SELECT r.case_ref FROM case_links l JOIN reports r ON r.id = l.linked_id WHERE l.report_id = ?1 ORDER BY r.case_ref')
      .bind(row.id),
  ])
  const open = (aad: string, sealed: string) => c.open(key, aad, sealed)
  return {
    caseRef: row.case_ref,
    kind: row.kind,
    status: row.status,
    lang: row.lang,
    version: row.version,
    priority: row.priority_override ?? row.priority,
    band: bandOf(row.priority_override ?? row.priority).band,
    factors: JSON.parse(row.priority_factors) as PriorityFactor[],
    override: row.priority_override === null ? null : { score: row.priority_override, reason: row.override_reason },
    ackDeadline: row.ack_deadline,
    acknowledgedAt: row.acknowledged_at,
    region: row.region,
    assignee: row.assignee,
    closedReason: row.closed_reason,
    duplicateOf: row.duplicate_of,
    hasPhoto: row.photo_key !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    details: JSON.parse(await open(`${row.id}:details`, row.details)) as Record<string, unknown>,
    labels: (labels.results as Array<{ label: string }>).map((l) => l.label),
    links: (links.results as Array<{ case_ref: string }>).map((l) => l.case_ref),
    timeline: (events.results as Array<Record<string, string | null>>).map((e) => ({
      type: e.type,
      status: e.status,
      actor: e.actor,
      reason: e.reason,
      at: e.created_at,
    })),
    messages: await Promise.all(
      (messages.results as Array<Record<string, string>>).map(async (m) => ({
        id: m.id,
        author: m.author,
        body: await open(`${row.id}:message:${m.id}`, m.body),
        at: m.created_at,
      })),
    ),
    notes: await Promise.all(
      (notes.results as Array<Record<string, string>>).map(async (n) => ({
        id: n.id,
        author: n.author,
        body: await open(`${row.id}:note:${n.id}`, n.body),
        at: n.created_at,
      })),
    ),
  }
}

export async function readPhoto(photos: R2Bucket, c: Crypto, row: CaseRow): Promise<Uint8Array | null> {
  if (!row.photo_key) return null
  const object = await photos.get(row.photo_key)
  if (!object) return null
  const key = await c.unwrapDataKey(row.wrapped_key)
  const sealed = toBase64(new Uint8Array(await object.arrayBuffer()))
  return fromBase64(await c.open(key, `${row.id}:photo`, sealed))
}

/** A row to write with an edit, only if the edit itself applied. */
export type Dependent =
  | { insert: string; values: Record<string, unknown> }
  | { delete: string; where: Record<string, unknown> }

/**
 * Applies an edit only if the case is still at the version the officer saw: the
 * second of two officers editing at once gets a conflict, not a silent overwrite.
 * The dependent rows (timeline events, labels, the access-log row) are written in
 * the same batch, each guarded on the token the UPDATE wrote, so on a conflict
 * nothing at all is written. Returns false on a conflict.
 */
export async function editCase(
  db: D1Database,
  row: { id: string },
  version: number,
  set: Record<string, unknown>,
  dependents: Dependent[],
): Promise<boolean> {
  const editToken = crypto.randomUUID()
  const columns = Object.keys(set)
  const assignments = columns.map((column, i) => `${column} = ?${i + 3}`).join(', ')
  const update = db
    .prepare(
      `UPDATE reports SET ${assignments}${assignments ? ', ' : ''}version = version + 1,
         updated_at = ?${columns.length + 3}, last_edit = ?${columns.length + 4}
       WHERE id = ?1 AND version = ?2`,
    )
    .bind(row.id, version, ...columns.map((c) => set[c]), new Date().toISOString(), editToken)
  // Only this edit wrote this token: another officer's edit to the same version cannot.
  const guard = (n: number) => `EXISTS (SELECT 1 FROM reports WHERE id = ?${n} AND last_edit = ?${n + 1})`
  const statements = dependents.map((dep) => {
    if ('insert' in dep) {
      const names = Object.keys(dep.values)
      const values = names.map((n) => dep.values[n])
      return db
        .prepare(
          `INSERT INTO ${dep.insert} (${names.join(', ')}) SELECT ${names.map((_, i) => `?${i + 1}`).join(', ')} WHERE ${guard(names.length + 1)}`,
        )
        .bind(...values, row.id, editToken)
    }
    const names = Object.keys(dep.where)
    return db
      .prepare(`DELETE FROM ${dep.delete} WHERE ${names.map((n, i) => `${n} = ?${i + 1}`).join(' AND ')} AND ${guard(names.length + 1)}`)
      .bind(...names.map((n) => dep.where[n]), row.id, editToken)
  })
  const results = await db.batch([update, ...statements])
  return (results[0].meta.changes ?? 0) === 1
}

/** The access-log row of an edit, as a dependent of that edit. */
export function logDependent(entry: LogEntry): Dependent {
  return {
    insert: 'access_log',
    values: {
      at: new Date().toISOString(),
      staff_email: entry.staffEmail,
      ip: entry.ip,
      report_id: entry.reportId ?? null,
      case_ref: entry.caseRef ?? null,
      action: entry.action,
      reason: entry.reason ?? null,
    },
  }
}
