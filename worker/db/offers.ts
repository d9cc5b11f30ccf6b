/** A reported offer as stored: text and contact sealed under its own key. */
export type OfferReportRecord = {
  id: string
  lang: string
  wrappedKey: string
  sealedText: string
  sealedContact: string | null
  risk: string
  score: number
  signals: string[]
  at: string
}

/** Writes a reported offer and its identifiers' rows in one batch. */
export async function insertOfferReport(db: D1Database, record: OfferReportRecord, indicators: D1PreparedStatement[]): Promise<void> {
  await db.batch([
    db
      .prepare(
        `INSERT INTO offer_reports (id, lang, wrapped_key, text, contact, risk, score, signals, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
      )
      .bind(record.id, record.lang, record.wrappedKey, record.sealedText, record.sealedContact, record.risk, record.score, JSON.stringify(record.signals), record.at),
    ...indicators,
  ])
}
