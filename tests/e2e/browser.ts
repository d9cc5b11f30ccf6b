import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

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
