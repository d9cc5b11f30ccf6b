import { deleteCaseKey, deleteCaseRows, listExpiredCases, recordRetentionRun, sweep, type RetentionRun } from './db/retention'

/**
 * The retention job (Cron Trigger, `scheduled()`), after GlobaLeaks' cleaner:
 * - a closed case RETENTION_DAYS (default 90) after closing, or after the date staff
 *   extended it to: its data key is deleted first (crypto-shredding: backups and D1
 *   Time Travel copies of its rows can no longer be read), then its rows and photo;
 * - reported offers after OFFER_RETENTION_DAYS (30);
 * - access-log rows after two years (the log keeps them at least that long);
 * - spent idempotency records and old rate counters;
 * - push-log rows after PUSH_LOG_DAYS (30).
 * Each run is recorded with its counts.
 */
export type RetentionConfig = Pick<Env, 'DB' | 'PHOTOS'> & { RETENTION_DAYS?: string; OFFER_RETENTION_DAYS?: string }
export type { RetentionRun } from './db/retention'
export { purgeDate } from '../core/intake'

const days = (n: number) => n * 86_400_000
/**
 * The push log (who was pushed about which case, and how it went) is read back for a
 * day at most: the overdue push's once-only check and the count of self-reports no one
 * on call heard of. A month answers "was I told?" and shows a delivery fault; and a row
 * is gone before the case or trip it names is (90 days after closing, 30 after the
 * trip ended), so the log never outlives what it is about.
 */
export const PUSH_LOG_DAYS = 30
const BATCH = 50

/** Deletes one case at once: key first (crypto-shredding), then photo and rows. */
export async function purgeCase(env: Pick<Env, 'DB' | 'PHOTOS'>, row: { id: string; photo_key: string | null }): Promise<{ photoDeleted: boolean }> {
  await deleteCaseKey(env.DB, row.id)
  if (row.photo_key) await env.PHOTOS.delete(row.photo_key)
  await deleteCaseRows(env.DB, row.id)
  return { photoDeleted: Boolean(row.photo_key) }
}

export async function runRetention(env: RetentionConfig, now = new Date()): Promise<RetentionRun> {
  const started = now.toISOString()
  const caseCutoff = new Date(now.getTime() - days(Number(env.RETENTION_DAYS ?? 90))).toISOString()
  let casesPurged = 0
  let photosDeleted = 0
  for (;;) {
    const expired = await listExpiredCases(env.DB, caseCutoff, started, BATCH)
    if (expired.length === 0) break
    for (const row of expired) {
      // Shred first: once the key is gone nothing of the case can be read, even if a
      // later step fails and leaves rows to the next run.
      if ((await purgeCase(env, row)).photoDeleted) photosDeleted++
      casesPurged++
    }
  }
  const swept = await sweep(env.DB, {
    offers: new Date(now.getTime() - days(Number(env.OFFER_RETENTION_DAYS ?? 30))).toISOString(),
    accessLog: new Date(now.getTime() - days(730)).toISOString(),
    idempotency: started,
    counters: new Date(now.getTime() - days(2)).toISOString().slice(0, 13),
    pushLog: new Date(now.getTime() - days(PUSH_LOG_DAYS)).toISOString(),
  })
  const run: RetentionRun = { casesPurged, photosDeleted, ...swept }
  await recordRetentionRun(env.DB, started, run)
  console.log(JSON.stringify({ level: 'info', event: 'retention.run', ...run }))
  return run
}
