/**
 * Exact counters in D1 for caps that must hold across Cloudflare locations
 * (the rate-limiting binding is per location and approximate: Cloudflare's Rate Limiting docs).
 */

/** Adds one to a counter; a statement, so it can join the batch of what it counts. */
export function bumpStatement(db: D1Database, bucket: string, window: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO request_counters (bucket, window, count) VALUES (?1, ?2, 1)
       ON CONFLICT (bucket, window) DO UPDATE SET count = count + 1
       RETURNING count`,
    )
    .bind(bucket, window)
}

/** Adds one to a counter and returns the new count, in one statement. */
export async function bumpCounter(db: D1Database, bucket: string, window: string): Promise<number> {
  const row = await bumpStatement(db, bucket, window).first<{ count: number }>()
  return row?.count ?? 1
}

export async function readCounter(db: D1Database, bucket: string, window: string): Promise<number> {
  const row = await db
    .prepare('SELECT count FROM request_counters WHERE bucket = ?1 AND window = ?2')
    .bind(bucket, window)
    .first<{ count: number }>()
  return row?.count ?? 0
}

/** Window names: the UTC day, the UTC hour, or the UTC quarter hour. */
export const dayWindow = (now = new Date()) => now.toISOString().slice(0, 10)
export const hourWindow = (now = new Date()) => now.toISOString().slice(0, 13)
export const quarterHourWindow = (now = new Date()) =>
  `${now.toISOString().slice(0, 14)}${String(Math.floor(now.getUTCMinutes() / 15) * 15).padStart(2, '0')}`
