import { newCaseRef, newReceiptCode, parseReceiptCode } from '../../core/case-ref'
import { normalizeHandle, normalizeName, normalizePassport, normalizePhone } from '../../core/identifiers'
import { nameKeys } from '../../core/names'
import { findPlaces, levelOf } from '../../core/gazetteer'
import { ackDeadline, scorePriority } from '../../core/priority'
import type { FamilyReport, Report } from '../../core/report'
import { extractIndicators } from '../../core/offer-check'
import type { Crypto } from '../crypto'
import { indicatorStatements } from './indicators'
import { purgeDate } from '../retention'
import { fromBase64, toBase64 } from '../crypto'

export type { CaseStatus } from '../../core/workflow'
import type { CaseStatus } from '../../core/workflow'

export type Created = { caseRef: string; receiptCode: string }

/** What a family sees on their case page. */
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

const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000

function isMinor(report: FamilyReport, now: Date): boolean {
  const { birthDate, approxAge } = report.person
  if (birthDate) {
    const eighteenth = new Date(`${birthDate}T00:00:00Z`)
    eighteenth.setUTCFullYear(eighteenth.getUTCFullYear() + 18)
    return eighteenth > now
  }
  return approxAge !== undefined && approxAge < 18
}

/** The identifiers two reports of one person could share, normalized for matching. */
function identifiersOf(report: Report): Array<[kind: string, value: string]> {
  if (report.kind !== 'family') return []
  const out: Array<[string, string]> = []
  const { person } = report
  const names = [person.fullName, person.latinName, ...(person.otherNames?.split(/[,;\n]/) ?? [])]
  for (const name of names) {
    if (!name?.trim()) continue
    const exact = normalizeName(name)
    if (exact.length >= 2) out.push(['name', exact])
    // Romanization-folded Korean keys (이민수 = Lee Min-su = Yi Minsu = Minsu Rhee) and
    // word-order-free keys for other names: core/names.ts.
    for (const key of nameKeys(name)) out.push([key.startsWith('ko:') ? 'name.ko' : 'name.tokens', key])
  }
  if (person.birthDate) out.push(['dob', person.birthDate])
  if (person.passportNumber) {
    const passport = normalizePassport(person.passportNumber)
    if (passport) out.push(['passport', passport])
  }
  for (const phone of person.phones ?? []) {
    const normalized = normalizePhone(phone)
    if (normalized) out.push(['phone', normalized])
  }
  for (const messenger of person.messengers ?? []) {
    const handle = normalizeHandle(messenger.id)
    if (handle) out.push(['handle', handle])
  }
  return [...new Map(out.map((entry) => [entry.join('\u0000'), entry])).values()]
}

/**
 * The most dangerous place the report names (destination, known location, or where a
 * person in danger says they are), by the gazetteer's travel-advisory level: a region
 * id and level for triage and statistics, not the text itself.
 */
function regionOf(report: Report): { region: string | null; level: string | null } {
  const text =
    report.kind === 'family'
      ? [report.journey.destinationTown, report.journey.knownLocation].filter(Boolean).join('\n')
      : report.situation.location
  let best: { region: string; level: number } | null = null
  for (const hit of findPlaces(text)) {
    const level = levelOf(hit.placeId) ?? 0
    if (!best || level > best.level) best = { region: hit.placeId, level }
  }
  return { region: best?.region ?? null, level: best && best.level > 0 ? String(best.level) : null }
}

/** Blind-index rows for a report, as dependents of an edit (after a correction). */
export async function reindexStatements(c: Crypto, reportId: string, report: Report): Promise<Array<{ insert: string; values: Record<string, unknown> }>> {
  return Promise.all(
    identifiersOf(report).map(async ([kind, value]) => ({
      insert: 'blind_indexes',
      values: { report_id: reportId, kind, value: await c.blindIndex(kind, value) },
    })),
  )
}

/** The personal part of a report, sealed as one JSON document. */
function detailsOf(report: Report): unknown {
  const { turnstileToken: _token, ...rest } = report
  return rest
}

export type NewReport = {
  report: Report
  idempotencyKeyHash: string
  requestHash: string
  photo?: Uint8Array
}

/**
 * Writes a report, its wrapped key, blind indexes, first timeline event and
 * idempotency record in one D1 batch (one transaction: nothing half-written).
 * The sealed photo goes to R2 first and is removed again if the batch fails.
 */
export async function insertReport(db: D1Database, photos: R2Bucket, c: Crypto, input: NewReport): Promise<Created> {
  const { report } = input
  const now = new Date()
  const at = now.toISOString()
  const id = crypto.randomUUID()
  const receiptCode = newReceiptCode()
  const { key, wrapped } = await c.newDataKey()
  const details = await c.seal(key, `${id}:details`, JSON.stringify(detailsOf(report)))
  const receiptHash = await c.receiptHash(parseReceiptCode(receiptCode)!)
  const sealedReceipt = await c.seal(key, `${id}:receipt`, receiptCode)
  const indexes = await Promise.all(
    identifiersOf(report).map(async ([kind, value]) => [kind, await c.blindIndex(kind, value)] as const),
  )

  let photoKey: string | null = null
  if (input.photo) {
    photoKey = `photos/${crypto.randomUUID()}`
    const sealed = fromBase64(await c.seal(key, `${id}:photo`, toBase64(input.photo)))
    await photos.put(photoKey, sealed, { httpMetadata: { contentType: 'application/octet-stream' } })
  }

  const family = report.kind === 'family' ? report : null
  const minor = family ? isMinor(family, now) : false
  const { region, level } = regionOf(report)
  const { score, factors } = scorePriority({
    kind: report.kind,
    dangerSigns: family?.journey.dangerSigns ?? [],
    minor,
    lastContactDate: family?.journey.lastContactDate,
    reportedAt: now,
    knownLocation: report.kind === 'family' ? Boolean(report.journey.knownLocation) : Boolean(report.situation.location),
    advisoryLevel: level,
  })
  const recruiterIndicators = family
    ? extractIndicators([family.journey.recruiterContacts, family.journey.offerText].filter(Boolean).join('\n'))
    : []
  const recruiterStatements = await indicatorStatements(db, c, recruiterIndicators, { kind: 'report', id })
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
          id,
          caseRef,
          report.kind,
          report.lang,
          receiptHash,
          details,
          family ? family.journey.dangerSigns.join(',') : '',
          family?.journey.destinationCountry ?? null,
          minor ? 1 : 0,
          family?.journey.lastContactDate ?? null,
          photoKey,
          at,
          score,
          JSON.stringify(factors),
          ackDeadline(score, now),
          region,
          level,
        ),
      db.prepare('INSERT INTO case_keys (report_id, wrapped_key) VALUES (?1, ?2)').bind(id, wrapped),
      ...indexes.map(([kind, value]) =>
        db.prepare('INSERT OR IGNORE INTO blind_indexes (report_id, kind, value) VALUES (?1, ?2, ?3)').bind(id, kind, value),
      ),
      db
        .prepare("INSERT INTO case_events (report_id, type, status, created_at) VALUES (?1, 'received', 'new', ?2)")
        .bind(id, at),
      // Recruiter contacts the family pasted, queued for staff to confirm.
      ...recruiterStatements,
      db
        .prepare(
          'INSERT INTO idempotency_keys (key_hash, request_hash, report_id, receipt, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)',
        )
        .bind(input.idempotencyKeyHash, input.requestHash, id, sealedReceipt, new Date(now.getTime() + IDEMPOTENCY_TTL_MS).toISOString()),
    ]
    try {
      await db.batch(statements)
      return { caseRef, receiptCode }
    } catch (err) {
      const message = String((err as Error).message)
      // A 40-bit case reference can collide; draw another. Anything else is final.
      if (attempt < 3 && message.includes('reports.case_ref')) continue
      if (photoKey) await photos.delete(photoKey)
      throw err
    }
  }
}

export type Replay = { kind: 'replay'; created: Created } | { kind: 'mismatch' } | null

/** A submit seen before under this idempotency key: its first answer, or a mismatch. */
export async function findIdempotent(db: D1Database, c: Crypto, keyHash: string, requestHash: string): Promise<Replay> {
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
  const key = await c.unwrapDataKey(row.wrapped_key)
  const receiptCode = await c.open(key, `${row.report_id}:receipt`, row.receipt)
  return { kind: 'replay', created: { caseRef: row.case_ref, receiptCode } }
}

type CaseRow = {
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
 * The case for a reference and receipt code, or null. An unknown reference and a
 * wrong code take the same path and give the same answer.
 */
export async function authenticateCase(db: D1Database, c: Crypto, caseRef: string, receiptCode: string): Promise<CaseRow | null> {
  const row = await db
    .prepare(
      `SELECT r.id, r.case_ref, r.kind, r.status, r.receipt_hash, r.created_at, r.closed_at, r.retain_until, r.ack_deadline, k.wrapped_key
       FROM reports r JOIN case_keys k ON k.report_id = r.id WHERE r.case_ref = ?1`,
    )
    .bind(caseRef)
    .first<CaseRow>()
  const presented = await c.receiptHash(receiptCode)
  const expected = row?.receipt_hash ?? '0'.repeat(presented.length)
  return sameHash(presented, expected) && row ? row : null
}

export async function readCase(db: D1Database, c: Crypto, row: CaseRow, retentionDays: number): Promise<CaseView> {
  const [events, messages] = await db.batch([
    db.prepare('SELECT type, status, created_at FROM case_events WHERE report_id = ?1 ORDER BY id').bind(row.id),
    db
      .prepare('SELECT id, author, body, created_at FROM case_messages WHERE report_id = ?1 ORDER BY created_at, id')
      .bind(row.id),
  ])
  const key = await c.unwrapDataKey(row.wrapped_key)
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
    messages: await Promise.all(
      (messages.results as Array<{ id: string; author: 'family' | 'staff'; body: string; created_at: string }>).map(
        async (m) => ({ id: m.id, author: m.author, body: await c.open(key, `${row.id}:message:${m.id}`, m.body), at: m.created_at }),
      ),
    ),
  }
}

/** Adds a message to a case, sealed under the case's key. */
export async function insertMessage(
  db: D1Database,
  c: Crypto,
  target: { id: string; wrapped_key: string },
  author: 'family' | 'staff',
  body: string,
): Promise<{ id: string; at: string }> {
  const id = crypto.randomUUID()
  const at = new Date().toISOString()
  const key = await c.unwrapDataKey(target.wrapped_key)
  const sealed = await c.seal(key, `${target.id}:message:${id}`, body)
  await db.batch([
    db
      .prepare('INSERT INTO case_messages (id, report_id, author, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5)')
      .bind(id, target.id, author, sealed, at),
    db.prepare('UPDATE reports SET updated_at = ?2 WHERE id = ?1').bind(target.id, at),
  ])
  return { id, at }
}
