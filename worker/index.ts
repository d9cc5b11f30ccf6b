import { Hono } from 'hono'
import { isLang, negotiateLang } from '../core/i18n'
import type { AppEnv } from './env'
import { currentNotice, injectBanner } from './banner'
import { securityHeaders } from './middleware/headers'
import { requireStrongSecrets } from './secrets'
import { runRetention } from './retention'
import { OVERDUE_CRON, afterResponse, sweepOverdue } from './push'
import { onApiNotFound, onError, problem } from './problem'
import cases from './routes/cases'
import casePage from './routes/case-page'
import health from './routes/health'
import notice from './routes/notice'
import push from './routes/push'
import { indicatorLookup, offerChecks, offerReports } from './routes/offers'
import reports from './routes/reports'
import trips from './routes/trips'
import { sweepTrips } from './trips'
import staff from './routes/staff'
import staffSignIn from './routes/staff-sign-in'
import { kakao } from './routes/kakao'
import { telegram } from './routes/telegram'

const api = new Hono<AppEnv>().route('/health', health).route('/reports', reports).route('/cases', cases).route('/notice', notice)
  .route('/offer-checks', offerChecks)
  .route('/offer-reports', offerReports)
  .route('/indicators', indicatorLookup)
  .route('/staff', staff)
  .route('/push', push)
  .route('/trips', trips)

const app = new Hono<AppEnv>()

app.use('*', async (c, next) => {
  // API messages follow ?lang= when the client names one, else Accept-Language.
  const asked = c.req.query('lang')
  c.set('lang', isLang(asked) ? asked : negotiateLang(c.req.header('accept-language')))
  await next()
})
app.use('*', securityHeaders)
// Weak key secrets: refuse the API and form posts, and log which (issue 13).
app.use('*', requireStrongSecrets)

// The chat bots answer an oversized body with an empty 200 (Telegram retries any error),
// so they sit before the general body cap; each reads at most 64 KB itself.
app.route('/api/v1/telegram', telegram)
app.route('/api/v1/kakao', kakao)

// No route takes more than a report with its photo: refuse larger bodies before any
// route reads them (each route also caps what it reads).
const MAX_ANY_BODY = 3 * 1024 * 1024
app.use('*', async (c, next) => {
  const length = Number(c.req.header('content-length') ?? 0)
  if (length > MAX_ANY_BODY) return problem(c, 'payload-too-large', 413)
  await next()
})

app.route('/api/v1', api)
app.all('/api/*', onApiNotFound)

app.route('/staff', staffSignIn)
// The case page's form posts here when the island has not loaded (no JavaScript).
app.route('/', casePage)

// "/" picks the reader's language; Korean when nothing matches (core/langs.ts DEFAULT_LANG).
app.get('/', (c) => {
  c.header('Vary', 'Accept-Language')
  c.header('Cache-Control', 'private, no-cache')
  return c.redirect(`/${negotiateLang(c.req.header('accept-language'))}/`, 302)
})

// Everything else is the static site. Re-wrap the response so headers can be added.
app.all('*', async (c) => {
  const asset = await c.env.ASSETS.fetch(c.req.raw)
  const path = new URL(c.req.url).pathname
  // A page asked for without its language (/help/, /staff/) goes to the reader's.
  const first = path.split('/')[1]!
  if (asset.status === 404 && c.req.method === 'GET' && !isLang(first) && first !== 'api' && first !== '_astro') {
    const lang = negotiateLang(c.req.header('accept-language'))
    const localized = path.startsWith('/staff') ? `/staff/${lang}${path.slice('/staff'.length) || '/'}` : `/${lang}${path}`
    const target = await c.env.ASSETS.fetch(new Request(new URL(localized, c.req.url), { method: 'HEAD' }))
    if (target.ok) {
      c.header('Vary', 'Accept-Language')
      c.header('Cache-Control', 'private, no-cache')
      return c.redirect(localized.replace(/\/?$/, '/'), 302)
    }
  }
  const res = new Response(asset.body, asset)
  if (path.startsWith('/staff/')) {
    // The console is behind Access and must never sit in a shared cache.
    res.headers.set('Cache-Control', 'no-store')
    return res
  }
  if (path === '/sw.js' && res.ok) {
    // Browsers check for a new service worker on every visit; never serve a stale one.
    res.headers.set('Cache-Control', 'no-cache')
    return res
  }
  if (res.ok && path.endsWith('.xml')) {
    // Feeds: the media types aggregators look for (RFC 4287; OASIS CAP feeds practice).
    const cap = path.startsWith('/advisories/cap/')
    res.headers.set('Content-Type', cap ? 'application/cap+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8')
    res.headers.set('Cache-Control', 'public, max-age=300')
    return res
  }
  if (path.startsWith('/_astro/') && res.ok) {
    // Astro fingerprints these file names, so they never change.
    res.headers.set('Cache-Control', 'public, max-age=31536000, immutable')
  } else if ((res.headers.get('content-type') ?? '').startsWith('text/html')) {
    res.headers.set('Cache-Control', 'public, max-age=0, must-revalidate')
    const notice = await currentNotice(c.env)
    if (notice) {
      // The page now varies with the banner: no validators from the static file.
      res.headers.delete('ETag')
      return injectBanner(res, notice, path)
    }
  }
  return res
})

app.onError(onError)

export default {
  fetch: app.fetch,
  /** Cron Trigger (wrangler.toml [triggers]): the daily retention run. */
  async scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext) {
    // Every minute: cases that turned overdue reach the officers on call (worker/push.ts).
    if (controller.cron === OVERDUE_CRON) {
      ctx.waitUntil(sweepOverdue(env).then(() => undefined))
      // Missed check-ins, as of the event's own time (worker/trips.ts).
      ctx.waitUntil(sweepTrips(env, new Date(controller.scheduledTime)).then(() => undefined))
    }
    else ctx.waitUntil(runRetention(env))
  },
  request: app.request,
} satisfies ExportedHandler<Env> & { request: typeof app.request }
