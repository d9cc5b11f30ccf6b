import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { LANGS, createT, type Lang } from '../../core/i18n'
import { axeViolations, openPage as pageIn, useBrowser } from './browser'

const baseUrl = inject('baseUrl')
const PAGES = ['', 'report', 'report/urgent', 'case', 'check', 'check/report', 'advisories', 'advisories/kh-level-4-bokor-bavet-poipet', 'advisories/guide-being-held', 'help', 'privacy', 'before-you-go', 'before-you-go/check-in', 'before-you-go/trusted']
const pathOf = (lang: Lang, page: string) => (page ? `/${lang}/${page}/` : `/${lang}/`)

const browser = useBrowser()

/** A fresh page in its own context that records console errors (CSP violations among them). */
const openPage = async (width = 1280) => pageIn(await browser.newContext({ viewport: { width, height: 800 } }))


describe('every page in every language', () => {
  for (const lang of LANGS) {
    for (const pagePath of PAGES) {
      it(`serves ${pathOf(lang, pagePath)} in ${lang} with no accessibility violations and no CSP errors`, async () => {
        const { page, errors } = await openPage()
        const res = await page.goto(baseUrl + pathOf(lang, pagePath))
        expect(res?.status()).toBe(200)
        expect(await page.getAttribute('html', 'lang')).toBe(lang)
        expect(await page.locator('h1').count()).toBe(1)
        expect(await axeViolations(page)).toEqual([])
        expect(errors).toEqual([])
        await page.context().close()
      })
    }
  }
})

describe('language switcher', () => {
  it('keeps the page when the reader changes language', async () => {
    const { page } = await openPage()
    await page.goto(`${baseUrl}/ko/help/`)
    await page.getByRole('link', { name: 'ខ្មែរ' }).click()
    await page.waitForURL(`${baseUrl}/km/help/`)
    expect(await page.getAttribute('html', 'lang')).toBe('km')
    await page.getByRole('link', { name: 'English' }).click()
    await page.waitForURL(`${baseUrl}/en/help/`)
    expect(await page.locator('h1').textContent()).toBe('Get help now')
    await page.context().close()
  })

  it('sends a visitor from / to their language', async () => {
    const context = await browser.newContext({ locale: 'km-KH' })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/`)
    expect(new URL(page.url()).pathname).toBe('/km/')
    await context.close()
  })
})

describe('the four doors on a 360 px phone', () => {
  it('shows every door and the help door without scrolling sideways', async () => {
    const { page } = await openPage(360)
    await page.goto(`${baseUrl}/km/`)
    const nav = page.getByRole('navigation', { name: await page.locator('nav.doors').getAttribute('aria-label') ?? '' })
    expect(await nav.getByRole('link').count()).toBe(4)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBe(0)
    mkdirSync('test-results', { recursive: true })
    await page.screenshot({ path: 'test-results/home-km-360.png', fullPage: true })
    await page.context().close()
  })
})

describe('"Before you go" where a job seeker looks for it', () => {
  for (const lang of LANGS) {
    const t = createT(lang)
    it(`links it beside the offer check door and in every page's footer, not among the header's doors (${lang})`, async () => {
      const { page } = await openPage(360)
      await page.goto(`${baseUrl}/${lang}/`)
      const checkDoor = page.locator('.cards .card').filter({ has: page.getByRole('link', { name: t('home.doors.check.title') }) })
      await checkDoor.getByRole('link', { name: t('home.doors.check.trip') }).click()
      await page.waitForURL(`${baseUrl}/${lang}/before-you-go/`)
      expect(await page.locator('h1').textContent()).toBe(t('trip.title'))
      await page.goto(`${baseUrl}/${lang}/check/`)
      expect(await page.getByRole('navigation', { name: t('nav.label') }).getByRole('link', { name: t('nav.beforeYouGo') }).count()).toBe(0)
      await page.getByRole('contentinfo').getByRole('link', { name: t('nav.beforeYouGo'), exact: true }).click()
      await page.waitForURL(`${baseUrl}/${lang}/before-you-go/`)
      await page.context().close()
    })
  }
})

describe('scripts render with real glyphs', () => {
  // Chromium reports which platform font drew each text run. A script with no font
  // is drawn by the page's first font (Liberation/DejaVu) as empty boxes, so the font
  // must be one that has the script's glyphs.
  const cases: Array<{ lang: Lang; selector: string; font: RegExp; custom: boolean }> = [
    { lang: 'km', selector: 'h1', font: /^Noto Sans Khmer$/, custom: true },
    { lang: 'ko', selector: 'h1', font: /Nanum|Noto Sans (CJK|KR)|Malgun|Apple SD Gothic|UnDotum|Baekmuk/i, custom: false },
  ]
  for (const { lang, selector, font, custom } of cases) {
    it(`draws the ${lang} heading with a font that has its glyphs`, async () => {
      const { page } = await openPage()
      await page.goto(`${baseUrl}/${lang}/`)
      await page.evaluate(() => document.fonts.ready)
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('DOM.enable')
      await cdp.send('CSS.enable')
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      // The heading is all one script (plus spaces): the script's font draws most glyphs.
      const main = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0]
      expect({ family: main.familyName, custom: main.isCustomFont }).toEqual({
        family: expect.stringMatching(font),
        custom,
      })
      mkdirSync('test-results', { recursive: true })
      await page.locator(selector).screenshot({ path: `test-results/glyphs-${lang}.png` })
      await page.context().close()
    })
  }
})

describe('the Khmer web font', () => {
  const woff2 = (page: Page) =>
    page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.woff2')))

  it('is fetched only where Khmer is written, not for the switcher’s one Khmer word', async () => {
    // The help page's lines for Cambodian police are written in Khmer on every language.
    for (const [path, expected] of [['/ko/', false], ['/en/privacy/', false], ['/km/', true], ['/ko/help/', true]] as const) {
      const { page } = await openPage()
      await page.goto(baseUrl + path)
      await page.evaluate(() => document.fonts.ready)
      const fonts = await woff2(page)
      expect({ path, khmer: fonts.some((f) => f.includes('noto-sans-khmer')) }).toEqual({ path, khmer: expected })
      await page.context().close()
    }
  })
})
