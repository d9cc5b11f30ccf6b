import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { formatDay } from '../../core/dates'
import { createT } from '../../core/i18n'
import { englishWords } from '../unit/english-words'
import { answerReporterStep, canvasPng, fillDate, openPage, useBrowser } from './browser'

/**
 * Issue 15 on a 360 px phone in Khmer, as a Cambodian family would go: the report
 * form's own photo picker, the consent naming who receives the report, the answers
 * checked with dates in Khmer, the case page with dates in Khmer and the zone named,
 * and the opened case kept across a switch of language. Screenshots of each screen go
 * to test-results/khmer-360/.
 */
const baseUrl = inject('baseUrl')
const km = createT('km')
const en = createT('en')
const ko = createT('ko')
const SHOTS = 'test-results/khmer-360'
const browser = useBrowser()

const KHMER_DATE = /\d{1,2} (មករា|កុម្ភៈ|មីនា|មេសា|ឧសភា|មិថុនា|កក្កដា|សីហា|កញ្ញា|តុលា|វិច្ឆិកា|ធ្នូ) \d{4}/
const ISO_DATE = /\d{4}-\d{2}-\d{2}/

async function phone() {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'km-KH' })
  return openPage(context, (message) => message.includes('Failed to load resource'))
}

const cont = (page: Page) => page.getByRole('button', { name: km('report.continue') }).click()

/** What the reader sees in an element: no English word outside the allow-list, no ISO date. */
async function expectKhmerOnly(page: Page, selector: string) {
  const text = (await page.locator(selector).allInnerTexts()).join('\n')
  expect({ selector, english: englishWords(text), iso: text.match(ISO_DATE)?.[0] ?? null }).toEqual({ selector, english: [], iso: null })
  return text
}

async function shoot(page: Page, name: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect({ name, overflow }).toEqual({ name, overflow: 0 })
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
}

describe('a Cambodian family on a 360 px phone, in Khmer', () => {
  it('files a report, reads who receives it, reads dates in Khmer with the zone, and keeps the case open across languages', async () => {
    const { page, errors } = await phone()
    await page.goto(`${baseUrl}/km/`)
    await shoot(page, '01-home')

    await page.goto(`${baseUrl}/km/report/`)
    await page.waitForSelector('astro-island:not([ssr])')

    // The photo picker speaks Khmer: a labelled button and "no photo chosen", then the file's name.
    const picker = page.locator('.file-picker')
    expect(await picker.locator('label').innerText()).toBe(km('report.person.photo.choose'))
    expect(await page.textContent('[data-testid=photo-name]')).toBe(km('report.person.photo.none'))
    await expectKhmerOnly(page, '.file-picker')
    await shoot(page, '02-report-photo-picker')

    await page.fill('#person-fullName', 'សុខ សុភា')
    await fillDate(page, 'person.birthDate', 'km', { day: '14', month: 3, year: '2001' })
    await page.setInputFiles('#person-photo', { name: 'sophea.png', mimeType: 'image/png', buffer: await canvasPng(page) })
    await page.waitForSelector('img.photo-preview')
    expect(await page.textContent('[data-testid=photo-name]')).toBe('sophea.png')
    expect(await picker.locator('label').innerText()).toBe(km('report.person.photo.chooseAnother'))
    await cont(page)

    await fillDate(page, 'journey.departureDate', 'km', { day: '10', month: 1, year: '2025' })
    await page.check('#journey-destinationCountry')
    await fillDate(page, 'journey.lastContactDate', 'km', { day: '1', month: 2, year: '2025' })
    await cont(page)

    await answerReporterStep(page, { name: 'សុខ វណ្ណា', relationship: 'sibling', phone: '012 888 999' }, () => cont(page))

    await expect.poll(() => page.locator('h1').innerText().then(async (h1) => `${h1} ${await page.locator('.error-summary').allInnerTexts()}`)).toBe(`${km('report.step.consents')} `)
    // The consent says who receives the report: Cambodia's police and the joint unit,
    // and, for refusing, the numbers a Cambodian phone can call.
    const consents = await expectKhmerOnly(page, '.report-form')
    expect(consents).toContain(km('report.consents.sharePolice.purpose'))
    expect(km('report.consents.sharePolice.purpose')).toContain('នគរបាលជាតិកម្ពុជា')
    expect(consents).toContain(km('report.consents.personalData.refusal'))
    expect(km('report.consents.personalData.refusal')).toContain('117')
    await page.check('#consents-personalData')
    await page.check('#consents-storageAbroad')
    await shoot(page, '03-report-consents')
    await cont(page)

    // Check your answers: dates as a Khmer reader writes them, never as the field stores them.
    expect(await page.locator('h1').innerText()).toBe(km('report.step.check'))
    const answers = await expectKhmerOnly(page, '.report-form .answers')
    for (const day of ['2001-03-14', '2025-01-10', '2025-02-01']) expect(answers).toContain(formatDay(day, 'km'))
    expect(formatDay('2001-03-14', 'km')).toBe('14 មីនា 2001')
    await shoot(page, '04-report-check-answers')

    await page.getByRole('button', { name: km('report.submit') }).click()
    await page.waitForSelector('[data-testid=case-ref]')
    const caseRef = (await page.textContent('[data-testid=case-ref]'))!.trim()
    const receiptCode = (await page.textContent('[data-testid=receipt-code]'))!.trim()
    await page.check('#report-done-confirm')
    await page.getByRole('link', { name: km('report.done.continue') }).click()
    await page.waitForURL(`${baseUrl}/km/case/`)

    // The case page: every time in Khmer, on Cambodia's clock, the zone named (the
    // timeline and the promise of an acknowledgement).
    await page.waitForSelector('astro-island:not([ssr])')
    await page.fill('#caseRef', caseRef)
    await page.fill('#receiptCode', receiptCode)
    await page.getByRole('button', { name: km('case.open') }).click()
    await page.waitForSelector('[data-testid=case-status]')
    const opened = await expectKhmerOnly(page, '.case')
    const zone = `(${km('time.zone.phnomPenh')})`
    const received = await page.locator('.timeline time').first().innerText()
    expect(received).toMatch(KHMER_DATE)
    expect(received).toMatch(/នៅ\u200bម៉ោង \d\d:\d\d \(/)
    expect(received.endsWith(zone)).toBe(true)
    expect(await page.locator('.case p', { hasText: zone }).count()).toBeGreaterThan(0)
    expect(opened).toContain(`${km('labelled', { label: km('case.status.label') })} ${km('case.status.new')}`)
    await shoot(page, '05-case-opened')

    // Switch to English: the case stays open, with its times in English and the zone named.
    await page.locator('.lang-switcher a[hreflang=en]').click()
    await page.waitForURL(`${baseUrl}/en/case/`)
    await page.waitForSelector('[data-testid=case-status]')
    expect(await page.locator('h1').innerText()).toBe(caseRef)
    expect(await page.textContent('[data-testid=case-status]')).toBe(en('case.status.new'))
    expect(await page.locator('.timeline time').first().innerText()).toContain(`(${en('time.zone.phnomPenh')})`)
    expect(page.url()).toBe(`${baseUrl}/en/case/`)
    // The hand-over was read and removed: nothing of the codes is left in the tab's storage.
    expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain(receiptCode)

    // To Korean, then back to Khmer: Korea time for a Korean reader, Cambodia time again in Khmer.
    await page.locator('.lang-switcher a[hreflang=ko]').click()
    await page.waitForURL(`${baseUrl}/ko/case/`)
    await page.waitForSelector('[data-testid=case-status]')
    expect(await page.locator('.timeline time').first().innerText()).toContain(`(${ko('time.zone.seoul')})`)
    await page.locator('.lang-switcher a[hreflang=km]').click()
    await page.waitForURL(`${baseUrl}/km/case/`)
    await page.waitForSelector('[data-testid=case-status]')
    expect(await page.textContent('[data-testid=case-status]')).toBe(km('case.status.new'))
    expect(await page.locator('.timeline time').first().innerText()).toBe(received)
    await shoot(page, '06-case-after-language-switch')

    // Only a language switch carries the case: a reload asks for the codes again.
    await page.reload()
    await page.waitForSelector('astro-island:not([ssr])')
    await page.waitForSelector('#caseRef')
    expect(await page.locator('[data-testid=case-status]').count()).toBe(0)
    expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain(receiptCode)

    await page.goto(`${baseUrl}/km/help/`)
    await expectKhmerOnly(page, 'main')
    await shoot(page, '07-help')
    await page.goto(`${baseUrl}/km/advisories/guide-relative-missing/`)
    await shoot(page, '08-guide-relative-missing')
    expect(errors).toEqual([])
    await page.context().close()
  })
})
