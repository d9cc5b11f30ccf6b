import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { openPage, signInToConsole, submitReport, useBrowser } from './browser'
import { rawValues } from './raw-values'
import { createT } from '../../core/i18n'

const baseUrl = inject('baseUrl')
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8'))
const browser = useBrowser()
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

async function axeViolations(page: import('playwright-core').Page) {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    })
    return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`)
  })
}

const submit = (report: unknown, ip: string) => submitReport(baseUrl, report, ip)

describe('the console speaks words, not codes', () => {
  // A family report with every question answered, and a person asking for help now.
  let familyCase: { caseRef: string }
  let selfCase: { caseRef: string }
  beforeAll(async () => {
    const family = fixture('report-family')
    family.person = { ...family.person, approxAge: 23 }
    // The fixture's three danger signs (the words of all six are unit-tested): more would
    // rank this family above the self-reports that staff.e2e expects at the top.
    family.journey = { ...family.journey, policeDetails: '서울경찰청' }
    family.reporter = { ...family.reporter, messenger: 'Telegram @younghee' }
    family.consents = { ...family.consents, sensitiveData: true }
    const self = fixture('report-self')
    self.situation = { ...self.situation, coordinates: { lat: 10.6104, lon: 103.5291, accuracy: 35 } }
    familyCase = await submit(family, '10.7.0.1')
    selfCase = await submit(self, '10.7.0.2')
  })

  it.each(['ko', 'km', 'en'] as const)('shows no raw enum, boolean, ISO date or country code on any console page or case in %s, and axe finds nothing', async (lang) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const { page, errors } = await openPage(context)
    page.on('response', (res) => res.status() >= 400 && errors.push(`${res.status()} ${new URL(res.url()).pathname}`))
    await signInToConsole(page, baseUrl, 'admin@example.org', lang)

    const pages = [
      [`/staff/${lang}/`, 'table.queue tbody tr[data-case]'],
      [`/staff/${lang}/case/#${familyCase.caseRef}`, '.summary-list__row'],
      [`/staff/${lang}/case/#${selfCase.caseRef}`, '.summary-list__row'],
      [`/staff/${lang}/stats/`, 'figure.chart svg rect'],
      [`/staff/${lang}/indicators/`, 'tr[data-indicator]'],
      [`/staff/${lang}/audit/`, 'table.queue tbody tr'],
      [`/staff/${lang}/members/`, 'table.queue tbody tr'],
      [`/staff/${lang}/notice/`, 'main form'],
    ]
    const found: Record<string, string[]> = {}
    for (const [path, ready] of pages) {
      await page.goto(`${baseUrl}${path}`)
      if (path.includes('#')) await page.reload()
      await page.waitForSelector(ready)
      await page.waitForLoadState('networkidle')
      const raw = rawValues(await page.locator('body').innerText(), lang)
      if (raw.length) found[path] = raw
      const violations = await axeViolations(page)
      if (violations.length) found[`${path} (axe)`] = violations
    }

    // The queue's folded parts, open: more filters with saved filters and the export of
    // the view, the shortcut list, a saved filter's chip, and a selected row's bulk actions.
    await page.goto(`${baseUrl}/staff/${lang}/`)
    await page.waitForSelector('table.queue tbody tr[data-case]')
    await page.waitForLoadState('networkidle')
    await page.click('#f-more')
    // Named in the officer's words (a name is shown as typed).
    const filterName = createT(lang)('staff.kind.self')
    await page.fill('#save-filter-name', filterName)
    await page.press('#save-filter-name', 'Enter')
    await page.waitForSelector(`#saved-filters button[data-saved-filter="${filterName}"]`)
    await page.locator('table.queue tbody tr[data-case] input[type=checkbox]').first().check()
    await page.waitForSelector('#bulk-assignee')
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('?')
    await page.waitForSelector('#shortcuts')
    const queueOpen = rawValues(await page.locator('body').innerText(), lang)
    if (queueOpen.length) found['queue, opened'] = queueOpen
    const queueAxe = await axeViolations(page)
    if (queueAxe.length) found['queue, opened (axe)'] = queueAxe

    // The sign-in page of the local console.
    await page.goto(`${baseUrl}/staff/sign-in`)
    await page.waitForSelector('form')
    const signIn = await axeViolations(page)
    if (signIn.length) found['/staff/sign-in (axe)'] = signIn

    expect(found).toEqual({})
    expect(errors).toEqual([])
    await context.close()
  }, 120_000)

  it('shows a triager only the pages a triager may open, and says why on one it may not', async () => {
    const en = createT('en')
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const { page, errors } = await openPage(context, (message) => message.includes('403'))
    await signInToConsole(page, baseUrl, 'officer@example.org', 'en')
    await page.waitForSelector('table.queue tbody tr[data-case]')
    const links = await page.getByRole('navigation', { name: en('nav.label') }).getByRole('link').allInnerTexts()
    expect(links).toEqual([en('staff.nav.queue'), en('staff.nav.indicators'), en('staff.nav.stats')])

    await page.goto(`${baseUrl}/staff/en/members/`)
    await expect.poll(() => page.locator('[data-testid=forbidden]').textContent()).toBe('Your role, triager, cannot open staff accounts. Ask a supervisor.')
    expect(await page.locator('body').innerText()).not.toContain(en('staff.error.load'))
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows at least 12 cases on a 1280×800 screen, each with a name, without scrolling', async () => {
    const family = fixture('report-family')
    for (let i = 0; i < 14; i++) await submit({ ...family, person: { ...family.person, fullName: `김철수${i}` } }, `10.8.0.${i + 1}`)
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const { page, errors } = await openPage(context)
    await signInToConsole(page, baseUrl, 'officer@example.org', 'ko')
    await page.waitForSelector('table.queue tbody tr[data-case]')
    // An officer with saved filters: their chips share the filters' line.
    for (const [name, filters] of [['미배정 긴급', { assignee: 'none', band: '1' }], ['자가 신고', { kind: 'self' }]] as const) {
      const saved = await page.evaluate(async (body) => (await fetch('/api/v1/staff/filters', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).status, { name, filters })
      expect(saved).toBe(201)
    }
    await page.reload()
    await page.waitForSelector('table.queue tbody tr[data-case]')
    await page.waitForSelector('#saved-filters button')
    await page.waitForLoadState('networkidle')
    const visible = await page.locator('table.queue tbody tr[data-case]').evaluateAll((rows) =>
      rows.filter((row) => {
        const box = row.getBoundingClientRect()
        return box.top >= 0 && box.bottom <= window.innerHeight
      }).length,
    )
    console.log(`queue rows fully visible at 1280×800: ${visible}`)
    expect(visible).toBeGreaterThanOrEqual(12)
    expect(await page.locator('table.queue tbody tr[data-case] th a').first().textContent()).not.toBe('')

    // f reaches the saved filters, Enter applies one; deleting it takes its chip away.
    const ko = createT('ko')
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('f')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-saved-filter'))).toBe('미배정 긴급')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('.staff-queue p[role=status]').textContent()).toBe(ko('staff.filters.applied', { name: '미배정 긴급' }))
    expect([await page.inputValue('#f-assignee'), await page.inputValue('#f-band')]).toEqual(['none', '1'])
    await page.click('#f-more')
    await page.getByRole('button', { name: `${ko('staff.filters.delete')} “미배정 긴급”` }).click()
    await expect.poll(() => page.locator('#saved-filters button').allTextContents()).toEqual(['자가 신고'])
    expect(errors).toEqual([])
    await context.close()
  })

  it('lets an officer triage from the keyboard, and never while typing in a field', async () => {
    const ko = createT('ko')
    const family = fixture('report-family')
    const fresh = await submit({ ...family, person: { ...family.person, fullName: '정하늘' }, journey: { ...family.journey, dangerSigns: [], knownLocation: undefined, lastContactDate: undefined } }, '10.9.0.1')
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const { page, errors } = await openPage(context)
    await signInToConsole(page, baseUrl, 'officer@example.org', 'ko')
    await page.waitForSelector('table.queue tbody tr[data-case]')
    await page.fill('#f-q', '정하늘')
    await page.getByRole('button', { name: ko('staff.filters.apply') }).click()
    await expect.poll(() => page.locator('table.queue tbody tr[data-case]').count()).toBe(1)

    // Typing "j" and "a" in the search box types them; nothing moves or changes.
    await page.focus('#f-q')
    await page.keyboard.type('ja')
    expect(await page.locator('.queue__row--active').count()).toBe(0)
    expect(await page.inputValue('#f-q')).toBe('정하늘ja')
    await page.fill('#f-q', '정하늘')

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('j')
    await expect.poll(() => page.locator('.queue__row--active').getAttribute('data-case')).toBe(fresh.caseRef)
    await page.keyboard.press('a')
    await expect.poll(() => page.locator(`tr[data-case="${fresh.caseRef}"]`).textContent()).toContain(ko('case.status.acknowledged'))
    await page.keyboard.press('?')
    await expect.poll(() => page.locator('#shortcuts').count()).toBe(1)
    await page.keyboard.press('o')
    await page.waitForURL(`${baseUrl}/staff/ko/case/#${fresh.caseRef}`)
    await page.waitForSelector('[data-testid=staff-status]')
    await page.keyboard.press('r')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('staff-message')
    expect(errors).toEqual([])
    await context.close()
  })
})
