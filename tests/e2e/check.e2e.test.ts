import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createT } from '../../core/i18n'
import { checkOffer } from '../../core/offer-check'
import { axeViolations as sharedAxe, launchBrowser } from './browser'

const baseUrl = inject('baseUrl')
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const corpus = readFileSync(new URL('../fixtures/offers/corpus.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { id: string; lang: string; label: string; text: string })

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function open(lang: 'ko' | 'km' | 'en', width = 390): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } })
  const page = await context.newPage()
  const requests: string[] = []
  page.on('request', (req) => req.method() === 'POST' && requests.push(`${req.url()} ${req.postData() ?? ''}`))
  await page.goto(`${baseUrl}/${lang}/check/`)
  await page.waitForSelector('#offer-check[data-live]')
  return { page, requests }
}

describe('checking an offer in the browser', () => {
  for (const [lang, id] of [
    ['km', 'km-001'],
    ['ko', corpus.find((c) => c.lang === 'ko' && c.label === 'scam' && c.text.includes('텔레'))!.id],
  ] as const) {
    it(`highlights the evidence in a ${lang} offer and never sends the text`, async () => {
      const t = createT(lang)
      const offer = corpus.find((c) => c.id === id)!
      const { page, requests } = await open(lang)
      await page.fill('#offer-text', offer.text)
      await page.waitForSelector('[data-testid=risk]')
      expect(await page.getAttribute('[data-testid=risk]', 'data-risk')).toBe('high')
      expect(await page.locator('[data-testid=risk]').textContent()).toBe(t('check.risk.high'))
      const marks = await page.locator('[data-testid=highlighted] mark').allTextContents()
      expect(marks.length).toBeGreaterThan(0)
      for (const mark of marks) expect(offer.text).toContain(mark)
      expect(await page.locator('[data-signal]').count()).toBeGreaterThan(0)
      // The text stays on the phone: only identifiers may go out, to count reports.
      await page.waitForTimeout(300)
      for (const request of requests) {
        expect(request).toContain('/api/v1/indicators/lookup')
        expect(request).not.toContain(offer.text.slice(0, 20))
      }
      await page.evaluate(axeSource)
      const violations = await page.evaluate(async () =>
        (await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } })).violations.map(
          (v: any) => v.id,
        ),
      )
      expect(violations).toEqual([])
      await page.screenshot({ path: `test-results/check-${lang}.png`, fullPage: true })
      await page.context().close()
    })
  }

  async function axeViolations(page: Page) {
    await page.evaluate(axeSource)
    return page.evaluate(async () =>
      (await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } })).violations.map((v: any) => v.id),
    )
  }

  // Issue 11: the sign is the company holding the passport, and that is what is highlighted.
  for (const [lang, offer, holding] of [
    ['en', 'Data entry job in Cambodia, USD 1,500 a month. Company will keep your passport for work permit processing. Contact HR on Telegram @kh_hr_desk', 'Company will keep your passport'],
    ['km', 'ការងារវាយអក្សរនៅកម្ពុជា ប្រាក់ខែ ១៥០០$។ លិខិតឆ្លងដែនរក្សាទុកដោយក្រុមហ៊ុន។ ទាក់ទងតេឡេក្រាម @kh_hr_desk', 'លិខិតឆ្លងដែនរក្សាទុកដោយក្រុមហ៊ុន'],
  ] as const) {
    it(`highlights the company holding the passport as a warning sign in ${lang}`, async () => {
      const t = createT(lang)
      const { page } = await open(lang)
      await page.fill('#offer-text', offer)
      await page.waitForSelector('[data-testid=risk]')
      expect(await page.getAttribute('[data-testid=risk]', 'data-risk')).toBe('high')
      const sign = page.locator('[data-signal="passport.requested"]')
      expect(await sign.locator('strong').textContent()).toBe(t('check.signal.passport.requested.title'))
      const marked = await page.locator('[data-testid=highlighted] mark[data-signals~="passport.requested"]').allTextContents()
      expect(marked.join('')).toBe(holding)
      expect(await page.locator('mark.mark--green').count()).toBe(0)
      // Contact kinds and sources are words of the reader's language, never codes or code hosts.
      expect(await page.locator('[data-indicator="telegram:kh_hr_desk"]').textContent()).toContain(`${t('labelled', { label: t('check.contacts.kind.telegram') })} kh_hr_desk`)
      expect(await page.locator('.source a').first().textContent()).toBe(t('check.publisher.mofa'))
      expect(await page.locator('.offer-check').textContent()).not.toContain('github')
      expect(await axeViolations(page)).toEqual([])
      await page.screenshot({ path: `test-results/check-passport-${lang}.png`, fullPage: true })
      await page.context().close()
    })
  }

  // The learned layer raises a level only with a message that says so (issue 11, point 6).
  // The offer is the shortest labelled scam it lifts with the shipped table, found afresh
  // so the test follows retraining; the page must show the lifted level and the message.
  const fixtures = new URL('../fixtures/offers/', import.meta.url)
  const labelled = readdirSync(fixtures)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(new URL(f, fixtures), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { lang: string; label: string; text: string }))
  // One step (a "medium" lifted to "high" or a "low" to "medium") and two (a "low" offer in
  // which the rules found nothing reassuring, to "high") say different things.
  for (const lang of ['en', 'km'] as const) {
    for (const steps of [1, 2] as const) {
      it(`says the wording raised the level ${steps === 1 ? 'one step' : 'two steps'} when the learned layer lifts an offer in ${lang}`, async () => {
        const t = createT(lang)
        const lifted = labelled
          .filter((c) => c.lang === lang && c.label === 'scam')
          .map((c) => ({ text: c.text, result: checkOffer(c.text, { lang }) }))
          .filter(({ result }) => result.learned.steps === steps && result.frame !== 'report')
          .sort((a, b) => a.text.length - b.text.length)[0]
        expect(lifted, `a ${lang} scam the learned layer lifts ${steps} step(s)`).toBeDefined()
        const { page } = await open(lang)
        await page.fill('#offer-text', lifted!.text)
        await page.waitForSelector('[data-testid=risk]')
        expect(await page.getAttribute('[data-testid=risk]', 'data-risk')).toBe(lifted!.result.risk)
        // Two steps: "high" in words that claim no sign the page cannot show.
        expect(await page.locator('[data-testid=risk]').textContent()).toBe(t(steps === 1 ? `check.risk.${lifted!.result.risk}` : 'check.risk.wording'))
        expect(await page.locator('[data-testid=learned]').textContent()).toBe(t(steps === 1 ? 'check.learned' : 'check.learned-two'))
        expect(await axeViolations(page)).toEqual([])
        await page.context().close()
      })
    }
  }

  it('shows no learned-layer message when the signs alone decide', async () => {
    const { page } = await open('en')
    await page.fill('#offer-text', 'Data entry job in Cambodia, USD 1,500 a month. Company will keep your passport for work permit processing. Contact HR on Telegram @kh_hr_desk')
    await page.waitForSelector('[data-testid=risk]')
    expect(await page.getAttribute('[data-testid=risk]', 'data-risk')).toBe('high')
    expect(await page.locator('[data-testid=learned]').count()).toBe(0)
    await page.context().close()
  })

  it('says a news paragraph quoting a scam ad is a warning, not an offer', async () => {
    const t = createT('en')
    const { page } = await open('en')
    await page.fill(
      '#offer-text',
      "Police in Busan said on Tuesday that victims were lured by posts reading 'Customer service in Sihanoukville, $3,000 a month, free flight, tourist visa is fine, contact @kh_jobs on Telegram'. Two recruiters were arrested, according to the agency.",
    )
    await page.waitForSelector('[data-testid=frame]')
    expect(await page.locator('[data-testid=frame] strong').textContent()).toBe(t('check.frame.report'))
    expect(await page.locator('[data-testid=risk]').count()).toBe(0)
    // The signs it quotes are listed under their own heading.
    expect(await page.getByRole('heading', { name: t('check.frame.signs.title') }).count()).toBe(1)
    expect(await page.locator('[data-signal="visa.tourist"]').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })

  it('gives Cambodia the levels of its published advisories, not "no level"', async () => {
    const t = createT('ko')
    const { page } = await open('ko')
    await page.fill('#offer-text', '캄보디아 CS 업무, 월 1,500만 원, 항공권 제공, 텔레 @kh_cs_team')
    await page.waitForSelector('[data-testid=risk]')
    const places = await page.locator('h3:has-text("' + t('check.places.title') + '") + ul').textContent()
    expect(places).not.toContain(t('check.places.noLevel'))
    expect(places).toContain(t('advisory.level.4'))
    expect(await page.locator('[data-indicator]').first().textContent()).not.toMatch(/^telegram:/)
    await page.context().close()
  })

  it('says so plainly when an honest offer shows few signs', async () => {
    const legit = corpus.find((c) => c.lang === 'ko' && c.label === 'legit')!
    const { page } = await open('ko')
    await page.fill('#offer-text', legit.text)
    await page.waitForSelector('[data-testid=risk]')
    expect(await page.getAttribute('[data-testid=risk]', 'data-risk')).not.toBe('high')
    await page.context().close()
  })

  it('hands the offer to its own report page in this tab, never in the URL, and keeps it through a reload', async () => {
    const t = createT('ko')
    const { page } = await open('ko', 360)
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    const scam = corpus.find((c) => c.lang === 'ko' && c.label === 'scam')!
    await page.fill('#offer-text', scam.text)
    await page.waitForSelector('[data-testid=risk]')
    // Clearing the text takes the result away and shows the prompt again.
    await page.getByRole('button', { name: t('check.clear') }).click()
    await page.waitForSelector('[data-testid=risk]', { state: 'detached' })
    expect(await page.locator('#result-title + p').textContent()).toBe(t('check.result.empty'))
    await page.fill('#offer-text', scam.text)
    await page.getByRole('link', { name: t('check.report.open') }).click()
    await page.waitForURL(`${baseUrl}/ko/check/report/`)
    await page.waitForFunction(() => (document.querySelector('#report-text') as HTMLTextAreaElement | null)?.value.length)
    expect(await page.inputValue('#report-text')).toBe(scam.text)
    expect(page.url()).toBe(`${baseUrl}/ko/check/report/`)
    // The text is the draft until it is sent: a reload keeps it.
    await page.reload()
    await page.waitForFunction(() => (document.querySelector('#report-text') as HTMLTextAreaElement | null)?.value.length)
    expect(await page.inputValue('#report-text')).toBe(scam.text)
    expect(await page.locator('h1').textContent()).toBe(t('check.report.title'))
    expect(errors).toEqual([])
    await page.context().close()
  })

  it('keeps what was typed before the script arrived, and checks it', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } })
    const page = await context.newPage()
    // Hold the island's module back, as a slow connection would.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/_astro/offer-check.*.js', async (route) => {
      await held
      await route.continue()
    })
    // Module scripts hold DOMContentLoaded back, so wait only for the form to be parsed.
    await page.goto(`${baseUrl}/ko/check/`, { waitUntil: 'commit' })
    await page.waitForSelector('#offer-text')
    const scam = corpus.find((c) => c.lang === 'ko' && c.label === 'scam' && c.text.includes('텔레'))!
    await page.fill('#offer-text', scam.text)
    expect(await page.locator('#offer-check[data-live]').count()).toBe(0)
    release()
    await page.waitForSelector('#offer-check[data-live]')
    expect(await page.inputValue('#offer-text')).toBe(scam.text)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('offer-text')
    await page.waitForSelector('[data-testid=risk]')
    expect(await page.getAttribute('[data-testid=risk]', 'data-risk')).toBe('high')
    await context.close()
  })

  it('reports an offer to staff only when asked, with consent, and keeps the answers on a refusal', async () => {
    const t = createT('km')
    const { page, requests } = await open('km', 360)
    const text = corpus.find((c) => c.id === 'km-001')!.text
    await page.fill('#offer-text', text)
    await page.getByRole('link', { name: t('check.report.open') }).click()
    await page.waitForURL(`${baseUrl}/km/check/report/`)
    await page.waitForFunction(() => (document.querySelector('#report-text') as HTMLTextAreaElement | null)?.value.length)
    await page.fill('#report-contact', '@someone_km')
    await page.getByRole('button', { name: t('check.report.send') }).click()
    expect(await page.locator('.error-summary').textContent()).toContain(t('check.report.consent.error.required'))
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true)
    expect(await page.inputValue('#report-text')).toBe(text)
    expect(await page.inputValue('#report-contact')).toBe('@someone_km')
    expect(requests.some((r) => r.includes('/api/v1/offer-reports'))).toBe(false)
    expect(await sharedAxe(page)).toEqual([])
    await page.check('#report-consent')
    await page.getByRole('button', { name: t('check.report.send') }).click()
    await page.waitForSelector(`text=${t('check.report.sent')}`)
    expect(requests.filter((r) => r.includes('/api/v1/offer-reports'))).toHaveLength(1)
    // Sent: the draft is gone from this tab.
    expect(await page.evaluate(() => sessionStorage.getItem('homeward.check.report'))).toBeNull()
    await page.context().close()
  })
})
