import { describe, expect, inject, it } from 'vitest'
import { createT } from '../../core/i18n'
import { useBrowser } from './browser'

const baseUrl = inject('baseUrl')
const km = createT('km')

const browser = useBrowser()

describe('with no connection after one visit', () => {
  it('still shows the help page, the advisories and the offer check', async () => {
    const context = await browser.newContext({ locale: 'km-KH' })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/km/help/`)
    // Wait until the service worker has installed everything and controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await page.reload()
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true)

    await context.setOffline(true)
    for (const path of ['/km/help/', '/km/advisories/', '/km/advisories/kh-level-4-bokor-bavet-poipet/', '/en/help/', '/km/check/']) {
      const res = await page.goto(`${baseUrl}${path}`)
      expect({ path, status: res?.status() }).toEqual({ path, status: 200 })
      expect(await page.locator('h1').count()).toBe(1)
    }
    await page.goto(`${baseUrl}/km/help/`)
    expect(await page.locator('h1').textContent()).toBe(km('help.title'))
    expect(await page.locator('a[href="tel:117"]').count()).toBe(1)
    // Khmer still renders with the web font from the cache.
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans Khmer"', 'ក'))).toBe(true)
    await context.close()
  })
})
