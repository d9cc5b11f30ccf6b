import type * as z from 'zod/mini'
import type { SavedFilterFields } from '../../core/staff'

export type SavedFilter = { id: string; name: string; filters: z.infer<typeof SavedFilterFields> }

/** One officer's saved queue filters, by name. */
export async function listSavedFilters(db: D1Database, email: string): Promise<SavedFilter[]> {
  const { results } = await db
    .prepare('SELECT id, name, query FROM saved_filters WHERE staff_email = ?1 ORDER BY name COLLATE NOCASE, id')
    .bind(email)
    .all<{ id: string; name: string; query: string }>()
  return results.map((r) => ({ id: r.id, name: r.name, filters: JSON.parse(r.query) }))
}

/**
 * Saves a filter under the officer's name for it; saving again under the same name
 * replaces it. Refuses (returns null) past `max` filters for one officer.
 */
export async function saveFilter(db: D1Database, email: string, name: string, filters: SavedFilter['filters'], max: number): Promise<SavedFilter | null> {
  const id = crypto.randomUUID()
  const row = await db
    .prepare(
      `INSERT INTO saved_filters (id, staff_email, name, query, created_at)
       SELECT ?1, ?2, ?3, ?4, ?5 WHERE (SELECT count(*) FROM saved_filters WHERE staff_email = ?2 AND name <> ?3) < ?6
       ON CONFLICT (staff_email, name) DO UPDATE SET query = excluded.query
       RETURNING id`,
    )
    .bind(id, email, name, JSON.stringify(filters), new Date().toISOString(), max)
    .first<{ id: string }>()
  return row ? { id: row.id, name, filters } : null
}

/** Deletes one of the officer's own filters; false if they have none by that id. */
export async function deleteSavedFilter(db: D1Database, email: string, id: string): Promise<boolean> {
  const result = await db.prepare('DELETE FROM saved_filters WHERE id = ?1 AND staff_email = ?2').bind(id, email).run()
  return result.meta.changes > 0
}
