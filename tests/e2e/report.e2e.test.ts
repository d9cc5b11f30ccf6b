import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createT } from '../../core/i18n'
import { startDevServer } from '../../scripts/dev-server.mjs'
import { answerReporterStep, canvasPng, expectKeptAcrossReload, fillDate, openPage as pageIn, readDate, useBrowser } from './browser'

const baseUrl = inject('baseUrl')
const km = createT('km')

const browser = useBrowser()

const newPage = async (width = 390) =>
  pageIn(await browser.newContext({ viewport: { width, height: 800 }, locale: 'km-KH' }), (message) => message.includes('Failed to load resource'))

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })

/** None of the strings is in the dev server's D1 and R2 files (WAL included) or its log. */
function expectNotStored(secrets: string[]) {
  const stored = files(inject('persistDir'))
  expect(stored.some((f) => f.endsWith('.sqlite'))).toBe(true)
  expect(stored.some((f) => f.endsWith('wrangler-dev.log'))).toBe(true)
  for (const secret of secrets) {
    const needle = Buffer.from(secret, 'utf8')
    const holders = stored.filter((f) => readFileSync(f).includes(needle))
    expect({ secret, holders }).toEqual({ secret, holders: [] })
  }
}

const cont = (page: Page) => page.getByRole('button', { name: km('report.continue') }).click()

describe('a family files a report in Khmer', () => {
  it('shows errors for an empty step, keeps answers across a reload, submits once, and reads the case page', async () => {
    const { page, errors } = await newPage()
    await page.goto(`${baseUrl}/km/report/`)
    await page.waitForSelector('astro-island:not([ssr])')

    // An empty first step: the error summary takes focus and the title says "Error".
    await cont(page)
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary')
    expect(await page.title()).toMatch(new RegExp(`^${km('error.prefix')}`))
    expect(await page.locator('.error-summary').textContent()).toContain(km('report.person.fullName.error.required'))
    expect(await page.locator('#person-fullName-error').textContent()).toContain(km('report.person.fullName.error.required'))
    expect(await page.getAttribute('#person-fullName', 'aria-invalid')).toBe('true')

    // Type, reload mid-form: the answers are still there (sessionStorage).
    await expectKeptAcrossReload(page, {
      '#person-fullName': 'សុខ សុភា',
      '#person-latinName': 'SOK SOPHEA',
      '#person-passportNumber': 'N0123456',
      '#person-phones': '+855 12 345 678',
    })

    // The date of birth: the months are Khmer words, in the order Cambodians write a date.
    const birth = page.locator('fieldset[aria-describedby~="person-birthDate-hint"]')
    const months = await birth.getByLabel(km('date.month'), { exact: true }).locator('option').allInnerTexts()
    expect(months).toEqual([km('date.month.choose'), 'មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'])
    expect(await birth.locator('label').allInnerTexts()).toEqual([km('date.day'), km('date.month'), km('date.year')])
    expect(await birth.locator('.hint').innerText()).toBe(km('date.hint', { example: '14 មីនា 2002' }))

    // A day without a month or a year is kept across a reload and named in Khmer, not dropped.
    await page.locator('#person-birthDate').fill('14')
    await page.reload()
    await page.waitForSelector('astro-island:not([ssr])')
    expect(await readDate(page, 'person.birthDate', 'km')).toEqual({ day: '14', month: km('date.month.choose'), year: '' })
    await cont(page)
    await expect.poll(() => page.locator('#person-birthDate-error').textContent()).toContain(km('report.person.birthDate.error.incomplete'))
    expect(await page.getAttribute('#person-birthDate-month', 'aria-invalid')).toBe('true')
    expect(await page.getAttribute('#person-birthDate', 'aria-invalid')).toBeNull()

    // 31 February: the Khmer words for a day the month lacks, every answer kept, and the
    // summary's link puts the cursor in the day.
    await fillDate(page, 'person.birthDate', 'km', { day: '31', month: 2, year: '2001' })
    await cont(page)
    await expect.poll(() => page.locator('#person-birthDate-error').textContent()).toContain(km('report.person.birthDate.error.notReal'))
    expect(await readDate(page, 'person.birthDate', 'km')).toEqual({ day: '31', month: 'កុម្ភៈ', year: '2001' })
    await page.locator('.error-summary').getByRole('link', { name: km('report.person.birthDate.error.notReal') }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('person-birthDate')
    await fillDate(page, 'person.birthDate', 'km', { day: '28', month: 2, year: '2001' })

    // A photo is re-encoded as a JPEG in the browser before it is kept or sent.
    await page.setInputFiles('#person-photo', { name: 'son.png', mimeType: 'image/png', buffer: await canvasPng(page) })
    await page.waitForSelector('img.photo-preview')
    expect(await page.getAttribute('img.photo-preview', 'src')).toMatch(/^data:image\/jpeg;base64,/)
    await cont(page)

    await page.check('#journey-destinationCountry')
    await page.fill('#journey-destinationTown', 'Bavet')
    await page.check('#journey-dangerSigns') // the first sign: confined
    await page.fill('#journey-lastContactWords', 'គាត់និយាយថា គេយកលិខិតឆ្លងដែនរបស់គាត់')
    await cont(page)

    await answerReporterStep(page, { name: 'សុខ វណ្ណា', relationship: 'sibling', phone: '012 888 999' }, () => cont(page))

    // Consents: the passport number needs its own consent.
    await page.check('#consents-personalData')
    await page.check('#consents-storageAbroad')
    await cont(page)
    expect(await page.locator('.error-summary').textContent()).toContain(km('report.consents.passportNumber.error.required'))
    await page.check('#consents-passportNumber')
    await cont(page)

    // Check your answers, then a lost connection: a clear message, every answer kept.
    expect(await page.locator('h1').textContent()).toBe(km('report.step.check'))
    expect(await page.locator('.summary-list').first().textContent()).toContain('SOK SOPHEA')
    await page.route('**/api/v1/reports', (route) => route.abort('internetdisconnected'))
    await page.getByRole('button', { name: km('report.submit') }).click()
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain(km('report.error.offline'))
    expect(await page.locator('.summary-list').first().textContent()).toContain('សុខ សុភា')

    // Back online, the same submit goes through.
    await page.unroute('**/api/v1/reports')
    await page.getByRole('button', { name: km('report.submit') }).click()
    await page.waitForSelector('[data-testid=case-ref]')
    const caseRef = (await page.textContent('[data-testid=case-ref]'))!.trim()
    const receiptCode = (await page.textContent('[data-testid=receipt-code]'))!.trim()
    expect(caseRef).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/)
    expect(receiptCode).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{2}$/)
    expect(page.url()).not.toContain(caseRef)

    // The codes must be saved before leaving.
    await page.getByRole('link', { name: km('report.done.continue') }).click()
    expect(await page.locator('.error-summary').textContent()).toContain(km('report.done.mustConfirm'))
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: km('report.done.download') }).click()
    expect((await download).suggestedFilename()).toContain(caseRef)
    await page.check('#report-done-confirm')
    await page.getByRole('link', { name: km('report.done.continue') }).click()
    await page.waitForURL(`${baseUrl}/km/case/`)

    // The draft is gone once sent.
    expect(await page.evaluate(() => sessionStorage.getItem('homeward.report.draft'))).toBeNull()

    // Later: the case page, in Khmer.
    await page.waitForSelector('astro-island:not([ssr])')
    await page.fill('#caseRef', caseRef.toLowerCase())
    await page.fill('#receiptCode', receiptCode)
    await page.getByRole('button', { name: km('case.open') }).click()
    await page.waitForSelector('[data-testid=case-status]')
    expect(await page.textContent('[data-testid=case-status]')).toBe(km('case.status.new'))
    expect(await page.locator('.timeline').textContent()).toContain(km('case.event.received'))

    // Adding information later.
    await page.fill('#body', 'គាត់បានទូរស័ព្ទមកពីលេខថ្មី')
    await page.getByRole('button', { name: km('case.message.send') }).click()
    await expect.poll(() => page.locator('.message').count()).toBe(1)
    expect(errors).toEqual([])
    await page.context().close()

    // Nothing typed is stored or logged in plain text. The case reference is not
    // personal and is stored as it is: finding it proves the scan reads the data.
    const caseRefHolders = files(inject('persistDir')).filter((f) => readFileSync(f).includes(Buffer.from(caseRef)))
    expect(caseRefHolders.length).toBeGreaterThan(0)
    expectNotStored(['សុខ សុភា', 'SOK SOPHEA', 'N0123456', '12 345 678', 'សុខ វណ្ណា', '012 888 999', 'គាត់បានទូរស័ព្ទមកពីលេខថ្មី', 'គេយកលិខិតឆ្លងដែន', receiptCode.replace(/-/g, '')])
  })

  it('tells the family when the codes are wrong, without saying which', async () => {
    const { page } = await newPage()
    await page.goto(`${baseUrl}/km/case/`)
    await page.waitForSelector('astro-island:not([ssr])')
    await page.getByRole('button', { name: km('case.open') }).click()
    expect(await page.locator('.error-summary').textContent()).toContain(km('case.caseRef.error.required'))
    await page.fill('#caseRef', '0000-000A-Z')
    await page.fill('#receiptCode', 'A'.repeat(26))
    await page.getByRole('button', { name: km('case.open') }).click()
    expect(await page.locator('#caseRef-error').textContent()).toContain(km('case.caseRef.error.invalid'))
    await page.context().close()
  })
})

describe('a person in danger asks for help', () => {
  it('works on a 360 px phone: contacts at once, four questions, sent', async () => {
    const { page, errors } = await newPage(360)
    await page.goto(`${baseUrl}/km/report/urgent/`)
    // Emergency contacts are in the page itself, before any JavaScript.
    expect(await page.locator('.urgent-contacts a[href="https://t.me/+855979117117"]').count()).toBe(1)
    expect(await page.locator('.urgent-contacts a[href="tel:117"]').count()).toBe(1)
    await page.waitForSelector('astro-island:not([ssr])')
    await page.getByRole('button', { name: km('urgent.submit') }).click()
    expect(await page.locator('.error-summary').textContent()).toContain(km('report.self.location.error.required'))

    await page.fill('#self-location', 'អគារពណ៌ខៀវ ជិតផ្សារបាវិត')
    await page.check('#self-canTalk-textOnly')
    await page.fill('#self-contact', 'Telegram @help_me_2026')
    await page.getByRole('button', { name: km('urgent.submit') }).click()
    await page.waitForSelector(`text=${km('urgent.done.title')}`)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBe(0)
    expect(errors).toEqual([])
    await page.screenshot({ path: 'test-results/urgent-km-360.png', fullPage: true })
    await page.context().close()
    expectNotStored(['អគារពណ៌ខៀវ', 'help_me_2026'])
  })
})

describe('when the service-wide cap is reached', () => {
  // A second dev server whose daily cap is already spent: the real Worker answers busy.
  let busy: Awaited<ReturnType<typeof startDevServer>>
  beforeAll(async () => {
    busy = await startDevServer({ vars: { DAILY_REPORT_CAP: '0' } })
  }, 120_000)
  afterAll(async () => {
    await busy?.stop()
  })

  it('tells a person in danger to call now, and keeps their answers', async () => {
    const { page, errors } = await newPage(360)
    await page.goto(`${busy.baseUrl}/km/report/urgent/`)
    await page.waitForSelector('astro-island:not([ssr])')
    await page.fill('#self-location', 'អគារពណ៌ខៀវ')
    await page.check('#self-canTalk-textOnly')
    await page.fill('#self-contact', 'Telegram @busy_day_2026')
    await page.getByRole('button', { name: km('urgent.submit') }).click()
    await page.waitForSelector(`.error-summary >> text=${km('urgent.error.busy')}`)
    expect(await page.locator('.error-summary').textContent()).toContain(km('urgent.error.busy'))
    expect(await page.inputValue('#self-location')).toBe('អគារពណ៌ខៀវ')
    expect(await page.inputValue('#self-contact')).toBe('Telegram @busy_day_2026')
    expect(await page.locator('.urgent-contacts a[href="tel:117"]').isVisible()).toBe(true)
    expect(errors).toEqual([])
    await page.context().close()
  })
})
