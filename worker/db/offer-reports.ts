import type { Lang } from '../../core/langs'
import type { OfferCheckResult } from '../../core/offer-check'
import type { Crypto } from '../crypto'
import { indicatorStatements } from './indicators'

/**
 * Queues an offer someone chose to report, as `POST /api/v1/offer-reports` does: the
 * text (and contact) sealed under the row's own key, the engine's verdict in the clear,
 * the identifiers in it queued for staff to confirm. Returns the report's id.
 */
export async function insertOfferReport(
  db: D1Database,
  vault: Crypto,
  report: { text: string; lang: Lang; contact?: string; result: OfferCheckResult },
): Promise<string> {
  const id = crypto.randomUUID()
  const { key, wrapped } = await vault.newDataKey()
  await db.batch([
    db
      .prepare(
        `INSERT INTO offer_reports (id, lang, wrapped_key, text, contact, risk, score, signals, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
      )
      .bind(
        id,
        report.lang,
        wrapped,
        await vault.seal(key, `${id}:offer`, report.text),
        report.contact ? await vault.seal(key, `${id}:contact`, report.contact) : null,
        report.result.risk,
        report.result.score,
        JSON.stringify(report.result.signals.map((s) => s.id)),
        new Date().toISOString(),
      ),
    ...(await indicatorStatements(db, vault, report.result.indicators, { kind: 'offer', id })),
  ])
  return id
}
