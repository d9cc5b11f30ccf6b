import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createT } from '../../core/i18n'
import family from '../fixtures/report-family.json'
import { launchBrowser } from './browser'

const baseUrl = inject('baseUrl')
const en = createT('en')

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function fileReport(): Promise<{ caseRef: string; receiptCode: string }> {
  const res = await fetch(`${baseUrl}/api/v1/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify(family),
  })
  expect(res.status).toBe(201)
  return res.json() as Promise<{ caseRef: string; receiptCode: string }>
}

/** Presses Enter in the receipt code field and waits for the page the POST returns. */
async function submitWithEnter(page: Page) {
  await Promise.all([
    page.waitForResponse((res) => res.request().method() === 'POST' && res.url() === `${baseUrl}/en/case/`),
    page.press('#receiptCode', 'Enter'),
  ])
  await page.waitForLoadState('load')
}

describe('the case page in a browser with scripts blocked (issue 13, finding 1)', () => {
  it('opens the case by posting the form: the codes are in no URL, no history entry and not in the server log', async () => {
    const { caseRef, receiptCode } = await fileReport()
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' })
    const page = await context.newPage()
    const requests: Array<{ method: string; url: string; body: string | null }> = []
    page.on('request', (request) => requests.push({ method: request.method(), url: request.url(), body: request.postData() }))

    await page.goto(`${baseUrl}/en/case/`)
    // No island runs: the form is the server-rendered one.
    expect(await page.locator('astro-island[ssr]').count()).toBe(1)
    await page.fill('#caseRef', caseRef)
    await page.fill('#receiptCode', receiptCode)
    await submitWithEnter(page)

    // The case, in words.
    expect((await page.textContent('[data-testid=case-status]'))!.trim()).toBe(en('case.status.new'))
    expect(await page.locator('.timeline').textContent()).toContain(en('case.event.received'))
    expect(await page.locator('main').textContent()).toContain(caseRef)

    // The codes travelled in a POST body, never in a URL.
    const submitted = requests.find((r) => r.method === 'POST')!
    expect(submitted.url).toBe(`${baseUrl}/en/case/`)
    expect(submitted.body).toContain('receiptCode=')
    const secrets = [caseRef, receiptCode, receiptCode.replace(/-/g, ''), encodeURIComponent(caseRef)]
    for (const { url } of requests) for (const secret of secrets) expect(url).not.toContain(secret)
    expect(page.url()).toBe(`${baseUrl}/en/case/`)

    // Nor in the browser's history.
    const cdp = await context.newCDPSession(page)
    const history = (await cdp.send('Page.getNavigationHistory')) as { entries: Array<{ url: string }> }
    expect(history.entries.length).toBeGreaterThan(0)
    for (const entry of history.entries) for (const secret of secrets) expect(entry.url).not.toContain(secret)

    // Nor in the dev server's log, which does record the request.
    const log = readFileSync(join(inject('persistDir'), 'wrangler-dev.log'), 'utf8')
    expect(log).toMatch(/POST \/en\/case\//)
    for (const secret of secrets) expect(log).not.toContain(secret)

    // Leaving the case is a plain link back to the empty form.
    expect(await page.getByRole('link', { name: en('case.signOut') }).getAttribute('href')).toBe('/en/case/')
    await context.close()
  })

  it('shows the not-found words for a wrong code, with the form again', async () => {
    const { caseRef } = await fileReport()
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/en/case/`)
    await page.fill('#caseRef', caseRef)
    await page.fill('#receiptCode', 'B'.repeat(26))
    await submitWithEnter(page)
    expect(await page.locator('.error-summary').textContent()).toContain(en('case.notFound'))
    expect(await page.locator('#caseRef').count()).toBe(1)
    expect(await page.title()).toMatch(new RegExp(`^${en('error.prefix')}`))
    await context.close()
  })
})
