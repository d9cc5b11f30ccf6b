import { Hono } from 'hono'
import { checkOffer } from '../../core/offer-check'
import { IndicatorLookupInput, OfferCheckInput, OfferReportInput } from '../../core/offers'
import { indicatorStatements, lookupIndicators } from '../db/indicators'
import { insertOfferReport } from '../db/offers'
import type { AppEnv } from '../env'
import { limitBody } from '../middleware/body-limit'
import { rateLimit } from '../middleware/rate-limit'
import { validate } from '../middleware/validate'
import { turnstileProblem } from '../request'
import { getVault } from '../vault'

const limit = limitBody(96 * 1024)

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
  const vault = await getVault(c.env)
  const id = crypto.randomUUID()
  const { key, wrapped } = await vault.newDataKey()
  await insertOfferReport(
    c.env.DB,
    {
      id,
      lang: input.lang,
      wrappedKey: wrapped,
      sealedText: await vault.seal(key, `${id}:offer`, input.text),
      sealedContact: input.contact ? await vault.seal(key, `${id}:contact`, input.contact) : null,
      risk: result.risk,
      score: result.score,
      signals: result.signals.map((s) => s.id),
      at: new Date().toISOString(),
    },
    await indicatorStatements(c.env.DB, vault, result.indicators, { kind: 'offer', id }),
  )
  return c.json({ received: true, risk: result.risk }, 201)
})

/** How many reports mention each identifier, among those staff have confirmed. Only identifiers are sent, never the text. */
export const indicatorLookup = new Hono<AppEnv>().post('/lookup', limit, validate('json', IndicatorLookupInput), rateLimit('LOOKUP_LIMITER', 'indicators'), async (c) =>
  c.json({ matches: await lookupIndicators(c.env.DB, await getVault(c.env), c.req.valid('json').indicators) }),
)
