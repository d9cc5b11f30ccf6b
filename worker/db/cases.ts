import type { StaffCaseView } from '../../core/api'
import { bandOf, type PriorityFactor } from '../../core/priority'
import type { CaseStatus } from '../../core/workflow'

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

/** A message or note as stored: its body sealed under the case key, bound to its own id. */
export type SealedEntry = { id: string; author: string; authorName: string | null; body: string; at: string }

/** The staff case view with its details, messages and notes still sealed (worker/vault/cases.ts opens them). */
export type SealedStaffCase = Omit<StaffCaseView, 'details' | 'messages' | 'notes'> & { details: string; messages: SealedEntry[]; notes: SealedEntry[] }

/** The whole case, sealed parts as stored: only for the staff case view, which logs the view. */
export async function readCaseForStaff(db: D1Database, row: CaseRow): Promise<SealedStaffCase> {
  const [events, messages, notes, labels, links, assignee] = await db.batch([
    // People by name: the actor and assignee of each entry, the author of each note.
    db
      .prepare(
        `SELECT e.type, e.status, e.actor, a.name AS actor_name, e.assignee, s.name AS assignee_name, e.reason, e.created_at FROM case_events e
         LEFT JOIN staff a ON a.email = e.actor LEFT JOIN staff s ON s.email = e.assignee WHERE e.report_id = ?1 ORDER BY e.id`,
      )
      .bind(row.id),
    db.prepare('SELECT id, author, body, created_at FROM case_messages WHERE report_id = ?1 ORDER BY created_at, id').bind(row.id),
    db
      .prepare('SELECT n.id, n.author, s.name AS author_name, n.body, n.created_at FROM case_notes n LEFT JOIN staff s ON s.email = n.author WHERE n.report_id = ?1 ORDER BY n.created_at, n.id')
      .bind(row.id),
    db.prepare('SELECT label FROM report_labels WHERE report_id = ?1 ORDER BY label').bind(row.id),
    db
      .prepare('SELECT r.case_ref FROM case_links l JOIN reports r ON r.id = l.linked_id WHERE l.report_id = ?1 ORDER BY r.case_ref')
      .bind(row.id),
    db.prepare('SELECT name FROM staff WHERE email = ?1').bind(row.assignee),
  ])
  const entries = (rows: unknown[]) =>
    (rows as Array<{ id: string; author: string; author_name?: string | null; body: string; created_at: string }>).map((r) => ({
      id: r.id,
      author: r.author,
      authorName: r.author_name ?? null,
      body: r.body,
      at: r.created_at,
    }))
  return {
    caseRef: row.case_ref,
    kind: row.kind,
    status: row.status,
    lang: row.lang as StaffCaseView["lang"],
    version: row.version,
    priority: row.priority_override ?? row.priority,
    band: bandOf(row.priority_override ?? row.priority).band,
    factors: JSON.parse(row.priority_factors) as PriorityFactor[],
    override: row.priority_override === null ? null : { score: row.priority_override, reason: row.override_reason },
    ackDeadline: row.ack_deadline,
    acknowledgedAt: row.acknowledged_at,
    region: row.region,
    assignee: row.assignee,
    assigneeName: (assignee.results[0] as { name: string } | undefined)?.name ?? null,
    closedReason: row.closed_reason,
    duplicateOf: row.duplicate_of,
    hasPhoto: row.photo_key !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    details: row.details,
    labels: (labels.results as Array<{ label: string }>).map((l) => l.label),
    links: (links.results as Array<{ case_ref: string }>).map((l) => l.case_ref),
    timeline: (
      events.results as Array<{ type: string; status: string | null; actor: string | null; actor_name: string | null; assignee: string | null; assignee_name: string | null; reason: string | null; created_at: string }>
    ).map((e) => ({
      type: e.type,
      status: e.status,
      actor: e.actor,
      actorName: e.actor_name,
      assignee: e.assignee,
      assigneeName: e.assignee_name,
      reason: e.reason,
      at: e.created_at,
    })),
    messages: entries(messages.results),
    notes: entries(notes.results),
  }
}

/** The case's photo as stored in R2, sealed; null when it has none. */
export async function readSealedPhoto(photos: R2Bucket, row: CaseRow): Promise<Uint8Array | null> {
  if (!row.photo_key) return null
  const object = await photos.get(row.photo_key)
  return object ? new Uint8Array(await object.arrayBuffer()) : null
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


/** A staff note, sealed under the case key, with its access-log row. */
export async function insertNote(db: D1Database, row: { id: string }, note: { id: string; author: string; body: string; at: string }, log: D1PreparedStatement) {
  await db.batch([
    db.prepare('INSERT INTO case_notes (id, report_id, author, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5)').bind(note.id, row.id, note.author, note.body, note.at),
    log,
  ])
}

/** Links two cases as the same person, both ways, with the access-log row. */
export async function linkCases(db: D1Database, a: { id: string }, b: { id: string }, by: string, log: D1PreparedStatement) {
  const at = new Date().toISOString()
  const link = db.prepare('INSERT OR IGNORE INTO case_links (report_id, linked_id, created_by, created_at) VALUES (?1, ?2, ?3, ?4)')
  await db.batch([link.bind(a.id, b.id, by, at), link.bind(b.id, a.id, by, at), log])
}
