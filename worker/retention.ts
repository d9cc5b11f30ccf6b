/**
 * The retention job (Cron Trigger, `scheduled()`), security.md §3 and GlobaLeaks' cleaner:
 * - a closed case RETENTION_DAYS (default 90) after closing, or after the date staff
 *   extended it to: its data key is deleted first (crypto-shredding: backups and D1
 *   Time Travel copies of its rows can no longer be read), then its rows and photo;
 * - reported offers after OFFER_RETENTION_DAYS (30);
 * - access-log rows after two years (the log keeps them at least that long);
 * - spent idempotency records and old rate counters.
 * Each run is recorded with its counts.
 */
export type RetentionConfig = Pick<Env, 'DB' | 'PHOTOS'> & { RETENTION_DAYS?: string; OFFER_RETENTION_DAYS?: string }

const days = (n: number) => n * 86_400_000
const BATCH = 50

export type RetentionRun = {
  casesPurged: number
  photosDeleted: number
  offersPurged: number
  accessLogsDeleted: number
  idempotencyDeleted: number
  countersDeleted: number
}

/** The date a closed case will be deleted, or null while it is open. */
export function purgeDate(closedAt: string | null, retainUntil: string | null, retentionDays: number): string | null {
  if (!closedAt) return null
  const byRule = new Date(Date.parse(closedAt) + days(retentionDays)).toISOString()
  return retainUntil && retainUntil > byRule ? retainUntil : byRule
}

/** Deletes one case at once: key first (crypto-shredding), then photo and rows. */
export async function purgeCase(env: Pick<Env, 'DB' | 'PHOTOS'>, row: { id: string; photo_key: string | null }): Promise<{ photoDeleted: boolean }> {
  await env.DB.prepare('DELETE FROM case_keys WHERE report_id = ?1').bind(row.id).run()
  if (row.photo_key) await env.PHOTOS.delete(row.photo_key)
  await env.DB.batch([
    env.DB.prepare("DELETE FROM indicator_sources WHERE source_kind = 'report' AND source_id = ?1").bind(row.id),
    env.DB.prepare('DELETE FROM reports WHERE id = ?1').bind(row.id),
  ])
  return { photoDeleted: Boolean(row.photo_key) }
}

export async function runRetention(env: RetentionConfig, now = new Date()): Promise<RetentionRun> {
  const started = now.toISOString()
  const caseCutoff = new Date(now.getTime() - days(Number(env.RETENTION_DAYS ?? 90))).toISOString()
  const offerCutoff = new Date(now.getTime() - days(Number(env.OFFER_RETENTION_DAYS ?? 30))).toISOString()
  const logCutoff = new Date(now.getTime() - days(730)).toISOString()
  const run: RetentionRun = { casesPurged: 0, photosDeleted: 0, offersPurged: 0, accessLogsDeleted: 0, idempotencyDeleted: 0, countersDeleted: 0 }

  for (;;) {
    const { results } = await env.DB.prepare(
      `SELECT id, photo_key FROM reports
       WHERE status = 'closed' AND closed_at < ?1 AND (retain_until IS NULL OR retain_until < ?2) LIMIT ?3`,
    )
      .bind(caseCutoff, started, BATCH)
      .all<{ id: string; photo_key: string | null }>()
    if (results.length === 0) break
    for (const row of results) {
      // Shred first: once the key is gone nothing of the case can be read, even if a
      // later step fails and leaves rows to the next run.
      if ((await purgeCase(env, row)).photoDeleted) run.photosDeleted++
      run.casesPurged++
    }
  }

  const offers = await env.DB.batch([
    env.DB.prepare(
      "DELETE FROM indicator_sources WHERE source_kind = 'offer' AND source_id IN (SELECT id FROM offer_reports WHERE created_at < ?1)",
    ).bind(offerCutoff),
    env.DB.prepare('DELETE FROM offer_reports WHERE created_at < ?1').bind(offerCutoff),
    env.DB.prepare('DELETE FROM access_log WHERE at < ?1').bind(logCutoff),
    env.DB.prepare('DELETE FROM idempotency_keys WHERE expires_at < ?1').bind(started),
    env.DB.prepare('DELETE FROM request_counters WHERE window < ?1').bind(new Date(now.getTime() - days(2)).toISOString().slice(0, 13)),
  ])
  run.offersPurged = offers[1].meta.changes ?? 0
  run.accessLogsDeleted = offers[2].meta.changes ?? 0
  run.idempotencyDeleted = offers[3].meta.changes ?? 0
  run.countersDeleted = offers[4].meta.changes ?? 0

  await env.DB.prepare(
    `INSERT INTO retention_runs (started_at, finished_at, cases_purged, photos_deleted, offers_purged, access_logs_deleted,
       idempotency_deleted, counters_deleted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)`,
  )
    .bind(started, new Date().toISOString(), run.casesPurged, run.photosDeleted, run.offersPurged, run.accessLogsDeleted, run.idempotencyDeleted, run.countersDeleted)
    .run()
  console.log(JSON.stringify({ level: 'info', event: 'retention.run', ...run }))
  return run
}
