/** The name of the last migration applied to D1 (throws when D1 does not answer). */
export async function latestMigration(db: D1Database): Promise<string | null> {
  const row = await db.prepare('SELECT name FROM d1_migrations ORDER BY id DESC LIMIT 1').first<{ name: string }>()
  return row?.name ?? null
}
