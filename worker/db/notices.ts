import { pickTranslation, type Lang } from '../../core/langs'

export type Notice = {
  id: number
  text: { ko: string; km: string | null; en: string }
  startsAt: string
  expiresAt: string
}

type NoticeRow = { id: number; text_ko: string; text_km: string | null; text_en: string; starts_at: string; expires_at: string }

const toNotice = (row: NoticeRow): Notice => ({
  id: row.id,
  text: { ko: row.text_ko, km: row.text_km, en: row.text_en },
  startsAt: row.starts_at,
  expiresAt: row.expires_at,
})

/** The newest notice in force now, or null. */
export async function readCurrentNotice(db: D1Database, now = new Date()): Promise<Notice | null> {
  const at = now.toISOString()
  const row = await db
    .prepare(
      `SELECT id, text_ko, text_km, text_en, starts_at, expires_at FROM notices
       WHERE starts_at <= ?1 AND expires_at > ?1 ORDER BY starts_at DESC, id DESC LIMIT 1`,
    )
    .bind(at)
    .first<NoticeRow>()
  return row ? toNotice(row) : null
}

export async function insertNotice(
  db: D1Database,
  input: { text: { ko: string; km?: string | null; en: string }; startsAt: string; expiresAt: string; createdBy: string },
): Promise<Notice> {
  const row = await db
    .prepare(
      `INSERT INTO notices (text_ko, text_km, text_en, starts_at, expires_at, created_by, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
       RETURNING id, text_ko, text_km, text_en, starts_at, expires_at`,
    )
    .bind(input.text.ko, input.text.km ?? null, input.text.en, input.startsAt, input.expiresAt, input.createdBy, new Date().toISOString())
    .first<NoticeRow>()
  return toNotice(row!)
}

/** The notice's words for a page in `lang` (Khmer is optional: then English). */
export function noticeText(notice: Notice, lang: Lang): { lang: Lang; text: string } {
  const { value, lang: shown } = pickTranslation(notice.text, lang)
  return { lang: shown, text: value }
}

/** Ends every notice in force now; returns how many it ended. */
export async function expireNotices(db: D1Database, now = new Date()): Promise<number> {
  const at = now.toISOString()
  const result = await db.prepare('UPDATE notices SET expires_at = ?1 WHERE expires_at > ?1 AND starts_at <= ?1').bind(at).run()
  return result.meta.changes ?? 0
}
