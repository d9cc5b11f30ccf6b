import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { checkChar, formatCaseRef } from '../../core/case-ref'
import { createT, type Lang } from '../../core/i18n'
import { getVault } from '../../worker/vault'
import { authenticateCase, insertMessage } from '../../worker/db/reports'
import { sealMessage } from '../../worker/vault/cases'
import { parseCaseRef, parseReceiptCode } from '../../core/case-ref'
import { call, familyFixture, freshIp, postReport } from './helpers'

const WRONG_CODE = 'B'.repeat(26)

async function fileReport() {
  return (await postReport(familyFixture())).json<{ caseRef: string; receiptCode: string }>()
}

function someRef(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
  const body = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => alphabet[b % 32]).join('')
  return formatCaseRef(body + checkChar(body))
}

/** What a browser sends when the case page's form is submitted without JavaScript. */
function submit(lang: Lang, fields: Record<string, string>, opts: { ip?: string; headers?: Record<string, string> } = {}) {
  return call(`/${lang}/case/`, {
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    ip: opts.ip ?? freshIp(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
      origin: 'http://127.0.0.1',
      ...opts.headers,
    },
  })
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

describe('the case page without JavaScript', () => {
  it('is a form that posts: the codes never go into the URL', async () => {
    const res = await call('/en/case/', {})
    const html = await res.text()
    const form = html.match(/<form[^>]*>/)![0]
    expect(form).toMatch(/method="post"/)
    expect(form).not.toMatch(/action=/)
    expect(html).toMatch(/name="caseRef"/)
    expect(html).toMatch(/name="receiptCode"/)
  })

  it.each<Lang>(['en', 'ko', 'km'])('renders the case in plain HTML, in %s, with the words the island uses', async (lang) => {
    const t = createT(lang)
    const { caseRef, receiptCode } = await fileReport()
    const res = await submit(lang, { caseRef, receiptCode })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    const html = await res.text()
    expect(html).toContain(`<html lang="${lang}"`)
    const words = text(html)
    expect(words).toContain(caseRef)
    expect(html).toMatch(new RegExp(`data-testid="case-status">${t('case.status.new')}<`))
    expect(words).toContain(t('case.timeline.title'))
    expect(words).toContain(t('case.event.received'))
    expect(words).toContain(t('case.messages.none'))
    expect(words).toContain(t('case.noJs.reply'))
    // No island to hydrate over it, no script that reads the codes, and no code echoed back.
    expect(html).not.toContain('CaseView')
    expect(html).not.toContain(receiptCode)
    // Dates in words, not ISO dates on screen, in the reader's language with the zone named.
    expect(words).not.toMatch(/\d{4}-\d\d-\d\dT/)
    expect(words).toContain(`(${t(lang === 'ko' ? 'time.zone.seoul' : 'time.zone.phnomPenh')})`)
    if (lang === 'km') expect(words).toMatch(/\d{1,2} (មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ) \d{4} នៅ\u200bម៉ោង \d\d:\d\d/)
  })

  it('shows staff messages, escaped, in the order they were written', async () => {
    const { caseRef, receiptCode } = await fileReport()
    const vault = await getVault(env)
    const row = await authenticateCase(env.DB, parseCaseRef(caseRef)!, await vault.receiptHash(parseReceiptCode(receiptCode)!))
    await insertMessage(env.DB, row!.id, await sealMessage(vault, row!, 'staff', 'We found <b>him</b> & he is safe'))
    const html = await (await submit('en', { caseRef, receiptCode })).text()
    expect(html).toContain('We found &lt;b&gt;him&lt;/b&gt; &amp; he is safe')
    expect(text(html)).toContain(createT('en')('case.messages.fromStaff'))
  })

  it('answers a wrong code with the same not-found words as the island, and the form again', async () => {
    const t = createT('ko')
    const { caseRef } = await fileReport()
    const res = await submit('ko', { caseRef, receiptCode: WRONG_CODE })
    expect(res.status).toBe(404)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const html = await res.text()
    expect(text(html)).toContain(t('case.notFound'))
    expect(html).toMatch(new RegExp(`<title>${t('error.prefix')} `))
    expect(html).toMatch(/<form[^>]*method="post"/)
    // An unknown case looks exactly the same.
    const unknown = await submit('ko', { caseRef: someRef(), receiptCode: WRONG_CODE })
    expect(unknown.status).toBe(404)
    expect(text(await unknown.text())).toContain(t('case.notFound'))
  })

  it('names the fields in error when the codes are not in their form', async () => {
    const t = createT('en')
    const res = await submit('en', { caseRef: 'nope', receiptCode: '' })
    expect(res.status).toBe(400)
    const words = text(await res.text())
    expect(words).toContain(t('case.caseRef.error.invalid'))
    expect(words).toContain(t('case.receiptCode.error.required'))
  })

  it("lets the right code through after a stranger's 11 failures from the same address", async () => {
    const { caseRef, receiptCode } = await fileReport()
    const shared = freshIp()
    const toNextQuarter = 900_000 - (Date.now() % 900_000)
    if (toNextQuarter < 10_000) await new Promise((resolve) => setTimeout(resolve, toNextQuarter + 100))
    for (let i = 0; i < 10; i++) expect((await submit('en', { caseRef: someRef(), receiptCode: WRONG_CODE }, { ip: shared })).status).toBe(404)
    // The seconds left in the quarter, read before the request: read after it, a second that
    // ticks while the answer travels made the server's figure one more than the bound (CI, 2026-12-06).
    const left = 900 - (Math.floor(Date.now() / 1000) % 900)
    const throttled = await submit('en', { caseRef: someRef(), receiptCode: WRONG_CODE }, { ip: shared })
    expect(throttled.status).toBe(429)
    expect(Number(throttled.headers.get('retry-after'))).toBeLessThanOrEqual(left)
    expect(text(await throttled.text())).toContain(createT('en')('case.rateLimited'))
    expect((await submit('en', { caseRef, receiptCode }, { ip: shared })).status).toBe(200)
  })

  it.each<[string, Record<string, string>]>([
    ['another site (Sec-Fetch-Site: cross-site)', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
    ['a sibling site (Sec-Fetch-Site: same-site)', { 'sec-fetch-site': 'same-site', origin: 'http://evil.127.0.0.1' }],
    ['another origin, from a browser without Sec-Fetch-Site', { 'sec-fetch-site': '', origin: 'https://evil.example' }],
    ['an opaque origin, from a browser without Sec-Fetch-Site', { 'sec-fetch-site': '', origin: 'null' }],
  ])('refuses a post from %s, before looking anything up', async (_name, headers) => {
    const { caseRef, receiptCode } = await fileReport()
    const sent = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== ''))
    const res = await call('/en/case/', {
      method: 'POST',
      body: new URLSearchParams({ caseRef, receiptCode }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...sent },
    })
    expect(res.status).toBe(403)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const html = await res.text()
    expect(html).not.toContain('data-testid="case-status"')
    expect(text(html)).toContain(createT('en')('problem.forbidden.title'))
  })

  it('refuses a body that is not a form, and never answers 500', async () => {
    const json = await call('/en/case/', {
      method: 'POST',
      json: { caseRef: 'x', receiptCode: 'y' },
      headers: { 'sec-fetch-site': 'same-origin' },
    })
    expect(json.status).toBe(415)
    const huge = await submit('en', { caseRef: 'A'.repeat(40 * 1024), receiptCode: 'x' })
    expect(huge.status).toBe(413)
  })
})
