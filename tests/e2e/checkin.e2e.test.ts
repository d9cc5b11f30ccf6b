import { execFileSync } from 'node:child_process'
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { ZONES, formatAgo, readerZone } from '../../core/dates'
import { monthNames } from '../../core/day-input'
import { createT, type Lang } from '../../core/i18n'
import { answerReporterStep, axeViolations as axe, expectKeptAcrossReload, fillDate, handPushSubscription, readDate, signInToConsole, useBrowser, usePushService } from './browser'

const baseUrl = inject('baseUrl')
const persistDir = inject('persistDir')
const DAY = 86_400_000
const HOUR = 3_600_000

const browser = useBrowser()
const service = usePushService()

const OFFER = '캄보디아 시아누크빌 고객센터 상담원 모집. 월 1,500만원, 항공권 제공, 경력 무관. 텔레그램 @goldjob_kh 로 연락'

/** A read of the dev server's local D1, as an operator would make it. */
function d1(sql: string): Array<Record<string, unknown>> {
  const out = execFileSync('wrangler', ['d1', 'execute', 'DB', '--local', '--persist-to', persistDir, '--json', '--command', sql], {
    env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
    encoding: 'utf8',
  })
  return JSON.parse(out)[0].results
}

/**
 * Moves the clock: runs the Worker's cron as if scheduled at `time`. Wrangler dev's
 * scheduled-event endpoint takes the time (`/cdn-cgi/local/scheduled?time=`, Miniflare);
 * the sweep reads it from `controller.scheduledTime`, as it does in production.
 */
async function cronAt(time: number) {
  const res = await fetch(`${baseUrl}/cdn-cgi/local/scheduled?cron=${encodeURIComponent('* * * * *')}&time=${time}`)
  expect(res.status).toBe(200)
  await res.text()
}

async function context(lang: Lang, width = 360): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width, height: 780 }, locale: lang === 'km' ? 'km-KH' : 'ko-KR' })
}

async function hydrated(page: Page, url: string) {
  await page.goto(url)
  await page.waitForSelector('astro-island:not([ssr])')
}


/** Nothing wider than the phone's screen (360 px). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

/** Records a trip through the API, as the form does (its test of the form is the journey below). */
async function apiTrip(lang: Lang) {
  const secret = () => Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64url')
  const trip = {
    lang,
    // The e2e Worker runs with Cloudflare's always-pass test secret (scripts/dev-vars.mjs).
    turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX',
    travellerSecret: secret(),
    trustedSecret: secret(),
    code: '739251',
    duressCode: '2468',
    intervalDays: 3,
    graceHours: 24,
    trip: { destinationCountry: 'KH', destinationTown: 'Bavet', recruiterContacts: '@duress_case_recruiter' },
  }
  const res = await fetch(`${baseUrl}/api/v1/trips`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID(), 'cf-connecting-ip': '10.17.0.9' },
    body: JSON.stringify(trip),
  })
  expect(res.status).toBe(201)
  return trip
}

describe.each([['km'], ['ko']] as Array<[Lang]>)('before you go, in %s, on a 360 px phone', (lang) => {
  const t = createT(lang)

  it('records a trip from the offer check, checks in, raises the alarm when a check-in is missed, and the trusted person files the pre-filled report that reaches staff', async () => {
    // The traveller: from the offer check, one tap to "record this trip", the offer carried along.
    const traveller = await context(lang)
    const tPage = await traveller.newPage()
    const errors: string[] = []
    tPage.on('pageerror', (err) => errors.push(err.message))
    await tPage.goto(`${baseUrl}/${lang}/check/`)
    await tPage.waitForSelector('#offer-check[data-live]')
    await tPage.fill('#offer-text', OFFER)
    await tPage.waitForSelector('[data-testid=risk]')
    await tPage.getByRole('link', { name: t('check.trip.link') }).click()
    await tPage.waitForURL(`${baseUrl}/${lang}/before-you-go/`)
    expect(tPage.url()).not.toContain('goldjob')
    await tPage.waitForSelector('astro-island:not([ssr])')
    await expect.poll(() => tPage.inputValue('#trip-offerText')).toBe(OFFER)
    expect(await tPage.textContent('.trip-form')).toContain(t('trip.field.offerText.fromCheck'))

    // Nothing chosen: clear errors in words; then the answers, kept across a reload.
    await tPage.getByRole('button', { name: t('trip.submit') }).click()
    const summary = await tPage.locator('.error-summary').textContent()
    expect(summary).toContain(t('trip.destinationCountry.error.required'))
    expect(summary).toContain(t('trip.intervalDays.error.required'))
    expect(summary).toContain(t('trip.duressCode.error.required'))
    expect(await axe(tPage)).toEqual([])
    await tPage.selectOption('#trip-destinationCountry', 'KH')
    // The flight date as day, month by its name, year; kept across the reload with the rest.
    await fillDate(tPage, 'trip.flightDate', lang, { day: '20', month: 1, year: '2027' })
    await expectKeptAcrossReload(tPage, {
      '#trip-destinationTown': 'Sihanoukville',
      '#trip-name': lang === 'km' ? 'សុខ ដារ៉ា' : '박지훈',
      '#trip-employer': 'Golden Fortune CS',
      '#trip-employerAddress': 'Otres 2, building 7',
      '#trip-recruiterContacts': '@goldjob_kh\n+855 96 555 0142',
    })
    expect(await readDate(tPage, 'trip.flightDate', lang)).toEqual({ day: '20', month: monthNames(lang)[0], year: '2027' })
    await tPage.check('#intervalDays')
    await tPage.getByLabel(t('trip.grace.6'), { exact: true }).check()
    await tPage.fill('#duressCode', '2468')
    expect(await overflow(tPage)).toBeLessThanOrEqual(0)
    await tPage.getByRole('button', { name: t('trip.submit') }).click()
    await tPage.waitForSelector('[data-testid=trip-code]')
    const code = (await tPage.textContent('[data-testid=trip-code]'))!.trim()
    const checkInLink = await tPage.inputValue('#trip-link-checkIn')
    const trustedLink = await tPage.inputValue('#trip-link-trusted')
    expect(code).toMatch(/^\d{6}$/)
    expect(checkInLink).toMatch(new RegExp(`^${baseUrl}/${lang}/before-you-go/check-in/#[A-Za-z0-9_-]{24}$`))
    // Every time on these pages comes from core/dates.ts: long, in the reader's zone, the zone named.
    const zoneName = t(ZONES[readerZone(lang)].name)
    expect(await tPage.textContent('.trip-done')).toContain(`(${zoneName})`)
    expect(await overflow(tPage)).toBeLessThanOrEqual(0)
    expect(await axe(tPage)).toEqual([])

    // The trusted person's phone subscribes (the loopback push service's subscription, handed to the PushManager).
    const { subscription } = service.subscribe()
    const trusted = await context(lang)
    await handPushSubscription(trusted, baseUrl, subscription)
    const wPage = await trusted.newPage()
    wPage.on('pageerror', (err) => errors.push(err.message))
    await hydrated(wPage, trustedLink)
    await wPage.waitForSelector('.checked-in')
    const checkedIn = (await wPage.textContent('.checked-in'))!
    // Recorded moments ago, in the words core/dates.ts writes (Chromium has no Khmer: its fallback).
    const ago = (minutes: number) => formatAgo(new Date(Date.now() - minutes * 60_000).toISOString(), lang, Date.now(), lang === 'km' ? false : undefined)
    expect([0, 1, 2, 3].map(ago).some((words) => checkedIn.includes(words))).toBe(true)
    expect(checkedIn).toContain(`(${zoneName})`)
    expect(checkedIn).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:/)
    expect(await wPage.textContent('main')).not.toContain('Golden Fortune')
    // Worried before any check-in is missed: the report form is one link away, in their language.
    expect(await wPage.getByText(t('trip.trusted.worried')).isVisible()).toBe(true)
    expect(await wPage.getByRole('link', { name: t('trip.trusted.report') }).getAttribute('href')).toBe(`/${lang}/report/`)
    await wPage.getByRole('button', { name: t('trip.trusted.subscribe') }).click()
    await wPage.getByText(t('trip.trusted.subscribed')).waitFor()
    expect(await axe(wPage)).toEqual([])

    // One check-in.
    await hydrated(tPage, checkInLink)
    await tPage.fill('#code', code)
    await tPage.getByRole('button', { name: t('trip.checkin.fine') }).click()
    await tPage.getByText(t('trip.checkin.done'), { exact: false }).waitFor()
    expect(await overflow(tPage)).toBeLessThanOrEqual(0)
    expect(await axe(tPage)).toEqual([])

    // The clock moves past the deadline (every day, six hours' grace): the sweep raises the alarm and pushes.
    await cronAt(Date.now() + DAY + 7 * HOUR)
    const tried = d1("SELECT kind, audience FROM push_log WHERE kind = 'trip-alarm' AND audience = 'trusted'")
    expect(tried.length).toBeGreaterThan(0)
    // Wrangler dev cannot reach the loopback push service's https name, so the push the
    // Worker built is delivered into the real service worker as the push e2e does.
    const cdp = await trusted.newCDPSession(wPage)
    const registrations: Array<{ registrationId: string }> = []
    cdp.on('ServiceWorker.workerRegistrationUpdated', (e: { registrations: Array<{ registrationId: string }> }) => registrations.push(...e.registrations))
    await cdp.send('ServiceWorker.enable')
    await expect.poll(() => registrations.length).toBeGreaterThan(0)
    const payload = { title: 'Homeward', body: t('trip.push.body'), url: `/${lang}/before-you-go/trusted/`, tag: 'homeward-trip' }
    await cdp.send('ServiceWorker.deliverPushMessage', { origin: baseUrl, registrationId: registrations[0].registrationId, data: JSON.stringify(payload) })
    const shown = () => wPage.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ body: n.body, url: n.data?.url })))
    await expect.poll(shown).toEqual([{ body: t('trip.push.body'), url: `/${lang}/before-you-go/trusted/` }])

    // The notice opens the page (this phone kept the link): now the details, and one step.
    await hydrated(wPage, `${baseUrl}${(await shown())[0].url}`)
    await wPage.getByRole('heading', { name: t('trip.trusted.alarm') }).waitFor()
    const details = await wPage.textContent('.summary-list')
    for (const fact of ['Golden Fortune CS', 'Otres 2, building 7', '@goldjob_kh', 'Sihanoukville', '1,500']) expect(details).toContain(fact)
    expect(await overflow(wPage)).toBeLessThanOrEqual(0)
    expect(await axe(wPage)).toEqual([])
    await wPage.getByRole('button', { name: t('trip.trusted.report') }).click()
    await wPage.waitForURL(`${baseUrl}/${lang}/report/`)
    await wPage.waitForSelector('astro-island:not([ssr])')
    expect(await wPage.inputValue('#person-fullName')).toBe(lang === 'km' ? 'សុខ ដារ៉ា' : '박지훈')
    const cont = () => wPage.getByRole('button', { name: t('report.continue') }).click()
    await cont()
    expect(await wPage.inputValue('#journey-destinationTown')).toBe('Sihanoukville')
    expect(await wPage.inputValue('#journey-recruiterContacts')).toContain('@goldjob_kh')
    expect(await wPage.inputValue('#journey-offerText')).toBe(OFFER)
    // The day of the last check-in, in the date question's parts: a day, a month by name, a year.
    const lastContact = await readDate(wPage, 'journey.lastContactDate', lang)
    expect(lastContact.day).toMatch(/^\d{2}$/)
    expect(monthNames(lang)).toContain(lastContact.month)
    expect(lastContact.year).toMatch(/^\d{4}$/)
    await cont()
    await answerReporterStep(wPage, { name: lang === 'km' ? 'សុខ វណ្ណា' : '박영희', relationship: 'parent', phone: '010 2345 6789' }, cont)
    await wPage.check('#consents-personalData')
    await wPage.check('#consents-storageAbroad')
    await cont()
    await wPage.getByRole('button', { name: t('report.submit') }).click()
    await wPage.waitForSelector('[data-testid=case-ref]')
    const caseRef = (await wPage.textContent('[data-testid=case-ref]'))!.trim()

    // The case is in the staff queue, with the trip's facts.
    const staff = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const sPage = await staff.newPage()
    await signInToConsole(sPage, baseUrl, 'officer@example.org', lang)
    await sPage.waitForSelector(`table.queue tbody tr[data-case="${caseRef}"]`)
    await sPage.goto(`${baseUrl}/staff/${lang}/case/#${caseRef}`)
    await sPage.waitForSelector('[data-testid=staff-status]')
    const staffText = await sPage.textContent('main')
    for (const fact of ['Golden Fortune CS', '@goldjob_kh', 'Sihanoukville', t('trip.report.lastCheckIn', { when: '' }).split(':')[0].trim()]) expect(staffText).toContain(fact)

    // "I am home", then 31 days on: the trip is shredded, its links open nothing.
    await hydrated(tPage, checkInLink)
    await tPage.fill('#code', code)
    await tPage.locator('details.checkin-more summary').click()
    await tPage.getByRole('button', { name: t('trip.checkin.home') }).click()
    await tPage.getByText(t('trip.checkin.ended', { when: '' }).slice(0, 12), { exact: false }).waitFor()
    expect(d1("SELECT count(*) AS n FROM trips WHERE status = 'ended'")[0].n).toBe(1)
    await cronAt(Date.now() + 31 * DAY)
    expect(d1("SELECT count(*) AS n FROM trips WHERE status = 'ended'")[0].n).toBe(0)
    expect(d1('SELECT count(*) AS n FROM trip_push_subscriptions t WHERE NOT EXISTS (SELECT 1 FROM trips WHERE id = t.trip_id)')[0].n).toBe(0)
    await hydrated(wPage, trustedLink)
    await wPage.getByText(t('trip.trusted.notFound')).waitFor()

    expect(errors).toEqual([])
    await Promise.all([traveller.close(), trusted.close(), staff.close()])
  })

  it('a duress check-in looks exactly like a check-in, and opens an urgent case marked as such', async () => {
    const calm = await apiTrip(lang)
    const forced = await apiTrip(lang)
    // Both within one minute, so "next check-in by" reads the same.
    if (new Date().getSeconds() > 45) await new Promise((r) => setTimeout(r, (61 - new Date().getSeconds()) * 1000))
    const screens: Buffer[] = []
    const bodies: string[] = []
    for (const [trip, typed] of [[calm, calm.code], [forced, forced.duressCode]] as const) {
      const ctx = await context(lang)
      const page = await ctx.newPage()
      await hydrated(page, `${baseUrl}/${lang}/before-you-go/check-in/#${trip.travellerSecret}`)
      await page.fill('#code', typed)
      const answer = page.waitForResponse('**/api/v1/trips/check-in')
      await page.getByRole('button', { name: t('trip.checkin.fine') }).click()
      bodies.push(await (await answer).text())
      await page.getByText(t('trip.checkin.done'), { exact: false }).waitFor()
      await page.mouse.move(0, 0)
      screens.push(await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' }))
      await ctx.close()
    }
    expect(bodies[1]).toBe(bodies[0])
    expect(screens[1].equals(screens[0])).toBe(true)

    // The urgent case, at once, labelled, with the recruiter's handle.
    const staff = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const sPage = await staff.newPage()
    await signInToConsole(sPage, baseUrl, 'officer@example.org', lang)
    const row = sPage.locator('table.queue tbody tr.queue__row--self', { hasText: t('trip.duress.label') })
    await expect.poll(async () => {
      await sPage.reload()
      await sPage.waitForSelector('table.queue tbody tr[data-case]')
      return row.count()
      // The case is filed after the response (waitUntil), and a console reload on a busy machine takes more than poll's default second.
    }, { timeout: 20_000 }).toBeGreaterThan(0)
    const caseRef = await row.first().getAttribute('data-case')
    await sPage.goto(`${baseUrl}/staff/${lang}/case/#${caseRef}`)
    await sPage.waitForSelector('[data-testid=staff-status]')
    expect(await sPage.textContent('main')).toContain('@duress_case_recruiter')
    await staff.close()
  })
})
