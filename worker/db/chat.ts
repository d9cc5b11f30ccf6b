import type { Lang } from '../../core/langs'

/** Messages one chat may send an hour before the bot stops answering until the next hour. */
export const CHAT_HOURLY_LIMIT = 30
/** A chat's counter and language are forgotten after this many idle days. */
const CHAT_IDLE_DAYS = 30

export type ChatGate = { allowed: boolean; lang: Lang | null }

const hourStart = (now: Date) => `${now.toISOString().slice(0, 13)}:00:00Z`

/**
 * Counts one message from a chat in the current hour and says whether to answer it,
 * with the language the chat chose (/lang). Idle counters are dropped on the way.
 */
export async function countChatMessage(db: D1Database, key: string, now = new Date()): Promise<ChatGate> {
  const window = hourStart(now)
  const at = now.toISOString()
  const idle = new Date(now.getTime() - CHAT_IDLE_DAYS * 86_400_000).toISOString()
  const [, row] = await db.batch([
    db.prepare('DELETE FROM chat_limits WHERE updated_at < ?1').bind(idle),
    db
      .prepare(
        `INSERT INTO chat_limits (key, window_start, count, updated_at) VALUES (?1, ?2, 1, ?3)
         ON CONFLICT (key) DO UPDATE SET
           count = CASE WHEN window_start = excluded.window_start THEN count + 1 ELSE 1 END,
           window_start = excluded.window_start,
           updated_at = excluded.updated_at
         RETURNING count, lang`,
      )
      .bind(key, window, at),
  ])
  const result = (row!.results as Array<{ count: number; lang: Lang | null }>)[0]!
  return { allowed: result.count <= CHAT_HOURLY_LIMIT, lang: result.lang }
}

/** Remembers the language a chat chose with /lang (under its hashed key only). */
export async function setChatLang(db: D1Database, key: string, lang: Lang): Promise<void> {
  await db.prepare('UPDATE chat_limits SET lang = ?2 WHERE key = ?1').bind(key, lang).run()
}

/** Records a Telegram update id; false when it was seen before (a replay). Ids older than a day are dropped. */
export async function firstSighting(db: D1Database, platform: 'telegram', updateId: number, now = new Date()): Promise<boolean> {
  const dayAgo = new Date(now.getTime() - 86_400_000).toISOString()
  const [, inserted] = await db.batch([
    db.prepare('DELETE FROM chat_updates WHERE seen_at < ?1').bind(dayAgo),
    db.prepare('INSERT OR IGNORE INTO chat_updates (platform, update_id, seen_at) VALUES (?1, ?2, ?3)').bind(platform, updateId, now.toISOString()),
  ])
  return (inserted!.meta.changes ?? 0) > 0
}
