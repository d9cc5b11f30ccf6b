import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createT } from '../../core/i18n'
import { launchBrowser } from './browser'

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

async function open(lang: 'ko' | 'km', width = 390): Promise<{ page: Page; requests: string[] }> {
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

  it('says so plainly when an honest offer shows few signs', async () => {
    const legit = corpus.find((c) => c.lang === 'ko' && c.label === 'legit')!
    const { page } = await open('ko')
    await page.fill('#offer-text', legit.text)
    await page.waitForSelector('[data-testid=risk]')
    expect(await page.getAttribute('[data-testid=risk]', 'data-risk')).not.toBe('high')
    await page.context().close()
  })

  it('keeps the report form and its answers while the text changes, and clears cleanly', async () => {
    const t = createT('ko')
    const { page } = await open('ko', 360)
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(String(e)))
    const scam = corpus.find((c) => c.lang === 'ko' && c.label === 'scam')!
    await page.fill('#offer-text', scam.text)
    await page.getByRole('button', { name: t('check.report.open') }).click()
    await page.fill('#report-contact', '010-0000-0000')
    await page.check('#report-consent')
    // More typing re-runs the check; the form, its answers and the Turnstile box stay.
    await page.locator('#offer-text').pressSequentially(' 텔레 @recruiter_x 항공권 제공')
    await page.waitForSelector('[data-indicator="telegram:recruiter_x"]')
    expect(await page.inputValue('#report-contact')).toBe('010-0000-0000')
    expect(await page.isChecked('#report-consent')).toBe(true)
    expect(await page.locator('form.panel').count()).toBe(1)
    // Clearing the text takes the result away and shows the prompt again.
    await page.getByRole('button', { name: t('check.clear') }).click()
    await page.waitForSelector('[data-testid=risk]', { state: 'detached' })
    expect(await page.locator('#result-title + p').textContent()).toBe(t('check.result.empty'))
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

  it('reports an offer to staff only when asked, with consent', async () => {
    const t = createT('km')
    const { page, requests } = await open('km')
    await page.fill('#offer-text', corpus.find((c) => c.id === 'km-001')!.text)
    await page.getByRole('button', { name: t('check.report.open') }).click()
    await page.getByRole('button', { name: t('check.report.send') }).click()
    expect(await page.locator('.error-summary').textContent()).toContain(t('check.report.consent.error.required'))
    expect(requests.some((r) => r.includes('/api/v1/offer-reports'))).toBe(false)
    await page.check('#report-consent')
    await page.getByRole('button', { name: t('check.report.send') }).click()
    await page.waitForSelector(`text=${t('check.report.sent')}`)
    expect(requests.some((r) => r.includes('/api/v1/offer-reports'))).toBe(true)
    await page.context().close()
  })
})
