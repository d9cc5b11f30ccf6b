import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { monthNames } from '../../core/day-input'
import { createT, messages, type MessageKey } from '../../core/i18n'
import { FACTOR_POINTS, bandOf } from '../../core/priority'
import family from '../fixtures/report-family.json'
import { fillDate, openPage, readDate, submitReport, useBrowser } from './browser'

// Issue 19, the danger path at 360×740 in Khmer and Korean: what a person sees after
// asking for help, a family's answers checked as a person would, and pages that stay
// readable on a small phone.
const baseUrl = inject('baseUrl')
const browser = useBrowser()
const LANGS = ['km', 'ko'] as const
let lastIp = 0
/** Each test writes from its own client address, so the per-client write limit is its own. */
const freshIp = () => `203.0.113.${++lastIp + 100}`

async function phone(lang: 'km' | 'ko'): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: lang === 'km' ? 'km-KH' : 'ko-KR' })
  await context.setExtraHTTPHeaders({ 'cf-connecting-ip': freshIp() })
  return context
}

/** A plural string (`key_other`, and `key_one` in English) by its base key, which must exist. */
function plural(lang: 'km' | 'ko', base: string, count: number): string {
  expect(messages[lang][`${base}_other`]).toBeTruthy()
  return createT(lang)(base as MessageKey, { count })
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '')
const hydrated = (page: Page) => page.waitForSelector('astro-island:not([ssr])')

describe('after a self-report', () => {
  // The acknowledgement promise of a self-report: its priority band's hours.
  const hours = bandOf(FACTOR_POINTS.self).ackHours
  for (const lang of LANGS) {
    const t = createT(lang)
    const canTalk = lang === 'km' ? 'textOnly' : 'yes'
    it(`shows a reference, who will reach them, how, within ${hours} hours, and the numbers again, with focus on it (${lang})`, async () => {
      const context = await phone(lang)
      const { page, errors } = await openPage(context)
      await page.goto(`${baseUrl}/${lang}/report/urgent/`)
      expect(await page.title()).toBe(`${t('urgent.title')} – ${t('site.name')}`)
      expect(await page.locator('[data-quick-exit]').textContent()).toBe(t('quickExit.button'))
      await hydrated(page)
      await page.fill('#self-location', lang === 'km' ? 'អគារពណ៌ខៀវ ជិតផ្សារបាវិត' : '바벳 시장 근처 파란 건물')
      await page.check(canTalk === 'yes' ? '#self-canTalk' : `#self-canTalk-${canTalk}`)
      await page.fill('#self-contact', 'Telegram @safe_contact_19')
      await page.getByRole('button', { name: t('urgent.submit') }).click()

      const done = page.locator('.urgent-done')
      await done.waitFor()
      await expect.poll(() => focusedText(page)).toBe(t('urgent.done.title'))
      const reference = (await done.locator('.urgent-done__ref').textContent())!
      const caseRef = reference.match(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]/)?.[0]
      expect(reference).toBe(t('urgent.done.reference', { ref: caseRef }))
      expect(await done.locator('.urgent-done__steps li').allTextContents()).toEqual([
        plural(lang, 'urgent.done.who', hours),
        t(canTalk === 'yes' ? 'urgent.done.how.call' : 'urgent.done.how.write', { contact: 'Telegram @safe_contact_19' }),
        t('urgent.done.noOne'),
      ])
      expect(await done.locator('.actions a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
        'https://t.me/+855979117117',
        'tel:117',
        'tel:+82232100404',
      ])
      // Nothing that must be saved: no receipt code on this path.
      expect(await done.textContent()).not.toMatch(/([0-9A-Z]{4}-){6}[0-9A-Z]{2}/)
      expect(errors).toEqual([])
      await context.close()
    })
  }
})

/** Types a long text in one go, as a paste does. */
const paste = (page: Page, selector: string, text: string) => page.fill(selector, text)

describe("a family's answers checked as a person would", () => {
  for (const lang of LANGS) {
    const t = createT(lang)
    const cont = (page: Page) => page.getByRole('button', { name: t('report.continue') }).click()
    it(`refuses a phone that is not one, text past its limit and dates out of order, keeping every answer (${lang})`, async () => {
      const context = await phone(lang)
      const { page, errors } = await openPage(context)
      await page.goto(`${baseUrl}/${lang}/report/`)
      await hydrated(page)

      // Step 1: a name, a phone that is not a number, a description pasted 150 characters too long.
      await page.fill('#person-fullName', lang === 'km' ? 'សុខ ដារ៉ា' : '이민수')
      await page.fill('#person-phones', 'not a phone ☎')
      await paste(page, '#person-description', 'ក'.repeat(2150))
      expect(await page.locator('#person-description-count').textContent()).toBe(plural(lang, 'counter.over', 150))
      await cont(page)
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary')
      expect(await page.title()).toMatch(new RegExp(`^${t('error.prefix')}`))
      const summary = await page.locator('.error-summary').textContent()
      expect(summary).toContain(t('report.person.phones.error.invalid'))
      expect(summary).toContain(`${t('labelled', { label: t('report.person.description.label') })} ${t('error.tooLong')}`)
      expect(await page.locator('#person-phones-error').textContent()).toContain(t('report.person.phones.error.invalid'))
      // Nothing was cut or cleared.
      expect(await page.inputValue('#person-phones')).toBe('not a phone ☎')
      expect((await page.inputValue('#person-description')).length).toBe(2150)

      // Mended: a number of the reader's country, a description near its limit shows what is left.
      await page.fill('#person-phones', lang === 'km' ? '012 345 678' : '010-1234-5678')
      await paste(page, '#person-description', 'ក'.repeat(1700))
      expect(await page.locator('#person-description-count').textContent()).toBe(plural(lang, 'counter.left', 300))
      await cont(page)
      await page.waitForSelector('#journey-departureDate')

      // Step 2: the last contact before the departure, each date as day, month by name, year.
      await fillDate(page, 'journey.departureDate', lang, { day: '10', month: 1, year: '2025' })
      await page.check('#journey-destinationCountry')
      await fillDate(page, 'journey.lastContactDate', lang, { day: '1', month: 6, year: '2024' })
      await cont(page)
      await expect.poll(() => page.locator('#journey-lastContactDate-error').textContent()).toContain(t('report.journey.lastContactDate.error.beforeDeparture'))
      expect(await page.locator('.error-summary').textContent()).toContain(t('report.journey.lastContactDate.error.beforeDeparture'))
      expect(await readDate(page, 'journey.departureDate', lang)).toEqual({ day: '10', month: monthNames(lang)[0], year: '2025' })
      expect(await readDate(page, 'journey.lastContactDate', lang)).toEqual({ day: '1', month: monthNames(lang)[5], year: '2024' })
      expect(errors).toEqual([])
      await context.close()
    })
  }

  it('counts a pasted job offer and refuses one past 20,000 characters with a message, without cutting it (km)', async () => {
    const t = createT('km')
    const context = await phone('km')
    const { page } = await openPage(context)
    await page.goto(`${baseUrl}/km/check/`)
    await page.waitForFunction(() => document.querySelector('.offer-check textarea') !== null)
    await paste(page, '#offer-text', 'ការងារ '.repeat(2858)) // 20,006 characters
    const counter = page.locator('.offer-check .counter--over')
    await counter.waitFor()
    expect(await counter.textContent()).toBe(`${t('check.text.error.tooLong')} ${plural('km', 'counter.over', 6)}`)
    expect((await page.inputValue('#offer-text')).length).toBe(20_006)
    await context.close()
  })
})

describe('the case page after sending a message', () => {
  for (const lang of LANGS) {
    const t = createT(lang)
    it(`puts keyboard focus on the confirmation, not on <body> (${lang})`, async () => {
      const { caseRef, receiptCode } = await submitReport(baseUrl, { ...family, lang }, freshIp())
      const context = await phone(lang)
      const { page, errors } = await openPage(context)
      await page.goto(`${baseUrl}/${lang}/case/`)
      await hydrated(page)
      await page.fill('#caseRef', caseRef)
      await page.fill('#receiptCode', receiptCode)
      await page.getByRole('button', { name: t('case.open') }).click()
      await page.waitForSelector('[data-testid=case-status]')
      await page.fill('#body', lang === 'km' ? 'គាត់បានទូរស័ព្ទមក' : '새 번호로 전화가 왔습니다')
      await page.getByRole('button', { name: t('case.message.send') }).click()
      await expect.poll(() => focusedText(page)).toBe(t('case.message.sent'))
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY')
      expect(errors).toEqual([])
      await context.close()
    })
  }
})

describe('readable on a 360 px phone', () => {
  it('never breaks a Khmer door label inside a phrase', async () => {
    const context = await phone('km')
    const { page } = await openPage(context)
    for (const path of ['', 'report/urgent/', 'advisories/']) {
      await page.goto(`${baseUrl}/km/${path}`)
      const phrases = page.locator('.doors .door__phrase')
      expect(await phrases.count()).toBeGreaterThan(4)
      // An inline box split across two lines has two client rectangles.
      const lines = await phrases.evaluateAll((spans) => spans.map((s) => ({ text: s.textContent, lines: s.getClientRects().length })))
      expect(lines.filter((l) => l.lines !== 1)).toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    }
    await context.close()
  })

  for (const lang of LANGS) {
    const t = createT(lang)
    it(`gives the advisory map a legend in words and labels of 12 px or more (${lang})`, async () => {
      const context = await phone(lang)
      const { page } = await openPage(context)
      await page.goto(`${baseUrl}/${lang}/advisories/`)
      const legend = page.getByRole('list', { name: t('advisories.map.legend') })
      const words = await legend.locator('li').allTextContents()
      expect(words.length).toBeGreaterThan(1)
      const known = ['4', '3', '2.5', '2', '1'].map((level) => t(`advisory.level.${level}` as MessageKey)).concat(t('advisories.map.none'))
      expect(words.filter((w) => !known.includes(w))).toEqual([])
      // Each colour the map uses has its words in the legend.
      const colours = await page.locator('.advisory-map svg .map-level').evaluateAll((shapes) => [...new Set(shapes.map((s) => s.getAttribute('class')!.split('map-level--')[1]))])
      expect(colours.length).toBe(words.length)
      // Marker labels as drawn on screen: the font size times the map's scale.
      const sizes = await page.locator('.advisory-map .map-marker text').evaluateAll((texts) =>
        texts.map((el) => (el as SVGTextElement).getScreenCTM()!.a * parseFloat(getComputedStyle(el).fontSize)),
      )
      expect(sizes.length).toBeGreaterThan(0)
      expect(sizes.filter((px) => px < 12)).toEqual([])
      await context.close()
    })
  }
})
