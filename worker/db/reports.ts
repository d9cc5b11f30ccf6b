import { newCaseRef } from '../../core/case-ref'
import type { CaseView, Created } from '../../core/api'
import type { Triage } from '../../core/intake'
import { purgeDate } from '../../core/intake'

export type { CaseStatus } from '../../core/workflow'
import type { CaseStatus } from '../../core/workflow'

export type { CaseView, Created } from '../../core/api'

/** A report as it is stored: sealed, triaged, its blind indexes computed (worker/intake.ts). */
export type ReportRecord = {
  id: string
  kind: 'family' | 'self'
  lang: string
  receiptHash: string
  /** The report's personal part, sealed under the case key. */
  details: string
  wrappedKey: string
  dangerSigns: string
  destinationCountry: string | null
  lastContactDate: string | null
  photoKey: string | null
  at: string
  triage: Pick<Triage, 'minor' | 'score' | 'factors' | 'ackDeadline' | 'region' | 'advisoryLevel'>
  indexes: ReadonlyArray<readonly [kind: string, hash: string]>
  idempotency: { keyHash: string; requestHash: string; sealedReceipt: string; expiresAt: string }
}

/**
 * Writes a report, its wrapped key, blind indexes, first timeline event, idempotency
 * record, the caller's extra rows (recruiter contacts) and the service-wide counters in
 * one D1 batch: one transaction, so nothing is half-written and no crash undercounts
 * the caps. Returns the case reference it drew.
 */
export async function insertReport(db: D1Database, record: ReportRecord, extra: D1PreparedStatement[], counters: D1PreparedStatement[]): Promise<string> {
  const { triage } = record
  for (let attempt = 0; ; attempt++) {
    const caseRef = newCaseRef()
    const statements = [
      db
        .prepare(
          `INSERT INTO reports (id, case_ref, kind, status, lang, receipt_hash, details, danger_signs,
             destination_country, minor, last_contact_date, photo_key, created_at, updated_at,
             priority, priority_factors, ack_deadline, region, advisory_level)
           VALUES (?1, ?2, ?3, 'new', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12, ?13, ?14, ?15, ?16, ?17)`,
        )
        .bind(
          record.id,
          caseRef,
          record.kind,
          record.lang,
          record.receiptHash,
          record.details,
          record.dangerSigns,
          record.destinationCountry,
          triage.minor ? 1 : 0,
          record.lastContactDate,
          record.photoKey,
          record.at,
          triage.score,
          JSON.stringify(triage.factors),
          triage.ackDeadline,
          triage.region,
          triage.advisoryLevel,
        ),
      db.prepare('INSERT INTO case_keys (report_id, wrapped_key) VALUES (?1, ?2)').bind(record.id, record.wrappedKey),
      ...record.indexes.map(([kind, value]) =>
        db.prepare('INSERT OR IGNORE INTO blind_indexes (report_id, kind, value) VALUES (?1, ?2, ?3)').bind(record.id, kind, value),
      ),
      db
        .prepare("INSERT INTO case_events (report_id, type, status, created_at) VALUES (?1, 'received', 'new', ?2)")
        .bind(record.id, record.at),
      ...extra,
      db
        .prepare(
          'INSERT INTO idempotency_keys (key_hash, request_hash, report_id, receipt, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)',
        )
        .bind(record.idempotency.keyHash, record.idempotency.requestHash, record.id, record.idempotency.sealedReceipt, record.idempotency.expiresAt),
      ...counters,
    ]
    try {
      await db.batch(statements)
      return caseRef
    } catch (err) {
      // A 40-bit case reference can collide; draw another. Anything else is final.
      if (attempt < 3 && String((err as Error).message).includes('reports.case_ref')) continue
      throw err
    }
  }
}

/** A label the case starts with (added in the report's own batch). */
export const labelStatement = (db: D1Database, reportId: string, label: string) =>
  db.prepare('INSERT OR IGNORE INTO report_labels (report_id, label) VALUES (?1, ?2)').bind(reportId, label)

/** A submit seen before under this idempotency key: its case and sealed receipt code, or a mismatch. */
export type SealedReplay = { kind: 'replay'; reportId: string; caseRef: string; wrappedKey: string; receipt: string } | { kind: 'mismatch' } | null

export async function findIdempotent(db: D1Database, keyHash: string, requestHash: string): Promise<SealedReplay> {
  const row = await db
    .prepare(
      `SELECT i.request_hash, i.receipt, i.report_id, r.case_ref, k.wrapped_key
       FROM idempotency_keys i JOIN reports r ON r.id = i.report_id JOIN case_keys k ON k.report_id = r.id
       WHERE i.key_hash = ?1 AND i.expires_at > ?2`,
    )
    .bind(keyHash, new Date().toISOString())
    .first<{ request_hash: string; receipt: string; report_id: string; case_ref: string; wrapped_key: string }>()
  if (!row) return null
  if (row.request_hash !== requestHash) return { kind: 'mismatch' }
  return { kind: 'replay', reportId: row.report_id, caseRef: row.case_ref, wrappedKey: row.wrapped_key, receipt: row.receipt }
}

export type CaseRow = {
  id: string
  case_ref: string
  kind: 'family' | 'self'
  status: CaseStatus
  receipt_hash: string
  created_at: string
  closed_at: string | null
  retain_until: string | null
  ack_deadline: string | null
  wrapped_key: string
}

const encoder = new TextEncoder()

function sameHash(a: string, b: string): boolean {
  const x = encoder.encode(a)
  const y = encoder.encode(b)
  return x.length === y.length && crypto.subtle.timingSafeEqual(x, y)
}

/**
 * The case for a reference and the hash of a receipt code (Vault.receiptHash), or null.
 * An unknown reference and a wrong code take the same path and give the same answer.
 */
export async function authenticateCase(db: D1Database, caseRef: string, receiptHash: string): Promise<CaseRow | null> {
  const row = await db
    .prepare(
      `SELECT r.id, r.case_ref, r.kind, r.status, r.receipt_hash, r.created_at, r.closed_at, r.retain_until, r.ack_deadline, k.wrapped_key
       FROM reports r JOIN case_keys k ON k.report_id = r.id WHERE r.case_ref = ?1`,
    )
    .bind(caseRef)
    .first<CaseRow>()
  const expected = row?.receipt_hash ?? '0'.repeat(receiptHash.length)
  return sameHash(receiptHash, expected) && row ? row : null
}

/** A case message as stored: its body sealed under the case key, bound to its id. */
export type SealedMessage = { id: string; author: 'family' | 'staff'; body: string; at: string }

/** What the family's case page shows, its messages still sealed. */
export type SealedCaseView = Omit<CaseView, 'messages'> & { messages: SealedMessage[] }

export async function readCase(db: D1Database, row: CaseRow, retentionDays: number): Promise<SealedCaseView> {
  const [events, messages] = await db.batch([
    // The family's timeline: receipt and status changes, never staff-only entries (assignments).
    db.prepare("SELECT type, status, created_at FROM case_events WHERE report_id = ?1 AND type IN ('received', 'status') ORDER BY id").bind(row.id),
    db
      .prepare('SELECT id, author, body, created_at FROM case_messages WHERE report_id = ?1 ORDER BY created_at, id')
      .bind(row.id),
  ])
  return {
    caseRef: row.case_ref,
    kind: row.kind,
    status: row.status,
    createdAt: row.created_at,
    ackDeadline: row.ack_deadline,
    deleteOn: purgeDate(row.closed_at, row.retain_until, retentionDays),
    timeline: (events.results as Array<{ type: string; status: string | null; created_at: string }>).map((e) => ({
      type: e.type,
      status: e.status,
      at: e.created_at,
    })),
    messages: (messages.results as Array<{ id: string; author: 'family' | 'staff'; body: string; created_at: string }>).map((m) => ({
      id: m.id,
      author: m.author,
      body: m.body,
      at: m.created_at,
    })),
  }
}

/** Adds a message, its body already sealed (worker/vault/cases.ts sealMessage), to a case. */
export async function insertMessage(db: D1Database, reportId: string, message: SealedMessage): Promise<void> {
  await db.batch([
    db
      .prepare('INSERT INTO case_messages (id, report_id, author, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5)')
      .bind(message.id, reportId, message.author, message.body, message.at),
    db.prepare('UPDATE reports SET updated_at = ?2 WHERE id = ?1').bind(reportId, message.at),
  ])
}
