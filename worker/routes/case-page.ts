import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { CaseView } from '../../core/api'
import { CaseCredentials } from '../../core/case'
import { readerDates } from '../../core/dates'
import { createT, isLang, type Lang, type MessageKey } from '../../core/i18n'
import { toFieldErrors, type FieldError } from '../../core/report'
import { currentNotice, injectBanner } from '../banner'
import { readCase } from '../db/reports'
import type { AppEnv } from '../env'
import { openCase } from '../vault/cases'
import { authenticate } from './cases'

/**
 * The case page without JavaScript (issue 13, finding 1). Its form posts the reference
 * and receipt code to the page's own address, so a code never lands in a URL, a
 * history entry or a request log; the Worker answers by rendering the case, in plain
 * HTML, into the built page (or the page again with the island's words for "not
 * found" and "too many attempts"). When the island has loaded it takes the submit
 * over and uses the JSON API instead. The same look-up, throttle and words as the API.
 */

const MAX_BODY_BYTES = 32 * 1024

type CaseData = CaseView
type T = ReturnType<typeof createT>

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)

/** The case as the island shows it (CaseView.tsx), without the reply form. */
function renderCase(lang: Lang, t: T, view: CaseData): string {
  // The island's words for dates (core/dates.ts): the same zone, named, so both pages agree.
  const dates = readerDates(lang, t as (key: string, values?: Record<string, string | number>) => string)
  const when = (iso: string) => `<time datetime="${escapeHtml(iso)}">${escapeHtml(dates.when(iso))}</time>`
  const status = (value: string | null) => escapeHtml(t(`case.status.${value}` as MessageKey))
  const timeline = view.timeline
    .map(
      (event) =>
        `<li>${event.type === 'received' ? escapeHtml(t('case.event.received')) : escapeHtml(t('case.event.status', { status: t(`case.status.${event.status}` as MessageKey) }))} ${when(event.at)}</li>`,
    )
    .join('')
  const messages = view.messages.length
    ? view.messages
        .map(
          (m) =>
            `<article class="message message--${m.author === 'staff' ? 'staff' : 'family'}"><strong>${escapeHtml(
              t(m.author === 'staff' ? 'case.messages.fromStaff' : 'case.messages.fromFamily'),
            )}</strong> ${when(m.at)}<p>${escapeHtml(m.body)}</p></article>`,
        )
        .join('')
    : `<p>${escapeHtml(t('case.messages.none'))}</p>`
  const ack = view.status === 'new' && view.ackDeadline ? `<p>${escapeHtml(t('case.ackBy', { date: dates.when(view.ackDeadline) }))}</p>` : ''
  const retention = view.deleteOn ? t('case.deleteOn', { date: dates.day(view.deleteOn) }) : t('case.retention')
  return `<div class="case">
<h1 tabindex="-1">${escapeHtml(view.caseRef)}</h1>
<p>${escapeHtml(t('labelled', { label: t('case.status.label') }))} <span class="status" data-testid="case-status">${status(view.status)}</span></p>
${ack}<p class="hint">${escapeHtml(retention)}</p>
<h2>${escapeHtml(t('case.timeline.title'))}</h2>
<ol class="timeline">${timeline}</ol>
<h2>${escapeHtml(t('case.messages.title'))}</h2>
${messages}
<p class="notice">${escapeHtml(t('case.noJs.reply'))}</p>
<div class="form-actions"><a class="button button--secondary" href="/${lang}/case/">${escapeHtml(t('case.signOut'))}</a></div>
</div>`
}

/** The island's error summary, for the page rendered again after a failed look-up. */
function renderErrors(t: T, message: string | null, errors: FieldError[]): string {
  const items = [
    ...(message ? [`<li>${escapeHtml(message)}</li>`] : []),
    ...errors.map((e) => `<li><a href="#${escapeHtml(e.field)}">${escapeHtml(t(e.code as MessageKey))}</a></li>`),
  ]
  return `<div class="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-server-title">
<h2 id="error-summary-server-title" class="error-summary__title">${escapeHtml(t('errorSummary.title'))}</h2>
<ul class="error-summary__list">${items.join('')}</ul>
</div>`
}

/**
 * The built case page with the island replaced by the case, or with an error summary
 * before the island (which still hydrates and takes the next submit over).
 */
async function page(
  c: Context<AppEnv>,
  lang: Lang,
  status: 200 | 400 | 403 | 404 | 413 | 415 | 429,
  content: { case?: string; errors?: string },
  retryAfter?: string | null,
) {
  const path = `/${lang}/case/`
  const built = await c.env.ASSETS.fetch(new Request(new URL(path, c.req.url)))
  const t = createT(lang)
  let rewriter = new HTMLRewriter()
  if (content.case !== undefined) {
    const html = content.case
    rewriter = rewriter.on('astro-island[component-url*="CaseView"]', { element: (el) => void el.replace(html, { html: true }) })
  } else if (content.errors !== undefined) {
    const html = content.errors
    rewriter = rewriter
      .on('astro-island[component-url*="CaseView"]', { element: (el) => void el.before(html, { html: true }) })
      .on('title', { element: (el) => void el.prepend(`${t('error.prefix')} `) })
  }
  const headers = new Headers(built.headers)
  // A page with a case in it is for this reader only: never stored anywhere.
  headers.set('Cache-Control', 'no-store')
  headers.delete('ETag')
  headers.delete('Last-Modified')
  if (retryAfter) headers.set('Retry-After', retryAfter)
  let res = rewriter.transform(new Response(built.body, { status, headers }))
  const notice = await currentNotice(c.env)
  if (notice) res = injectBanner(res, notice, path)
  return res
}

/**
 * A cross-site page must not be able to post to the case page. Browsers send
 * Sec-Fetch-Site; where they do not, the Origin must be ours (with the site's
 * `Referrer-Policy: no-referrer`, a browser may send `Origin: null`: refused).
 */
function sameOrigin(c: Context<AppEnv>): boolean {
  const site = c.req.header('sec-fetch-site')
  if (site !== undefined) return site === 'same-origin'
  return c.req.header('origin') === new URL(c.req.url).origin
}

async function answer(c: Context<AppEnv>) {
  const lang = c.req.param('lang')
  if (!isLang(lang)) return c.notFound()
  const t = createT(lang)
  if (!sameOrigin(c)) return page(c, lang, 403, { errors: renderErrors(t, t('problem.forbidden.title'), []) })

  const type = (c.req.header('content-type') ?? '').toLowerCase()
  if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) {
    return page(c, lang, 415, { errors: renderErrors(t, t('problem.unsupportedMediaType.title'), []) })
  }
  let form: Record<string, unknown>
  try {
    form = await c.req.parseBody()
  } catch {
    return page(c, lang, 400, { errors: renderErrors(t, t('problem.badRequest.title'), []) })
  }
  const credentials = CaseCredentials.safeParse({
    caseRef: typeof form.caseRef === 'string' ? form.caseRef : '',
    receiptCode: typeof form.receiptCode === 'string' ? form.receiptCode : '',
  })
  if (!credentials.success) return page(c, lang, 400, { errors: renderErrors(t, null, toFieldErrors(credentials.error.issues)) })

  const auth = await authenticate(c, credentials.data.caseRef, credentials.data.receiptCode)
  if (!auth.ok) {
    const message = t(auth.status === 429 ? 'case.rateLimited' : 'case.notFound')
    return page(c, lang, auth.status, { errors: renderErrors(t, message, []) }, auth.response.headers.get('retry-after'))
  }
  const view = await openCase(auth.vault, auth.row, await readCase(c.env.DB, auth.row, Number(c.env.RETENTION_DAYS)))
  return page(c, lang, 200, { case: renderCase(lang, t, view) })
}

const limit = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => {
    const lang = c.req.param('lang')
    const safe: Lang = isLang(lang) ? lang : 'en'
    return page(c as Context<AppEnv>, safe, 413, { errors: renderErrors(createT(safe), createT(safe)('problem.payloadTooLarge.title'), []) })
  },
})

const casePage = new Hono<AppEnv>().post('/:lang{ko|km|en}/case/', limit, answer).post('/:lang{ko|km|en}/case', limit, answer)

export default casePage
