import type { Stats } from '../../core/api'

/** Figures for the statistics page: counts only, no personal data. */
export async function readStats(db: D1Database): Promise<Stats> {
  const [weeks, statuses, regions, kinds, acks] = await db.batch([
    // ISO-like week label from the Monday of the week the report arrived.
    db.prepare(
      `SELECT date(created_at, 'weekday 1', '-7 days') AS week, count(*) AS count FROM reports
       WHERE created_at >= date('now', '-84 days') GROUP BY week ORDER BY week`,
    ),
    db.prepare('SELECT status, count(*) AS count FROM reports GROUP BY status ORDER BY count DESC'),
    db.prepare(`SELECT coalesce(region, 'unknown') AS region, count(*) AS count FROM reports GROUP BY 1 ORDER BY count DESC LIMIT 15`),
    db.prepare('SELECT kind, count(*) AS count FROM reports GROUP BY kind'),
    db.prepare(
      `SELECT (julianday(acknowledged_at) - julianday(created_at)) * 24 AS hours FROM reports
       WHERE acknowledged_at IS NOT NULL ORDER BY acknowledged_at DESC LIMIT 2000`,
    ),
  ])
  const hours = (acks.results as Array<{ hours: number }>).map((r) => r.hours).sort((a, b) => a - b)
  const at = (q: number) => (hours.length ? Math.round(hours[Math.min(hours.length - 1, Math.floor(q * hours.length))] * 10) / 10 : null)
  return {
    perWeek: weeks.results as Stats['perWeek'],
    perStatus: statuses.results as Stats['perStatus'],
    perRegion: regions.results as Stats['perRegion'],
    perKind: kinds.results as Stats['perKind'],
    ackHours: { count: hours.length, median: at(0.5), p90: at(0.9) },
  }
}
