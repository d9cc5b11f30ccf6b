import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { createT } from '../../core/i18n'
import { openPage, useBrowser } from './browser'

// Issue 19: the danger path is discreet. Chromium at 360×740, in Khmer and Korean.
const baseUrl = inject('baseUrl')
const browser = useBrowser()
const NEUTRAL = { km: 'https://www.google.com/', ko: 'https://www.naver.com/' } as const

/** A phone-sized context; the neutral sites quick exit opens are stood in for at the network boundary. */
async function phone(lang: 'km' | 'ko'): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: lang === 'km' ? 'km-KH' : 'ko-KR' })
  await context.route(/^https:\/\/www\.(google|naver)\.com\//, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Search</title><p>search</p>' }))
  return context
}

/** Runs `use` on a fresh page in a phone-sized context, and closes the context after it. */
async function onPhone(lang: 'km' | 'ko', use: (opened: { page: Page; errors: string[] }) => Promise<void>): Promise<void> {
  const context = await phone(lang)
  try {
    await use(await openPage(context))
  } finally {
    await context.close()
  }
}

describe('quick exit', () => {
  for (const lang of ['km', 'ko'] as const) {
    const t = createT(lang)
    for (const [how, path] of [['button', 'report/urgent'], ['Escape twice', 'report'], ['button', 'case'], ['Escape twice', 'help']] as const) {
      it(`leaves /${lang}/${path}/ by the ${how} with no Homeward page left behind Back (${lang})`, async () => {
        await onPhone(lang, async ({ page, errors }) => {
          // The tab arrived from somewhere else, then opened the page.
          await page.goto(NEUTRAL[lang])
          await page.goto(`${baseUrl}/${lang}/${path}/`)
          expect(await page.locator('#quick-exit-note').textContent()).toBe(t('quickExit.note'))
          if (how === 'button') {
            await page.getByRole('link', { name: t('quickExit.button') }).click()
          } else {
            await page.waitForLoadState('load')
            await page.keyboard.press('Escape')
            await page.keyboard.press('Escape')
          }
          await page.waitForURL(NEUTRAL[lang])
          // Every entry Back reaches: the neutral site twice (the one before, the one in place of the page), then the blank tab.
          const visited = [page.url()]
          for (let i = 0; i < 3; i++) {
            await page.goBack()
            visited.push(page.url())
          }
          expect(visited).toEqual([NEUTRAL[lang], NEUTRAL[lang], 'about:blank', 'about:blank'])
          expect(errors).toEqual([])
        })
      })
    }
  }

  it('forgets the draft this tab kept when leaving', async () => {
    await onPhone('km', async ({ page }) => {
      await page.goto(`${baseUrl}/km/report/urgent/`)
      await page.waitForSelector('astro-island:not([ssr])')
      await page.fill('#self-location', 'Sihanoukville, building 4')
      expect(await page.evaluate(() => sessionStorage.length)).toBeGreaterThan(0)
      await page.keyboard.press('Escape')
      await page.keyboard.press('Escape')
      await page.waitForURL(NEUTRAL.km)
      await page.goto(`${baseUrl}/km/report/urgent/`)
      await page.waitForSelector('astro-island:not([ssr])')
      expect(await page.inputValue('#self-location')).toBe('')
    })
  })

  it('does not leave on a single Escape', async () => {
    await onPhone('ko', async ({ page }) => {
      await page.goto(`${baseUrl}/ko/report/urgent/`)
      await page.waitForLoadState('load')
      await page.keyboard.press('Escape')
      await page.waitForTimeout(1200)
      await page.keyboard.press('Escape')
      await page.waitForTimeout(300)
      expect(page.url()).toBe(`${baseUrl}/ko/report/urgent/`)
    })
  })
})

describe('a neutral presence', () => {
  for (const lang of ['km', 'ko'] as const) {
    const t = createT(lang)
    it(`offers "${t('nav.urgent')}" first after the skip link, with an ordinary title on the urgent page (${lang})`, async () => {
      await onPhone(lang, async ({ page }) => {
        await page.goto(`${baseUrl}/${lang}/check/`)
        await page.keyboard.press('Tab')
        expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link')
        await page.keyboard.press('Tab')
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t('nav.urgent'))
        await page.keyboard.press('Enter')
        await page.waitForURL(`${baseUrl}/${lang}/report/urgent/`)
        expect(await page.title()).toBe(`${t('urgent.title')} – ${t('site.name')}`)
        // The current page is the contact page, not the report door.
        expect(await page.locator('[aria-current="page"]').allTextContents()).toEqual([t('nav.urgent')])
      })
    })

    it(`shows the four doors in the first screen at 360×740 (${lang})`, async () => {
      await onPhone(lang, async ({ page }) => {
        for (const path of ['', 'report/urgent', 'report']) {
          await page.goto(`${baseUrl}/${lang}/${path ? `${path}/` : ''}`)
          const doors = page.getByRole('navigation', { name: t('nav.label') }).getByRole('link')
          expect(await doors.allTextContents()).toEqual([t('nav.report'), t('nav.check'), t('nav.advisories'), t('nav.help')])
          for (const box of await Promise.all((await doors.all()).map((d) => d.boundingBox()))) {
            expect(box!.y + box!.height).toBeLessThanOrEqual(740)
            expect(box!.x + box!.width).toBeLessThanOrEqual(360)
          }
        }
      })
    })
  }
})
