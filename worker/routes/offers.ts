import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { checkOffer } from '../../core/offer-check'
import { IndicatorLookupInput, OfferCheckInput, OfferReportInput } from '../../core/offers'
import { getCrypto } from '../crypto'
import { indicatorStatements, lookupIndicators } from '../db/indicators'
import type { AppEnv } from '../env'
import { problem } from '../problem'
import { allowedByLimiter, clientIp, readJson, turnstileProblem } from '../request'

const limit = bodyLimit({ maxSize: 96 * 1024, onError: (c) => problem(c as Context<AppEnv>, 'payload-too-large', 413) })


async function limited(c: Context<AppEnv>, limiter: RateLimit, route: string) {
  if (await allowedByLimiter(limiter, route, clientIp(c))) return null
  c.header('Retry-After', '60')
  return problem(c, 'rate-limited', 429)
}

/** The offer check for partners who integrate it; the site runs the same engine in the browser. */
export const offerChecks = new Hono<AppEnv>().post('/', limit, async (c) => {
  const input = await readJson(c, OfferCheckInput)
  if (!input.ok) return input.response
  return (await limited(c, c.env.LOOKUP_LIMITER, 'offer-checks')) ?? c.json(checkOffer(input.data.text, { lang: input.data.lang }))
})

/** "Report this offer": sealed for staff review, identifiers queued for confirmation. */
export const offerReports = new Hono<AppEnv>().post('/', limit, async (c) => {
  const input = await readJson(c, OfferReportInput)
  if (!input.ok) return input.response
  const blocked = await limited(c, c.env.WRITE_LIMITER, 'offer-reports')
  if (blocked) return blocked
  const refused = await turnstileProblem(c, input.data.turnstileToken, 'offer-report')
  if (refused) return refused
  const result = checkOffer(input.data.text, { lang: input.data.lang })
  const vault = await getCrypto(c.env)
  const id = crypto.randomUUID()
  const { key, wrapped } = await vault.newDataKey()
  const at = new Date().toISOString()
  await c.env.DB.batch([
    c.env.DB.prepare(
      `INSERT INTO offer_reports (id, lang, wrapped_key, text, contact, risk, score, signals, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)`,
    ).bind(
      id,
      input.data.lang,
      wrapped,
      await vault.seal(key, `${id}:offer`, input.data.text),
      input.data.contact ? await vault.seal(key, `${id}:contact`, input.data.contact) : null,
      result.risk,
      result.score,
      JSON.stringify(result.signals.map((s) => s.id)),
      at,
    ),
    ...(await indicatorStatements(c.env.DB, vault, result.indicators, { kind: 'offer', id })),
  ])
  return c.json({ received: true, risk: result.risk }, 201)
})

/** How many reports mention each identifier, among those staff have confirmed. Only identifiers are sent, never the text. */
export const indicatorLookup = new Hono<AppEnv>().post('/lookup', limit, async (c) => {
  const input = await readJson(c, IndicatorLookupInput)
  if (!input.ok) return input.response
  return (await limited(c, c.env.LOOKUP_LIMITER, 'indicators')) ?? c.json({ matches: await lookupIndicators(c.env.DB, await getCrypto(c.env), input.data.indicators) })
})
