import type { Indicator } from '../../core/offer-check'
import type { IndicatorRow } from '../../core/api'

/**
 * A bare @handle and a Telegram handle are the same contact for counting: families
 * often write "@name" without the app, and the recruiter's ad says "텔레 @name".
 */
export const storedType = (type: string) => (type === 'telegram' ? 'handle' : type)

/** An identifier as stored: its type, its blind index, and its value sealed under its own key (worker/vault/indicators.ts). */
export type SealedIndicator = { type: string; hash: string; wrappedKey: string; value: string }

/**
 * Statements recording that a report mentions these identifiers: each is upserted as
 * pending (unless staff already decided) by its HMAC, its value sealed for review, and
 * linked to its source.
 */
export function indicatorStatements(
  db: D1Database,
  indicators: readonly SealedIndicator[],
  source: { kind: 'report' | 'offer'; id: string },
): D1PreparedStatement[] {
  const at = new Date().toISOString()
  return indicators.flatMap(({ type, hash, wrappedKey, value }) => [
    db
      .prepare(
        `INSERT INTO indicators (type, value_hash, wrapped_key, value, first_seen, last_seen) VALUES (?1, ?2, ?3, ?4, ?5, ?5)
         ON CONFLICT (type, value_hash) DO UPDATE SET last_seen = excluded.last_seen`,
      )
      .bind(type, hash, wrappedKey, value, at),
    db
      .prepare(
        `INSERT OR IGNORE INTO indicator_sources (indicator_id, source_kind, source_id, created_at)
         SELECT id, ?3, ?4, ?5 FROM indicators WHERE type = ?1 AND value_hash = ?2`,
      )
      .bind(type, hash, source.kind, source.id, at),
  ])
}

export type IndicatorMatch = { type: string; value: string; reports: number }

/**
 * Confirmed identifiers among those asked about, with how many reports mention each;
 * `hashes` are their blind indexes in the same order (worker/vault/indicators.ts).
 */
export async function lookupIndicators(db: D1Database, asked: readonly Indicator[], hashes: readonly string[]): Promise<IndicatorMatch[]> {
  if (asked.length === 0) return []
  const pairs = asked.map((_, i) => `(type = ?${2 * i + 1} AND value_hash = ?${2 * i + 2})`).join(' OR ')
  const { results } = await db
    .prepare(
      `SELECT i.type, i.value_hash, (SELECT count(*) FROM indicator_sources s WHERE s.indicator_id = i.id) AS reports
       FROM indicators i WHERE i.status = 'confirmed' AND (${pairs})`,
    )
    .bind(...asked.flatMap((a, i) => [storedType(a.type), hashes[i]]))
    .all<{ type: string; value_hash: string; reports: number }>()
  // Answer in the caller's terms: the type and value they asked about.
  return results
    .map((row) => {
      const i = hashes.findIndex((h, j) => h === row.value_hash && storedType(asked[j].type) === row.type)
      return { type: asked[i].type, value: asked[i].value, reports: row.reports }
    })
    .sort((a, b) => a.type.localeCompare(b.type) || a.value.localeCompare(b.value))
}


/** An identifier for staff review, its value sealed as stored. */
export type SealedIndicatorRow = IndicatorRow & { value_hash: string; wrapped_key: string }

/** Identifiers for staff review, values sealed (worker/vault/indicators.ts opens them). */
export async function listIndicators(db: D1Database, status: 'pending' | 'confirmed' | 'rejected', limit = 100): Promise<SealedIndicatorRow[]> {
  const { results } = await db
    .prepare(
      `SELECT i.id, i.type, i.value_hash, i.wrapped_key, i.value, i.status, i.first_seen AS firstSeen, i.last_seen AS lastSeen,
         (SELECT count(*) FROM indicator_sources s WHERE s.indicator_id = i.id) AS reports
       FROM indicators i WHERE i.status = ?1 ORDER BY reports DESC, i.last_seen DESC LIMIT ?2`,
    )
    .bind(status, limit)
    .all<SealedIndicatorRow>()
  return results
}

/** Records a reviewer's decision on one identifier; false when there is no such id. */
export async function reviewIndicator(db: D1Database, id: number, status: 'confirmed' | 'rejected' | 'pending', reviewer: string): Promise<boolean> {
  const result = await db
    .prepare('UPDATE indicators SET status = ?2, reviewed_by = ?3, reviewed_at = ?4 WHERE id = ?1')
    .bind(id, status, reviewer, new Date().toISOString())
    .run()
  return Boolean(result.meta.changes)
}
