import { Hono } from 'hono'
import type { Lang } from '../../core/langs'
import { checkOffer, type OfferCheckResult } from '../../core/offer-check'
import { IndicatorLookupInput, OfferCheckInput, OfferReportInput } from '../../core/offers'
import { indicatorStatements } from '../db/indicators'
import { insertOfferReport } from '../db/offers'
import type { AppEnv } from '../env'
import { limitBody } from '../middleware/body-limit'
import { rateLimit } from '../middleware/rate-limit'
import { validate } from '../middleware/validate'
import { turnstileProblem } from '../request'
import { getVault, type Vault } from '../vault'
import { lookupConfirmed, sealIndicators } from '../vault/indicators'

const limit = limitBody(96 * 1024)

/**
 * Queues an offer someone chose to report (on the site or from a chat bot): text and
 * contact sealed under the row's own key, the engine's verdict in the clear, the
 * identifiers in it queued for staff to confirm, all in one batch.
 */
export async function fileOfferReport(
  db: D1Database,
  vault: Vault,
  report: { text: string; lang: Lang; contact?: string; result: OfferCheckResult },
): Promise<void> {
  const id = crypto.randomUUID()
  const { key, wrapped } = await vault.newDataKey()
  await insertOfferReport(
    db,
    {
      id,
      lang: report.lang,
      wrappedKey: wrapped,
      sealedText: await vault.seal(key, `${id}:offer`, report.text),
      sealedContact: report.contact ? await vault.seal(key, `${id}:contact`, report.contact) : null,
      risk: report.result.risk,
      score: report.result.score,
      signals: report.result.signals.map((s) => s.id),
      at: new Date().toISOString(),
    },
    indicatorStatements(db, await sealIndicators(vault, report.result.indicators), { kind: 'offer', id }),
  )
}

/** The offer check for partners who integrate it; the site runs the same engine in the browser. */
export const offerChecks = new Hono<AppEnv>().post('/', limit, validate('json', OfferCheckInput), rateLimit('LOOKUP_LIMITER', 'offer-checks'), (c) => {
  const input = c.req.valid('json')
  return c.json(checkOffer(input.text, { lang: input.lang }))
})

/** "Report this offer": sealed for staff review, identifiers queued for confirmation. */
export const offerReports = new Hono<AppEnv>().post('/', limit, validate('json', OfferReportInput), rateLimit('WRITE_LIMITER', 'offer-reports'), async (c) => {
  const input = c.req.valid('json')
  const refused = await turnstileProblem(c, input.turnstileToken, 'offer-report')
  if (refused) return refused
  const result = checkOffer(input.text, { lang: input.lang })
  await fileOfferReport(c.env.DB, await getVault(c.env), { text: input.text, lang: input.lang, contact: input.contact, result })
  return c.json({ received: true, risk: result.risk }, 201)
})

/** How many reports mention each identifier, among those staff have confirmed. Only identifiers are sent, never the text. */
export const indicatorLookup = new Hono<AppEnv>().post('/lookup', limit, validate('json', IndicatorLookupInput), rateLimit('LOOKUP_LIMITER', 'indicators'), async (c) =>
  c.json({ matches: await lookupConfirmed(c.env.DB, await getVault(c.env), c.req.valid('json').indicators) }),
)
