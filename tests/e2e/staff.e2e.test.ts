import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { createT, type MessageKey } from '../../core/i18n'
import { signInToConsole, submitReport, useBrowser } from './browser'

const baseUrl = inject('baseUrl')
const ko = createT('ko')
const km = createT('km')
const family = JSON.parse(readFileSync(new URL('../fixtures/report-family.json', import.meta.url), 'utf8'))
const self = JSON.parse(readFileSync(new URL('../fixtures/report-self.json', import.meta.url), 'utf8'))

const browser = useBrowser()

const submit = (report: unknown, ip: string) => submitReport(baseUrl, report, ip)

const signIn = (page: Page, email: string) => signInToConsole(page, baseUrl, email, 'ko')

describe('consular staff triage in the console', () => {
  it('signs in, sees the self-report first, acknowledges, messages the family, links duplicates', async () => {
    // A family in Khmer, a person held right now, and two relatives reporting one man.
    const khmerFamily = { ...family, lang: 'km', reporter: { ...family.reporter, preferredLanguage: 'km' } }
    khmerFamily.journey = { ...family.journey, dangerSigns: [] }
    const familyCase = await submit(khmerFamily, '10.1.0.1')
    const selfCase = await submit(self, '10.1.0.2')
    const brother = { ...family, person: { ...family.person, fullName: 'Lee Min-su', latinName: undefined, otherNames: undefined, phones: [], messengers: [] } }
    brother.reporter = { ...family.reporter, name: '이수진', relationship: 'sibling' }
    const duplicate = await submit(brother, '10.1.0.3')

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (err) => errors.push(err.message))
    await signIn(page, 'officer@example.org')

    // People held right now come first (other tests may have filed some too), ahead of
    // every family report, with the reason shown.
    await page.waitForSelector('table.queue tbody tr[data-case]')
    const rows = await page.locator('table.queue tbody tr[data-case]').evaluateAll((trs) =>
      trs.map((tr) => ({ caseRef: tr.getAttribute('data-case'), self: tr.classList.contains('queue__row--self') })),
    )
    const selfIndex = rows.findIndex((r) => r.caseRef === selfCase.caseRef)
    const familyIndex = rows.findIndex((r) => r.caseRef === familyCase.caseRef)
    expect(selfIndex).toBeGreaterThanOrEqual(0)
    expect(rows.slice(0, selfIndex + 1).every((r) => r.self)).toBe(true)
    expect(familyIndex).toBeGreaterThan(selfIndex)
    expect(await page.locator(`tr[data-case="${selfCase.caseRef}"]`).textContent()).toContain(ko('staff.factor.self'))

    // Open the family's case, acknowledge it and send a template message in Khmer.
    await page.goto(`${baseUrl}/staff/ko/case/#${familyCase.caseRef}`)
    await page.waitForSelector('[data-testid=staff-status]')
    expect(await page.textContent('[data-testid=staff-status]')).toBe(ko('case.status.new'))
    await page.selectOption('#next-status', 'acknowledged')
    await page.getByRole('button', { name: ko('staff.case.apply') }).click()
    await expect.poll(() => page.textContent('[data-testid=staff-status]')).toBe(ko('case.status.acknowledged'))
    await page.selectOption('#template', 'staff.template.acknowledged')
    expect(await page.inputValue('#staff-message')).toBe(km('staff.template.acknowledged'))
    await page.getByRole('button', { name: ko('staff.case.send') }).click()
    // Nothing leaves before the officer confirms, told the family reads Khmer.
    expect(await page.textContent('.confirm')).toBe(ko('staff.case.confirmFamily', { language: ko('lang.name.km') }))
    expect(await page.locator('.message--staff').count()).toBe(0)
    await page.getByRole('button', { name: ko('staff.case.confirmSend') }).click()
    await expect.poll(() => page.locator('.message--staff').count()).toBe(1)

    // Link the brother's report, found by its shared passport number and birth date.
    await page.goto(`${baseUrl}/staff/ko/case/#${duplicate.caseRef}`)
    await page.waitForSelector(`[data-candidate="${familyCase.caseRef}"]`)
    const candidate = page.locator(`[data-candidate="${familyCase.caseRef}"]`)
    expect(await candidate.textContent()).toContain(ko('staff.match.passport'))
    await candidate.getByRole('button', { name: ko('staff.case.compare') }).click()
    await page.waitForSelector('.compare')
    await candidate.getByRole('button', { name: ko('staff.case.link') }).click()
    await expect.poll(() => page.locator('.panel', { hasText: ko('staff.case.linked') }).count()).toBeGreaterThan(0)
    expect(errors).toEqual([])
    await context.close()

    // The family reads the message on their case page, in Khmer.
    const familyContext = await browser.newContext({ locale: 'km-KH' })
    const familyPage = await familyContext.newPage()
    await familyPage.goto(`${baseUrl}/km/case/`)
    await familyPage.waitForSelector('astro-island:not([ssr])')
    await familyPage.fill('#caseRef', familyCase.caseRef)
    await familyPage.fill('#receiptCode', familyCase.receiptCode)
    await familyPage.getByRole('button', { name: km('case.open') }).click()
    await familyPage.waitForSelector('[data-testid=case-status]')
    expect(await familyPage.textContent('[data-testid=case-status]')).toBe(km('case.status.acknowledged'))
    expect(await familyPage.locator('.message--staff p').textContent()).toBe(km('staff.template.acknowledged'))
    await familyContext.close()
  })

  it('shows statistics as charts, recruiter contacts to confirm, and the access log', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (err) => errors.push(err.message))
    await signIn(page, 'admin@example.org')
    await page.goto(`${baseUrl}/staff/ko/stats/`)
    await page.waitForSelector('figure.chart svg rect')
    expect(await page.locator('figure.chart').count()).toBe(4)
    await page.goto(`${baseUrl}/staff/ko/indicators/`)
    await page.waitForSelector('tr[data-indicator]')
    await page.locator('tr[data-indicator]').first().getByRole('button', { name: ko('staff.indicators.confirm') }).click()
    await page.goto(`${baseUrl}/staff/ko/members/`)
    await page.waitForSelector('table.queue tbody tr')
    expect(await page.locator('table.queue tbody').textContent()).toContain('officer@example.org')
    await page.goto(`${baseUrl}/staff/ko/audit/`)
    await page.waitForSelector('table.queue tbody tr')
    // Who did it, by name: the email stays in the CSV for auditors.
    expect(await page.locator('table.queue tbody').textContent()).toContain('Duty officer (local)')
    expect(await page.locator('table.queue tbody').textContent()).not.toContain('officer@example.org')
    expect(errors).toEqual([])
    await context.close()
  })

  it('counts a note, a label and a search against their limits and refuses a paste past them, keeping every character', async () => {
    const { caseRef } = await submit(family, '10.1.0.9')
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await signIn(page, 'officer@example.org')
    const over = (count: number) => ko('counter.over' as MessageKey, { count })

    // The queue's search: 41 characters are kept, counted, and not sent.
    await page.waitForSelector('table.queue tbody tr[data-case]')
    await page.fill('#f-q', 'x'.repeat(41))
    expect(await page.locator('#f-q-count').textContent()).toBe(over(1))
    await page.locator('#f-q').press('Enter')
    expect(await page.locator('.error-summary').textContent()).toBe(`${ko('staff.filters.search')}: ${ko('error.tooLong')}`)
    expect((await page.inputValue('#f-q')).length).toBe(41)

    await page.goto(`${baseUrl}/staff/ko/case/#${caseRef}`)
    await page.waitForSelector('[data-testid=staff-status]')
    const notes = page.locator('.panel--internal .message')

    // A note one character too long: all 4,001 kept, the count says so, Ctrl+Enter is refused with a message.
    await page.fill('#staff-note', 'n'.repeat(4001))
    expect((await page.inputValue('#staff-note')).length).toBe(4001)
    expect(await page.locator('#staff-note-count').textContent()).toBe(over(1))
    await page.locator('#staff-note').press('Control+Enter')
    expect(await page.locator('.error-summary').textContent()).toBe(`${ko('staff.case.addNote')}: ${ko('error.tooLong')}`)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('staff-note')
    expect(await notes.count()).toBe(0)

    // A label past 40 characters likewise.
    await page.fill('#add-label', 'l'.repeat(45))
    expect(await page.locator('#add-label-count').textContent()).toBe(over(5))
    await page.locator('#add-label').press('Enter')
    expect(await page.locator('.error-summary').textContent()).toBe(`${ko('staff.case.addLabel')}: ${ko('error.tooLong')}`)

    // Shortened to the limit, the note is sent whole.
    await page.fill('#staff-note', 'n'.repeat(4000))
    expect(await page.locator('#staff-note-count').textContent()).toBe(ko('counter.left' as MessageKey, { count: 0 }))
    await page.locator('#staff-note').press('Control+Enter')
    await expect.poll(() => notes.count()).toBe(1)
    expect((await notes.locator('p').textContent())?.length).toBe(4000)
    await context.close()
  })

  it('keeps the console away from people without a staff identity', async () => {
    const res = await fetch(`${baseUrl}/api/v1/staff/reports`)
    expect(res.status).toBe(401)
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${baseUrl}/staff/ko/`)
    await expect.poll(() => page.locator('.error-summary').count()).toBe(1)
    const html = await (await fetch(`${baseUrl}/staff/ko/`)).text()
    expect(html).not.toContain(family.person.fullName)
    expect((await fetch(`${baseUrl}/staff/ko/`)).headers.get('cache-control')).toBe('no-store')
    await page.context().close()
  })
})
