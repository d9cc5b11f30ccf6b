import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
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
