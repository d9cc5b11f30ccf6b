/**
 * D1 queries for trips and check-ins (migrations/0010_trips.sql). A check-in is one
 * UPDATE; the sweep reads trips by the partial index on `deadline`.
 */
import { findSubscriptionId, upsertSubscription } from './push'

export type TripStatus = 'active' | 'alarm' | 'ended'

export type TripRow = {
  id: string
  lang: string
  wrapped_key: string
  details: string
  traveller_lock: string
  trusted_lock: string
  code_hash: string
  duress_hash: string
  interval_days: number
  grace_hours: number
  status: TripStatus
  last_check_in: string
  deadline: string | null
  alarm_at: string | null
  ended_at: string | null
  shred_after: string | null
}

export type NewTrip = Omit<TripRow, 'status' | 'deadline' | 'alarm_at' | 'ended_at' | 'shred_after'> & {
  deadline: string
  travellerHash: string
  trustedHash: string
  idempotencyHash: string
  requestHash: string
  at: string
}

const COLUMNS = `id, lang, wrapped_key, details, traveller_lock, trusted_lock, code_hash, duress_hash, interval_days, grace_hours,
  status, last_check_in, deadline, alarm_at, ended_at, shred_after`

export async function insertTrip(db: D1Database, trip: NewTrip): Promise<void> {
  await db
    .prepare(
      `INSERT INTO trips (id, lang, wrapped_key, details, traveller_lock, trusted_lock, traveller_hash, trusted_hash, code_hash,
         duress_hash, interval_days, grace_hours, status, last_check_in, deadline, idempotency_hash, request_hash, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 'active', ?13, ?14, ?15, ?16, ?13)`,
    )
    .bind(
      trip.id,
      trip.lang,
      trip.wrapped_key,
      trip.details,
      trip.traveller_lock,
      trip.trusted_lock,
      trip.travellerHash,
      trip.trustedHash,
      trip.code_hash,
      trip.duress_hash,
      trip.interval_days,
      trip.grace_hours,
      trip.at,
      trip.deadline,
      trip.idempotencyHash,
      trip.requestHash,
    )
    .run()
}

/** A trip created before under this Idempotency-Key: its request hash and when the next check-in is due. */
export async function findTripByIdempotency(db: D1Database, idempotencyHash: string) {
  return db
    .prepare('SELECT request_hash, last_check_in, interval_days FROM trips WHERE idempotency_hash = ?1')
    .bind(idempotencyHash)
    .first<{ request_hash: string; last_check_in: string; interval_days: number }>()
}

export const findTripByTraveller = (db: D1Database, hash: string) =>
  db.prepare(`SELECT ${COLUMNS} FROM trips WHERE traveller_hash = ?1`).bind(hash).first<TripRow>()

export const findTripByTrusted = (db: D1Database, hash: string) =>
  db.prepare(`SELECT ${COLUMNS} FROM trips WHERE trusted_hash = ?1`).bind(hash).first<TripRow>()

/** A check-in with the right code: the trip is active again and its next deadline set. */
export async function recordCheckIn(db: D1Database, id: string, at: string, deadline: string): Promise<void> {
  await db
    .prepare("UPDATE trips SET status = 'active', last_check_in = ?2, deadline = ?3, alarm_at = NULL, shred_after = NULL WHERE id = ?1 AND status != 'ended'")
    .bind(id, at, deadline)
    .run()
}

/** Moves the next deadline later while the trip is active (the traveller will be out of reach). */
export async function moveDeadline(db: D1Database, id: string, deadline: string): Promise<void> {
  await db.prepare("UPDATE trips SET deadline = ?2 WHERE id = ?1 AND status = 'active'").bind(id, deadline).run()
}

/**
 * Raises the alarm once: only a trip still active (and, for a missed check-in, still
 * past its deadline) changes, so two sweeps or a sweep and a duress check-in racing
 * tell the trusted person once. Returns whether this call raised it.
 */
export async function raiseAlarm(db: D1Database, id: string, at: string, missedBy: string | null, shredAfter: string): Promise<boolean> {
  const result = await db
    .prepare(
      `UPDATE trips SET status = 'alarm', alarm_at = ?2, deadline = NULL, shred_after = ?4
       WHERE id = ?1 AND status = 'active' AND (?3 IS NULL OR deadline <= ?3)`,
    )
    .bind(id, at, missedBy, shredAfter)
    .run()
  return (result.meta.changes ?? 0) > 0
}

export async function endTrip(db: D1Database, id: string, at: string, shredAfter: string): Promise<void> {
  await db
    .prepare("UPDATE trips SET status = 'ended', ended_at = ?2, shred_after = ?3, deadline = NULL WHERE id = ?1")
    .bind(id, at, shredAfter)
    .run()
}

/**
 * Trips whose `column` time has come by `now`, earliest first: a range scan on its
 * partial index (`trips_deadline`, `trips_shred`).
 */
async function listDue(db: D1Database, column: 'deadline' | 'shred_after', now: string, limit: number): Promise<Array<{ id: string }>> {
  const { results } = await db
    .prepare(`SELECT id FROM trips WHERE ${column} IS NOT NULL AND ${column} <= ?1 ORDER BY ${column} LIMIT ?2`)
    .bind(now, limit)
    .all<{ id: string }>()
  return results
}

/** Trips whose check-in was missed by `now`, oldest first. */
export const listMissed = (db: D1Database, now: string, limit: number) => listDue(db, 'deadline', now, limit)

/** Ended (or long-alarmed) trips due for deletion. */
export const listShreddable = (db: D1Database, now: string, limit: number) => listDue(db, 'shred_after', now, limit)

export const readTrip = (db: D1Database, id: string) => db.prepare(`SELECT ${COLUMNS} FROM trips WHERE id = ?1`).bind(id).first<TripRow>()

/**
 * Deletes a trip and everything in it in one transaction: its devices, then the row
 * that holds the sealed details and both wrapped copies of their key and the server key.
 */
export async function deleteTrip(db: D1Database, id: string): Promise<void> {
  await db.batch([
    db.prepare('DELETE FROM trip_push_subscriptions WHERE trip_id = ?1').bind(id),
    db.prepare('DELETE FROM trips WHERE id = ?1').bind(id),
  ])
}

export const upsertTripSubscription = (db: D1Database, row: { id: string; tripId: string; endpointHash: string; sealed: string; at: string }) =>
  upsertSubscription(db, 'trip', { ...row, ownerId: row.tripId })

export const findTripSubscriptionId = (db: D1Database, tripId: string, endpointHash: string) => findSubscriptionId(db, 'trip', tripId, endpointHash)

export async function countTripSubscriptions(db: D1Database, tripId: string): Promise<number> {
  const row = await db.prepare('SELECT count(*) AS n FROM trip_push_subscriptions WHERE trip_id = ?1').bind(tripId).first<{ n: number }>()
  return row?.n ?? 0
}

export async function listTripSubscriptions(db: D1Database, tripId: string): Promise<Array<{ id: string; sealed: string }>> {
  const { results } = await db.prepare('SELECT id, sealed FROM trip_push_subscriptions WHERE trip_id = ?1').bind(tripId).all<{ id: string; sealed: string }>()
  return results
}

export async function deleteTripSubscriptionById(db: D1Database, id: string) {
  await db.prepare('DELETE FROM trip_push_subscriptions WHERE id = ?1').bind(id).run()
}
