/**
 * D1 queries for Web Push: families' subscriptions (sealed under the case key),
 * officers' devices (sealed under their own key), who is on call, and the push log.
 * The endpoint is only ever stored sealed; `endpoint_hash` finds a row again.
 */

export type SealedSubscription = { id: string; sealed: string }
export type StaffDevice = SealedSubscription & { staff_email: string; wrapped_key: string }
export type PushKind = 'case-news' | 'self-report' | 'overdue' | 'family-message' | 'trip-alarm'
export type PushAudience = 'family' | 'on-call' | 'assignee' | 'supervisor' | 'nobody' | 'trusted'
export type PushOutcome = 'sent' | 'gone' | 'failed' | 'no-device'

/** The two kinds of browser subscription: to a case (the family's) and to a trip (the trusted person's). */
const SUBSCRIPTIONS = {
  case: { table: 'case_push_subscriptions', owner: 'report_id' },
  trip: { table: 'trip_push_subscriptions', owner: 'trip_id' },
} as const
export type SubscriptionKind = keyof typeof SUBSCRIPTIONS

/** Saves a subscription; the same browser subscribing again to the same case or trip replaces its row. */
export async function upsertSubscription(db: D1Database, kind: SubscriptionKind, row: { id: string; ownerId: string; endpointHash: string; sealed: string; at: string }) {
  const { table, owner } = SUBSCRIPTIONS[kind]
  await db
    .prepare(
      `INSERT INTO ${table} (id, ${owner}, endpoint_hash, sealed, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
       ON CONFLICT (${owner}, endpoint_hash) DO UPDATE SET sealed = excluded.sealed, created_at = excluded.created_at`,
    )
    .bind(row.id, row.ownerId, row.endpointHash, row.sealed, row.at)
    .run()
}

/** The subscription's id as stored (the sealed text is bound to it). */
export async function findSubscriptionId(db: D1Database, kind: SubscriptionKind, ownerId: string, endpointHash: string): Promise<string | null> {
  const { table, owner } = SUBSCRIPTIONS[kind]
  const row = await db
    .prepare(`SELECT id FROM ${table} WHERE ${owner} = ?1 AND endpoint_hash = ?2`)
    .bind(ownerId, endpointHash)
    .first<{ id: string }>()
  return row?.id ?? null
}

/** Saves a family's subscription; the same browser subscribing again replaces its row. */
export const upsertCaseSubscription = (db: D1Database, row: { reportId: string; endpointHash: string; sealed: string; id: string; at: string }) =>
  upsertSubscription(db, 'case', { ...row, ownerId: row.reportId })

export const findCaseSubscriptionId = (db: D1Database, reportId: string, endpointHash: string) => findSubscriptionId(db, 'case', reportId, endpointHash)

export async function deleteCaseSubscription(db: D1Database, reportId: string, endpointHash: string): Promise<boolean> {
  const result = await db.prepare('DELETE FROM case_push_subscriptions WHERE report_id = ?1 AND endpoint_hash = ?2').bind(reportId, endpointHash).run()
  return (result.meta.changes ?? 0) > 0
}

export async function listCaseSubscriptions(db: D1Database, reportId: string): Promise<SealedSubscription[]> {
  const { results } = await db.prepare('SELECT id, sealed FROM case_push_subscriptions WHERE report_id = ?1').bind(reportId).all<SealedSubscription>()
  return results
}

export async function deleteCaseSubscriptionById(db: D1Database, id: string) {
  await db.prepare('DELETE FROM case_push_subscriptions WHERE id = ?1').bind(id).run()
}

/** Saves an officer's device; a device subscribed by another officer before moves to this one. */
export async function upsertStaffDevice(db: D1Database, row: { id: string; staffEmail: string; endpointHash: string; wrappedKey: string; sealed: string; at: string }) {
  await db.batch([
    db.prepare('DELETE FROM staff_push_devices WHERE endpoint_hash = ?1').bind(row.endpointHash),
    db
      .prepare('INSERT INTO staff_push_devices (id, staff_email, endpoint_hash, wrapped_key, sealed, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)')
      .bind(row.id, row.staffEmail, row.endpointHash, row.wrappedKey, row.sealed, row.at),
  ])
}

export async function deleteStaffDevice(db: D1Database, staffEmail: string, endpointHash: string): Promise<boolean> {
  const result = await db.prepare('DELETE FROM staff_push_devices WHERE staff_email = ?1 AND endpoint_hash = ?2').bind(staffEmail, endpointHash).run()
  return (result.meta.changes ?? 0) > 0
}

export async function deleteStaffDeviceById(db: D1Database, id: string) {
  await db.prepare('DELETE FROM staff_push_devices WHERE id = ?1').bind(id).run()
}

export async function countStaffDevices(db: D1Database, staffEmail: string): Promise<number> {
  const row = await db.prepare('SELECT count(*) AS n FROM staff_push_devices WHERE staff_email = ?1').bind(staffEmail).first<{ n: number }>()
  return row?.n ?? 0
}

/** The devices of active staff on call at `now`. */
export async function listOnCallDevices(db: D1Database, now: string): Promise<StaffDevice[]> {
  const { results } = await db
    .prepare(
      `SELECT d.id, d.staff_email, d.wrapped_key, d.sealed FROM staff_push_devices d
       JOIN on_call o ON o.staff_email = d.staff_email JOIN staff s ON s.email = d.staff_email
       WHERE s.active = 1 AND o.starts_at <= ?1 AND o.ends_at > ?1`,
    )
    .bind(now)
    .all<StaffDevice>()
  return results
}

/** The devices of one officer, only while they are on call. */
export async function listOnCallDevicesOf(db: D1Database, staffEmail: string, now: string): Promise<StaffDevice[]> {
  return (await listOnCallDevices(db, now)).filter((d) => d.staff_email.toLowerCase() === staffEmail.toLowerCase())
}

/** The devices of active supervisors and admins, on call or not. */
export async function listSupervisorDevices(db: D1Database): Promise<StaffDevice[]> {
  const { results } = await db
    .prepare(
      `SELECT d.id, d.staff_email, d.wrapped_key, d.sealed FROM staff_push_devices d JOIN staff s ON s.email = d.staff_email
       WHERE s.active = 1 AND s.role IN ('supervisor', 'admin')`,
    )
    .all<StaffDevice>()
  return results
}

export async function setOnCall(db: D1Database, staffEmail: string, startsAt: string, endsAt: string) {
  await db
    .prepare('INSERT INTO on_call (staff_email, starts_at, ends_at) VALUES (?1, ?2, ?3) ON CONFLICT (staff_email) DO UPDATE SET starts_at = ?2, ends_at = ?3')
    .bind(staffEmail, startsAt, endsAt)
    .run()
}

export async function endOnCall(db: D1Database, staffEmail: string) {
  await db.prepare('DELETE FROM on_call WHERE staff_email = ?1').bind(staffEmail).run()
}

export async function readOnCall(db: D1Database, staffEmail: string, now: string): Promise<{ starts_at: string; ends_at: string } | null> {
  return db
    .prepare('SELECT starts_at, ends_at FROM on_call WHERE staff_email = ?1 AND ends_at > ?2')
    .bind(staffEmail, now)
    .first<{ starts_at: string; ends_at: string }>()
}

/** How many active officers are on call at `now` with at least one device. */
export async function countOnCall(db: D1Database, now: string): Promise<number> {
  const row = await db
    .prepare(
      `SELECT count(DISTINCT o.staff_email) AS n FROM on_call o JOIN staff s ON s.email = o.staff_email
       WHERE s.active = 1 AND o.starts_at <= ?1 AND o.ends_at > ?1
         AND EXISTS (SELECT 1 FROM staff_push_devices d WHERE d.staff_email = o.staff_email)`,
    )
    .bind(now)
    .first<{ n: number }>()
  return row?.n ?? 0
}

export async function logPush(db: D1Database, entry: { caseRef: string | null; kind: PushKind; audience: PushAudience; outcome: PushOutcome; status: number | null }) {
  await db
    .prepare('INSERT INTO push_log (case_ref, kind, audience, outcome, status, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)')
    .bind(entry.caseRef, entry.kind, entry.audience, entry.outcome, entry.status, new Date().toISOString())
    .run()
}

/**
 * Self-reports that arrived with no officer on call (their push went to supervisors or
 * to nobody) since `since`: the console banner and the statistics page show the count.
 */
export async function countUnattendedSelfReports(db: D1Database, since: string): Promise<number> {
  const row = await db
    .prepare("SELECT count(DISTINCT case_ref) AS n FROM push_log WHERE kind = 'self-report' AND audience IN ('supervisor', 'nobody') AND at >= ?1")
    .bind(since)
    .first<{ n: number }>()
  return row?.n ?? 0
}

/** Cases whose acknowledgement deadline passed since `since` and that no push has announced yet. */
export async function listNewlyOverdue(db: D1Database, now: string, since: string): Promise<Array<{ case_ref: string; assignee: string | null }>> {
  const { results } = await db
    .prepare(
      `SELECT r.case_ref, r.assignee FROM reports r
       WHERE r.status = 'new' AND r.ack_deadline < ?1 AND r.ack_deadline >= ?2
         AND NOT EXISTS (SELECT 1 FROM push_log p WHERE p.case_ref = r.case_ref AND p.kind = 'overdue')
       LIMIT 100`,
    )
    .bind(now, since)
    .all<{ case_ref: string; assignee: string | null }>()
  return results
}

export async function countCaseSubscriptions(db: D1Database, reportId: string): Promise<number> {
  const row = await db.prepare('SELECT count(*) AS n FROM case_push_subscriptions WHERE report_id = ?1').bind(reportId).first<{ n: number }>()
  return row?.n ?? 0
}

export async function findAssignee(db: D1Database, caseRef: string): Promise<string | null> {
  const row = await db.prepare('SELECT assignee FROM reports WHERE case_ref = ?1').bind(caseRef).first<{ assignee: string | null }>()
  return row?.assignee ?? null
}
