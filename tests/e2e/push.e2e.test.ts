import { readFileSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import { createT } from '../../core/i18n'
import { handPushSubscription, submitReport, useBrowser, usePushService } from './browser'

const baseUrl = inject('baseUrl')
const km = createT('km')
const family = JSON.parse(readFileSync(new URL('../fixtures/report-family.json', import.meta.url), 'utf8'))

const browser = useBrowser()
const service = usePushService()

describe('a family asks to hear when there is news', () => {
  it('subscribes on the Khmer case page, and the notice opens the case page, which asks for the codes again', async () => {
    const created = await submitReport(baseUrl, { ...family, lang: 'km' }, '10.9.0.1')

    const { subscription } = service.subscribe()
    const context = await browser.newContext({ locale: 'km-KH' })
    await handPushSubscription(context, baseUrl, subscription)
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (err) => errors.push(err.message))
    await page.goto(`${baseUrl}/km/case/`)
    await page.waitForSelector('astro-island:not([ssr])')
    await page.fill('#caseRef', created.caseRef)
    await page.fill('#receiptCode', created.receiptCode)
    await page.getByRole('button', { name: km('case.open') }).click()

    await page.getByText(km('push.family.explain')).waitFor()
    await page.getByRole('button', { name: km('push.family.subscribe') }).click()
    await page.getByText(km('push.family.subscribed')).waitFor()
    // Stopping works from the page too (the Worker deletes the row), and can be undone.
    await page.getByRole('button', { name: km('push.family.unsubscribe') }).click()
    await page.getByText(km('push.family.unsubscribed')).waitFor()
    await page.getByRole('button', { name: km('push.family.subscribe') }).click()
    await page.getByText(km('push.family.subscribed')).waitFor()

    // The push as the Worker sends it, delivered into the real service worker.
    const cdp = await context.newCDPSession(page)
    const registrations: Array<{ registrationId: string; scopeURL: string }> = []
    cdp.on('ServiceWorker.workerRegistrationUpdated', (e: { registrations: Array<{ registrationId: string; scopeURL: string }> }) => registrations.push(...e.registrations))
    await cdp.send('ServiceWorker.enable')
    await expect.poll(() => registrations.length).toBeGreaterThan(0)
    const payload = { title: 'Homeward', body: km('push.family.body'), url: '/km/case/', tag: 'homeward-case' }
    await cdp.send('ServiceWorker.deliverPushMessage', { origin: baseUrl, registrationId: registrations[0].registrationId, data: JSON.stringify(payload) })
    const shown = () =>
      page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ title: n.title, body: n.body, url: n.data?.url })))
    await expect.poll(shown).toEqual([{ title: 'Homeward', body: km('push.family.body'), url: '/km/case/' }])

    // Where the notice leads: the case page, asking for the codes; nothing was kept.
    await page.goto(`${baseUrl}${(await shown())[0].url}`)
    await page.waitForSelector('astro-island:not([ssr])')
    expect(await page.inputValue('#caseRef')).toBe('')
    expect(await page.inputValue('#receiptCode')).toBe('')
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie)
    expect(stored).not.toContain(created.receiptCode)
    expect(errors).toEqual([])
    await context.close()
  })
})
