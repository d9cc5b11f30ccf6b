import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest'
import worker from '../../worker/index'
import { OVERDUE_CRON } from '../../worker/push'
import { PUSH_ORIGIN } from '../push/origin'
import { dumpDatabase, familyFixture, freshIp, selfFixture } from './helpers'
import { ACCESS_ENV, STAFF, TEAM, accessToken, makeKeys, seedStaff, type Keys } from './staff-helpers'

declare module 'vitest' {
  export interface ProvidedContext {
    pushServiceUrl: string
  }
}

// The push service is the one thing stood in for: tests/push/push-service.ts on loopback,
// which checks each request's VAPID signature and decrypts the payload with the
// subscription's private key, as a browser's push service and the browser would.
const pushService = inject('pushServiceUrl')

type Subscription = { endpoint: string; keys: { p256dh: string; auth: string } }
type Delivery = { payload: string; receivedAt: number; ttl: string | null; urgency: string | null; headers: Record<string, string> }

async function newBrowser(): Promise<{ id: string; subscription: Subscription }> {
  const res = await fetch(`${pushService}/subscriptions`, { method: 'POST' })
  return res.json()
}
async function deliveries(id: string): Promise<Delivery[]> {
  return (await fetch(`${pushService}/subscriptions/${id}/messages`)).json()
}
/** Waits up to a minute (the bound) for the n-th push to a browser. */
async function waitForDeliveries(id: string, n: number): Promise<Delivery[]> {
  const until = Date.now() + 60_000
  for (;;) {
    const got = await deliveries(id)
    if (got.length >= n || Date.now() > until) return got
    await new Promise((r) => setTimeout(r, 20))
  }
}

let keys: Keys
const tokens: Record<string, string> = {}
const realFetch = globalThis.fetch

/** A request through the Worker with a real execution context, as workerd gives one; returns once the response is ready. */
async function send(path: string, init: { method?: string; json?: unknown; token?: string; ip?: string; headers?: Record<string, string> } = {}) {
  const headers = new Headers(init.headers)
  headers.set('cf-connecting-ip', init.ip ?? freshIp())
  if (init.token) headers.set('cf-access-jwt-assertion', init.token)
  if (init.json !== undefined) headers.set('content-type', 'application/json')
  const ctx = createExecutionContext()
  const res = await worker.request(
    `http://127.0.0.1${path}`,
    { method: init.method ?? (init.json === undefined ? 'GET' : 'POST'), headers, body: init.json === undefined ? undefined : JSON.stringify(init.json) },
    // Access settings only for staff calls: with a team domain set the Worker treats the
    // configuration as production and refuses public writes under Turnstile's test secret.
    init.token ? { ...env, ...ACCESS_ENV } : env,
    ctx,
  )
  return { res, done: () => waitOnExecutionContext(ctx) }
}

async function fileReport(report: Record<string, any>) {
  const { res, done } = await send('/api/v1/reports', { json: report, headers: { 'idempotency-key': crypto.randomUUID() } })
  expect(res.status).toBe(201)
  return { created: await res.json<{ caseRef: string; receiptCode: string }>(), done }
}

async function subscribeFamily(created: { caseRef: string; receiptCode: string }, lang: 'ko' | 'km' | 'en') {
  const browser = await newBrowser()
  const { res } = await send('/api/v1/push/case', { json: { ...created, subscription: browser.subscription, lang } })
  expect(res.status).toBe(201)
  return browser
}

async function subscribeDevice(token: string, lang: 'ko' | 'km' | 'en') {
  const browser = await newBrowser()
  const { res } = await send('/api/v1/staff/push/devices', { json: { subscription: browser.subscription, lang }, token })
  expect(res.status).toBe(201)
  return browser
}

const staffMessage = (caseRef: string, body: string) => send(`/api/v1/staff/reports/${caseRef}/messages`, { json: { body }, token: tokens.triager })
const pushLog = (caseRef: string) =>
  env.DB.prepare('SELECT case_ref, kind, audience, outcome, status FROM push_log WHERE case_ref = ?1 ORDER BY id').bind(caseRef).all().then((r) => r.results)

const KHMER_NEWS = { title: 'Homeward', body: 'មានព័ត៌មានថ្មីអំពីករណីរបស់អ្នក', url: '/km/case/', tag: 'homeward-case' }
const URGENT_EN = { title: 'Homeward', body: '1 urgent report waiting', url: '/staff/en/', tag: 'homeward-urgent' }

beforeAll(async () => {
  keys = await makeKeys()
  await seedStaff()
})
beforeEach(async () => {
  // Cloudflare Access's certs from memory; every other request (the push service on
  // loopback) goes out for real.
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    if (url === `${TEAM}/cdn-cgi/access/certs`) return Response.json({ keys: [keys.publicJwk] })
    // The push service's https name resolves to the loopback service, request unchanged.
    if (url.startsWith('https://push.unreachable.test/')) throw new TypeError('fetch failed')
    if (url.startsWith(`${PUSH_ORIGIN}/`)) return realFetch(new Request(`${pushService}${url.slice(PUSH_ORIGIN.length)}`, new Request(input, init)))
    return realFetch(input, init)
  })
  for (const [role, email] of Object.entries(STAFF)) tokens[role] = await accessToken(keys, { email, sub: `user-${role}` })
  await env.DB.batch([env.DB.prepare('DELETE FROM on_call'), env.DB.prepare('DELETE FROM staff_push_devices')])
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('families hear there is news on their case', () => {
  it('pushes "there is news on your case" in Khmer after a staff reply, with nothing personal in it', async () => {
    const { created } = await fileReport({ ...familyFixture(), lang: 'km' })
    const browser = await subscribeFamily(created, 'km')
    const reply = 'យើងបានរកឃើញកូនប្រុសរបស់អ្នកនៅបាវិត។ សូមទូរសព្ទមកយើង។'

    const started = Date.now()
    const { res } = await staffMessage(created.caseRef, reply)
    expect(res.status).toBe(201)
    const [push, ...more] = await waitForDeliveries(browser.id, 1)
    console.log(`push: staff reply to push arrival ${push.receivedAt - started} ms`)

    expect(more).toEqual([])
    expect(JSON.parse(push.payload)).toEqual(KHMER_NEWS)
    expect(push.urgency).toBe('normal')
    const wire = push.payload + JSON.stringify(push.headers)
    const fixture = familyFixture()
    for (const secret of [created.caseRef, created.receiptCode, reply, fixture.person.fullName, fixture.reporter.contact]) {
      expect(wire).not.toContain(secret)
    }
    expect(await pushLog(created.caseRef)).toEqual([{ case_ref: created.caseRef, kind: 'case-news', audience: 'family', outcome: 'sent', status: 201 }])
  })

  it('keeps the subscription sealed: no endpoint or key in any table', async () => {
    const { created } = await fileReport(familyFixture())
    const browser = await subscribeFamily(created, 'ko')
    const dump = await dumpDatabase()
    expect(dump).not.toContain(browser.subscription.endpoint)
    expect(dump).not.toContain(browser.id)
    expect(dump).not.toContain(browser.subscription.keys.p256dh)
    expect(dump).not.toContain(browser.subscription.keys.auth)
  })

  it('sends one push for the acknowledgement and one for each later status change', async () => {
    const { created } = await fileReport(familyFixture())
    const browser = await subscribeFamily(created, 'en')
    const ack = await send(`/api/v1/staff/reports/${created.caseRef}/status`, { json: { status: 'acknowledged', version: 1 }, token: tokens.triager })
    expect(ack.res.status).toBe(200)
    await ack.done()
    expect((await deliveries(browser.id)).map((d) => JSON.parse(d.payload))).toEqual([
      { title: 'Homeward', body: 'There is news on your case', url: '/en/case/', tag: 'homeward-case' },
    ])
    const next = await send(`/api/v1/staff/reports/${created.caseRef}/status`, { json: { status: 'investigating', version: 2 }, token: tokens.triager })
    await next.done()
    expect(await deliveries(browser.id)).toHaveLength(2)
  })

  it('stops when the family unsubscribes from the case page', async () => {
    const { created } = await fileReport(familyFixture())
    const browser = await subscribeFamily(created, 'ko')
    const { res } = await send('/api/v1/push/case/stop', { json: { ...created, endpoint: browser.subscription.endpoint } })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ subscribed: false })
    const reply = await staffMessage(created.caseRef, 'Any news?')
    await reply.done()
    expect(await deliveries(browser.id)).toEqual([])
    expect(await pushLog(created.caseRef)).toEqual([])
  })

  it('deletes a subscription the push service reports gone (410)', async () => {
    const { created } = await fileReport(familyFixture())
    const browser = await subscribeFamily(created, 'ko')
    await fetch(`${pushService}/subscriptions/${browser.id}/gone`, { method: 'POST' })
    const reply = await staffMessage(created.caseRef, 'Hello')
    await reply.done()
    expect(await pushLog(created.caseRef)).toEqual([{ case_ref: created.caseRef, kind: 'case-news', audience: 'family', outcome: 'gone', status: 410 }])
    const left = await env.DB.prepare('SELECT count(*) AS n FROM case_push_subscriptions s JOIN reports r ON r.id = s.report_id WHERE r.case_ref = ?1').bind(created.caseRef).first('n')
    expect(left).toBe(0)
  })

  it('never fails the staff reply when the push service cannot be reached', async () => {
    const { created } = await fileReport(familyFixture())
    const unreachable = { endpoint: 'https://push.unreachable.test/push/nobody', keys: (await newBrowser()).subscription.keys }
    expect((await send('/api/v1/push/case', { json: { ...created, subscription: unreachable, lang: 'ko' } })).res.status).toBe(201)
    const reply = await staffMessage(created.caseRef, 'Hello')
    expect(reply.res.status).toBe(201)
    await reply.done()
    expect(await pushLog(created.caseRef)).toEqual([{ case_ref: created.caseRef, kind: 'case-news', audience: 'family', outcome: 'failed', status: null }])
  })

  it('refuses to subscribe without the right receipt code, as the case page would', async () => {
    const { created } = await fileReport(familyFixture())
    const browser = await newBrowser()
    const wrong = { caseRef: created.caseRef, receiptCode: 'A'.repeat(26) }
    const { res } = await send('/api/v1/push/case', { json: { ...wrong, subscription: browser.subscription, lang: 'ko' } })
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
  })

  it('refuses a subscription whose endpoint is not a push service address', async () => {
    const { created } = await fileReport(familyFixture())
    const { subscription } = await newBrowser()
    const { res } = await send('/api/v1/push/case', { json: { ...created, subscription: { ...subscription, endpoint: 'http://10.0.0.1/push/x' }, lang: 'ko' } })
    expect(res.status).toBe(400)
    expect((await res.json<{ errors: Array<{ field: string }> }>()).errors.map((e) => e.field)).toEqual(['subscription.endpoint'])
  })

  it('shreds the subscription with the case', async () => {
    const { created } = await fileReport(familyFixture())
    await subscribeFamily(created, 'ko')
    const reportId = await env.DB.prepare('SELECT id FROM reports WHERE case_ref = ?1').bind(created.caseRef).first<string>('id')
    const count = () => env.DB.prepare('SELECT count(*) AS n FROM case_push_subscriptions WHERE report_id = ?1').bind(reportId).first('n')
    expect(await count()).toBe(1)
    const erase = await send(`/api/v1/staff/reports/${created.caseRef}/erase`, { json: { reason: 'Family asked for erasure' }, token: tokens.supervisor })
    expect(erase.res.status).toBe(200)
    expect(await count()).toBe(0)
  })
})

describe('officers on call hear of urgent reports at once', () => {
  async function goOnCall(token: string, hours = 12) {
    const { res } = await send('/api/v1/staff/on-call', { json: { hours }, token })
    expect(res.status).toBe(200)
  }

  it('pushes a self-report to the on-call officer within the minute, and not to supervisors', async () => {
    const officer = await subscribeDevice(tokens.triager, 'en')
    const supervisor = await subscribeDevice(tokens.supervisor, 'ko')
    await goOnCall(tokens.triager)

    const started = Date.now()
    const { created } = await fileReport(selfFixture())
    const [push] = await waitForDeliveries(officer.id, 1)
    console.log(`push: self-report to on-call officer's device ${push.receivedAt - started} ms`)
    expect(push.receivedAt - started).toBeLessThan(60_000)
    expect(JSON.parse(push.payload)).toEqual(URGENT_EN)
    expect(push.urgency).toBe('high')
    const self = selfFixture()
    for (const secret of [created.caseRef, self.situation.location, self.situation.contact, self.situation.name]) expect(push.payload + JSON.stringify(push.headers)).not.toContain(secret)
    expect(await deliveries(supervisor.id)).toEqual([])
    expect(await pushLog(created.caseRef)).toEqual([{ case_ref: created.caseRef, kind: 'self-report', audience: 'on-call', outcome: 'sent', status: 201 }])
  })

  it('with no one on call, pushes a self-report to supervisors and the console says so', async () => {
    const officer = await subscribeDevice(tokens.triager, 'en')
    const supervisor = await subscribeDevice(tokens.supervisor, 'ko')
    const { created, done } = await fileReport(selfFixture())
    await done()
    expect(await deliveries(officer.id)).toEqual([])
    expect((await deliveries(supervisor.id)).map((d) => JSON.parse(d.payload))).toEqual([
      { title: 'Homeward', body: '긴급 신고 1건이 기다리고 있습니다', url: '/staff/ko/', tag: 'homeward-urgent' },
    ])
    expect(await pushLog(created.caseRef)).toEqual([{ case_ref: created.caseRef, kind: 'self-report', audience: 'supervisor', outcome: 'sent', status: 201 }])
    const { res } = await send('/api/v1/staff/on-call', { token: tokens.viewer })
    const status = await res.json<{ onCallNow: number; unattendedSelfReports: number; myShiftEnds: string | null }>()
    expect(status.onCallNow).toBe(0)
    expect(status.myShiftEnds).toBeNull()
    expect(status.unattendedSelfReports).toBeGreaterThanOrEqual(1)
  })

  it('pushes a family message to the assignee while they are on call', async () => {
    const officer = await subscribeDevice(tokens.triager, 'en')
    await goOnCall(tokens.triager)
    const { created } = await fileReport(familyFixture())
    const assign = await send(`/api/v1/staff/reports/${created.caseRef}/assign`, { json: { assignee: STAFF.triager, version: 1 }, token: tokens.triager })
    expect(assign.res.status).toBe(200)
    const message = await send('/api/v1/cases/messages', { json: { ...created, turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX', body: '그가 어제 전화했어요' } })
    expect(message.res.status).toBe(201)
    await message.done()
    expect((await deliveries(officer.id)).map((d) => JSON.parse(d.payload))).toEqual([URGENT_EN])
    expect(await pushLog(created.caseRef)).toEqual([{ case_ref: created.caseRef, kind: 'family-message', audience: 'assignee', outcome: 'sent', status: 201 }])
  })

  it('the cron sweep pushes a case that turned overdue, once', async () => {
    const officer = await subscribeDevice(tokens.triager, 'en')
    await goOnCall(tokens.triager)
    const { created } = await fileReport(familyFixture())
    // The deadline passes: set it a minute back, as time would.
    await env.DB.prepare('UPDATE reports SET ack_deadline = ?2 WHERE case_ref = ?1').bind(created.caseRef, new Date(Date.now() - 60_000).toISOString()).run()
    for (let run = 0; run < 2; run++) {
      const ctx = createExecutionContext()
      await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: OVERDUE_CRON }), env, ctx)
      await waitOnExecutionContext(ctx)
    }
    expect((await deliveries(officer.id)).map((d) => JSON.parse(d.payload))).toEqual([URGENT_EN])
    expect(await pushLog(created.caseRef)).toEqual([{ case_ref: created.caseRef, kind: 'overdue', audience: 'on-call', outcome: 'sent', status: 201 }])
  })

  it('ends a shift on request and refuses a shift longer than a day', async () => {
    await goOnCall(tokens.triager, 8)
    const mine = await (await send('/api/v1/staff/on-call', { token: tokens.triager })).res.json<{ myShiftEnds: string | null; onCallNow: number }>()
    expect(Date.parse(mine.myShiftEnds!) - Date.now()).toBeGreaterThan(7.9 * 3_600_000)
    await goOnCall(tokens.triager, 0)
    expect(await (await send('/api/v1/staff/on-call', { token: tokens.triager })).res.json()).toMatchObject({ myShiftEnds: null })
    const { res } = await send('/api/v1/staff/on-call', { json: { hours: 25 }, token: tokens.triager })
    expect(res.status).toBe(400)
    const viewer = await send('/api/v1/staff/on-call', { json: { hours: 1 }, token: tokens.viewer })
    expect(viewer.res.status).toBe(403)
  })

  it('serves the VAPID public key browsers subscribe with', async () => {
    const { res } = await send('/api/v1/push/key')
    const { publicKey } = await res.json<{ publicKey: string }>()
    const point = Uint8Array.from(atob(publicKey.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))
    expect(point).toHaveLength(65)
    expect(point[0]).toBe(4)
  })
})
