export type RetentionRun = {
  casesPurged: number
  photosDeleted: number
  offersPurged: number
  accessLogsDeleted: number
  idempotencyDeleted: number
  countersDeleted: number
  pushLogDeleted: number
}

/** Deletes a case's wrapped key: from then on nothing of the case can be read. */
export async function deleteCaseKey(db: D1Database, reportId: string): Promise<void> {
  await db.prepare('DELETE FROM case_keys WHERE report_id = ?1').bind(reportId).run()
}

/** Deletes a case's rows (its dependents go with it by foreign key) and its recruiter links. */
export async function deleteCaseRows(db: D1Database, reportId: string): Promise<void> {
  await db.batch([
    db.prepare("DELETE FROM indicator_sources WHERE source_kind = 'report' AND source_id = ?1").bind(reportId),
    db.prepare('DELETE FROM reports WHERE id = ?1').bind(reportId),
  ])
}

/** Closed cases past their retention and any extension staff gave, a batch at a time. */
export async function listExpiredCases(db: D1Database, closedBefore: string, now: string, limit: number) {
  const { results } = await db
    .prepare(
      `SELECT id, photo_key FROM reports
       WHERE status = 'closed' AND closed_at < ?1 AND (retain_until IS NULL OR retain_until < ?2) LIMIT ?3`,
    )
    .bind(closedBefore, now, limit)
    .all<{ id: string; photo_key: string | null }>()
  return results
}

/** Deletes old offers, access-log rows, spent idempotency records, old counters and old push-log rows in one batch. */
export async function sweep(
  db: D1Database,
  cutoffs: { offers: string; accessLog: string; idempotency: string; counters: string; pushLog: string },
): Promise<Pick<RetentionRun, 'offersPurged' | 'accessLogsDeleted' | 'idempotencyDeleted' | 'countersDeleted' | 'pushLogDeleted'>> {
  const results = await db.batch([
    db
      .prepare("DELETE FROM indicator_sources WHERE source_kind = 'offer' AND source_id IN (SELECT id FROM offer_reports WHERE created_at < ?1)")
      .bind(cutoffs.offers),
    db.prepare('DELETE FROM offer_reports WHERE created_at < ?1').bind(cutoffs.offers),
    db.prepare('DELETE FROM access_log WHERE at < ?1').bind(cutoffs.accessLog),
    db.prepare('DELETE FROM idempotency_keys WHERE expires_at < ?1').bind(cutoffs.idempotency),
    db.prepare('DELETE FROM request_counters WHERE window < ?1').bind(cutoffs.counters),
    // Through the push_log_at index.
    db.prepare('DELETE FROM push_log WHERE at < ?1').bind(cutoffs.pushLog),
  ])
  return {
    offersPurged: results[1].meta.changes ?? 0,
    accessLogsDeleted: results[2].meta.changes ?? 0,
    idempotencyDeleted: results[3].meta.changes ?? 0,
    countersDeleted: results[4].meta.changes ?? 0,
    pushLogDeleted: results[5].meta.changes ?? 0,
  }
}

export async function recordRetentionRun(db: D1Database, startedAt: string, run: RetentionRun): Promise<void> {
  await db
    .prepare(
      `INSERT INTO retention_runs (started_at, finished_at, cases_purged, photos_deleted, offers_purged, access_logs_deleted,
         idempotency_deleted, counters_deleted, push_log_deleted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
    )
    .bind(startedAt, new Date().toISOString(), run.casesPurged, run.photosDeleted, run.offersPurged, run.accessLogsDeleted, run.idempotencyDeleted, run.countersDeleted, run.pushLogDeleted)
    .run()
}
