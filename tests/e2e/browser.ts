import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { monthNames } from '../../core/day-input'
import { createT } from '../../core/i18n'
import type { Lang } from '../../core/langs'
import { startPushService, type PushService } from '../push/push-service'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Debian's Chromium, headless, with the flags this machine's closed network needs.
 * A missing browser fails the run loudly: browser tests never silently skip.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (.ci/run does this).`)
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  })
}

/** Chromium for one test file: launched before its tests, closed after them. */
export function useBrowser(): { newContext: Browser['newContext'] } {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return { newContext: (options) => browser!.newContext(options) }
}

/** The loopback push service for one test file: started before its tests, closed after them. */
export function usePushService(): Pick<PushService, 'subscribe'> {
  let service: PushService | undefined
  beforeAll(async () => {
    service = await startPushService()
  })
  afterAll(async () => {
    await service?.close()
  })
  return { subscribe: () => service!.subscribe() }
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** axe-core's WCAG 2.2 AA and best-practice rules on the page as it is now: each violation's id and the nodes it names. */
export async function axeViolations(page: Page): Promise<Array<{ id: string; nodes: string[] }>> {
  // Runtime evaluation from the test driver is not subject to the page's CSP.
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    })
    return result.violations.map((v: any) => ({ id: v.id, nodes: v.nodes.map((n: any) => n.target.join(' ')) }))
  })
}

/**
 * Lets pages in `context` subscribe to push with `subscription`. Headless Chromium has no
 * push service of its own (it would be Google's): the test creates the subscription on its
 * loopback push service and hands it to the page's PushManager. Everything else, the
 * service worker included, is the browser's own.
 */
export async function handPushSubscription(
  context: BrowserContext,
  origin: string,
  subscription: ReturnType<PushService['subscribe']>['subscription'],
): Promise<void> {
  await context.grantPermissions(['notifications'], { origin })
  await context.addInitScript((sub) => {
    const fake = { endpoint: sub.endpoint, toJSON: () => ({ endpoint: sub.endpoint, expirationTime: null, keys: sub.keys }) }
    PushManager.prototype.subscribe = async () => fake as unknown as PushSubscription
    PushManager.prototype.getSubscription = async () => fake as unknown as PushSubscription
  }, subscription)
}

/**
 * Types each answer into its field, reloads the page and waits for the islands again, and
 * expects every answer still there (forms keep their draft in sessionStorage).
 */
export async function expectKeptAcrossReload(page: Page, answers: Record<string, string>): Promise<void> {
  for (const [selector, value] of Object.entries(answers)) await page.fill(selector, value)
  await page.reload()
  await page.waitForSelector('astro-island:not([ssr])')
  for (const [selector, value] of Object.entries(answers)) expect(await page.inputValue(selector)).toBe(value)
}

/** A 40×30 red PNG drawn on a canvas in the page, as a phone's photo would arrive. */
export async function canvasPng(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 40
    canvas.height = 30
    const context = canvas.getContext('2d')!
    context.fillStyle = '#c00'
    context.fillRect(0, 0, 40, 30)
    return canvas.toDataURL('image/png').split(',')[1]
  })
  return Buffer.from(base64, 'base64')
}

/** The report form's step about the person reporting: name, relationship and phone; then on to the next step. */
export async function answerReporterStep(page: Page, reporter: { name: string; relationship: string; phone: string }, next: () => Promise<void>): Promise<void> {
  await page.fill('#reporter-name', reporter.name)
  await page.selectOption('#reporter-relationship', reporter.relationship)
  await page.fill('#reporter-phone', reporter.phone)
  await next()
}

/**
 * A fresh page in its own context that records uncaught exceptions and console errors
 * (CSP violations among them), except those `ignore` names.
 */
export async function openPage(context: BrowserContext, ignore: (message: string) => boolean = () => false): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (msg) => msg.type() === 'error' && !ignore(msg.text()) && errors.push(msg.text()))
  page.on('pageerror', (err) => errors.push(err.message))
  return { page, errors }
}

/** Files a report through the API as a family would, from its own address; expects 201. */
export async function submitReport(baseUrl: string, report: unknown, ip: string): Promise<{ caseRef: string; receiptCode: string }> {
  const res = await fetch(`${baseUrl}/api/v1/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID(), 'cf-connecting-ip': ip },
    body: JSON.stringify(report),
  })
  if (res.status !== 201) throw new Error(`report not filed: ${res.status} ${await res.text()}`)
  return (await res.json()) as { caseRef: string; receiptCode: string }
}

/** Signs in to the console through the local sign-in page as a seeded staff member. */
export async function signInToConsole(page: Page, baseUrl: string, email: string, lang: string): Promise<void> {
  await page.goto(`${baseUrl}/staff/sign-in`)
  await page.check(`input[value="${email}"]`)
  await page.selectOption('#lang', lang)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(`${baseUrl}/staff/${lang}/`)
}

/** A date question (parts/fields.tsx, DateField) found by its field, e.g. `person.birthDate`. */
function dateQuestion(page: Page, field: string) {
  return page.locator(`fieldset[aria-describedby~="${field.replace(/\./g, '-')}-hint"]`)
}

/**
 * Answers a date question as a person would: types the day and the year, picks the
 * month by its name in the page's language (`month` 1–12, or 0 for none).
 */
export async function fillDate(page: Page, field: string, lang: Lang, date: { day: string; month: number; year: string }): Promise<void> {
  const t = createT(lang)
  const question = dateQuestion(page, field)
  await question.getByLabel(t('date.day'), { exact: true }).fill(date.day)
  await question.getByLabel(t('date.month'), { exact: true }).selectOption(date.month ? { label: monthNames(lang)[date.month - 1]! } : { index: 0 })
  await question.getByLabel(t('date.year'), { exact: true }).fill(date.year)
}

/** What a date question shows: the day and the year typed, and the month's name as chosen. */
export async function readDate(page: Page, field: string, lang: Lang): Promise<{ day: string; month: string; year: string }> {
  const t = createT(lang)
  const question = dateQuestion(page, field)
  const month = question.getByLabel(t('date.month'), { exact: true })
  return {
    day: await question.getByLabel(t('date.day'), { exact: true }).inputValue(),
    month: await month.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? ''),
    year: await question.getByLabel(t('date.year'), { exact: true }).inputValue(),
  }
}
