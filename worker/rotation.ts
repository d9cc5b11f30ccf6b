import type { Crypto } from './crypto'

/**
 * Key rotation: re-wraps every data key not yet under the current MASTER_KEY (the
 * previous one must be set as MASTER_KEY_PREVIOUS meanwhile). The data itself is not
 * re-encrypted: only its keys change wrapping, so a rotation touches one small row per
 * case. Runs in batches; returns what it did and what remains.
 */
const TABLES = [
  { table: 'case_keys', id: 'report_id' },
  { table: 'offer_reports', id: 'id' },
  { table: 'indicators', id: 'id' },
] as const

export async function rewrapKeys(db: D1Database, c: Crypto, batch = 200): Promise<{ rewrapped: number; remaining: number }> {
  let rewrapped = 0
  let remaining = 0
  for (const { table, id } of TABLES) {
    const { results } = await db.prepare(`SELECT ${id} AS id, wrapped_key FROM ${table}`).all<{ id: string | number; wrapped_key: string }>()
    const stale = results.filter((row) => !c.isCurrent(row.wrapped_key))
    const now = stale.slice(0, Math.max(0, batch - rewrapped))
    const updates = await Promise.all(
      now.map(async (row) =>
        db.prepare(`UPDATE ${table} SET wrapped_key = ?2 WHERE ${id} = ?1 AND wrapped_key = ?3`).bind(row.id, await c.rewrapDataKey(row.wrapped_key), row.wrapped_key),
      ),
    )
    if (updates.length) await db.batch(updates)
    rewrapped += now.length
    remaining += stale.length - now.length
  }
  return { rewrapped, remaining }
}
