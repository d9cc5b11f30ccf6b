/** The tables that hold a wrapped data key, and each one's id column. */
export const WRAPPED_KEY_TABLES = [
  { table: 'case_keys', id: 'report_id' },
  { table: 'offer_reports', id: 'id' },
  { table: 'indicators', id: 'id' },
  { table: 'staff_push_devices', id: 'id' },
] as const

export type WrappedKeyTable = (typeof WRAPPED_KEY_TABLES)[number]
export type WrappedKeyRow = { id: string | number; wrapped_key: string }

export async function listWrappedKeys(db: D1Database, { table, id }: WrappedKeyTable): Promise<WrappedKeyRow[]> {
  const { results } = await db.prepare(`SELECT ${id} AS id, wrapped_key FROM ${table}`).all<WrappedKeyRow>()
  return results
}

/** Replaces wrapped keys, each only if it is still the one read (a concurrent run loses). */
export async function replaceWrappedKeys(db: D1Database, { table, id }: WrappedKeyTable, rows: Array<WrappedKeyRow & { rewrapped: string }>): Promise<void> {
  if (rows.length === 0) return
  const update = db.prepare(`UPDATE ${table} SET wrapped_key = ?2 WHERE ${id} = ?1 AND wrapped_key = ?3`)
  await db.batch(rows.map((row) => update.bind(row.id, row.rewrapped, row.wrapped_key)))
}
