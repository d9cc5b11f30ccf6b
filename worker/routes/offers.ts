import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import * as z from 'zod/mini'
import { checkOffer } from '../../core/offer-check'
import { IndicatorLookupInput, OfferCheckInput, OfferReportInput } from '../../core/offers'
import { toFieldErrors } from '../../core/report'
import { getCrypto } from '../crypto'
import { indicatorStatements, lookupIndicators } from '../db/indicators'
import type { AppEnv } from '../env'
import { problem } from '../problem'
import { allowedByLimiter, clientIp } from '../request'
import { verifyTurnstile } from '../turnstile'

const limit = bodyLimit({ maxSize: 96 * 1024, onError: (c) => problem(c as Context<AppEnv>, 'payload-too-large', 413) })

async function readJson<T extends z.ZodMiniType>(c: Context<AppEnv>, schema: T) {
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
    return { ok: false as const, response: problem(c, 'unsupported-media-type', 415) }
  }
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    return { ok: false as const, response: problem(c, 'bad-request', 400) }
  }
  const result = schema.safeParse(body)
  if (!result.success) return { ok: false as const, response: problem(c, 'validation', 400, { errors: toFieldErrors(result.error.issues) }) }
  return { ok: true as const, data: result.data as z.infer<T> }
}

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
  const turnstile = await verifyTurnstile({
    secret: c.env.TURNSTILE_SECRET,
    token: input.data.turnstileToken,
    action: 'offer-report',
    hostname: new URL(c.req.url).hostname,
    remoteIp: c.req.header('cf-connecting-ip'),
    idempotencyKey: crypto.randomUUID(),
  })
  if (!turnstile.ok) {
    const unavailable = turnstile.reason === 'unavailable'
    return problem(c, unavailable ? 'unavailable' : 'turnstile', unavailable ? 503 : 403, {
      errors: [{ field: 'turnstileToken', code: unavailable ? 'report.turnstile.error.unavailable' : 'report.turnstile.error.failed' }],
    })
  }
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
