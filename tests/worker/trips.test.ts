import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest'
import { createT } from '../../core/i18n'
import worker from '../../worker/index'
import { OVERDUE_CRON } from '../../worker/push'
import { SITEVERIFY_URL } from '../../worker/turnstile'
import { PUSH_ORIGIN } from '../push/origin'
import { dumpDatabase, freshIp } from './helpers'

declare module 'vitest' {
  export interface ProvidedContext {
    pushServiceUrl: string
  }
}

// The push service is the one thing stood in for: tests/push/push-service.ts on loopback.
const pushService = inject('pushServiceUrl')
const realFetch = globalThis.fetch
const DAY = 86_400_000

type Delivery = { payload: string; urgency: string | null; headers: Record<string, string> }

const secret = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18)))).replace(/\+/g, '-').replace(/\//g, '_')

const DETAILS = {
  name: '김민수',
  destinationCountry: 'KH',
  destinationTown: 'Sihanoukville',
  employer: 'Golden Fortune CS Co.',
  employerAddress: 'Otres road, building 7',
  recruiterContacts: '텔레그램 @jobking88',
  offerText: '월 1,500만원 고객센터 상담원, 비행기표 제공. 텔레 @jobking88',
  flightDate: '2026-11-20',
}

function newTrip(overrides: Record<string, unknown> = {}) {
  return { lang: 'ko', turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX', travellerSecret: secret(), trustedSecret: secret(), code: '482913', duressCode: '1357', intervalDays: 2, graceHours: 12, trip: { ...DETAILS }, ...overrides }
}

async function send(path: string, json: unknown, headers: Record<string, string> = {}, overrides: Partial<Env> = {}) {
  const ctx = createExecutionContext()
  const res = await worker.request(
    `http://127.0.0.1${path}`,
    { method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': freshIp(), ...headers }, body: JSON.stringify(json) },
    { ...env, ...overrides },
    ctx,
  )
  return { res, done: () => waitOnExecutionContext(ctx) }
}

async function record(trip = newTrip(), key = crypto.randomUUID()) {
  const { res } = await send('/api/v1/trips', trip, { 'idempotency-key': key })
  expect(res.status).toBe(201)
  return trip
}

async function sweepAt(time: number) {
  const ctx = createExecutionContext()
  await worker.scheduled(createScheduledController({ cron: OVERDUE_CRON, scheduledTime: time }), env, ctx)
  await waitOnExecutionContext(ctx)
}

async function newBrowser(): Promise<{ id: string; subscription: { endpoint: string; keys: { p256dh: string; auth: string } } }> {
  return (await fetch(`${pushService}/subscriptions`, { method: 'POST' })).json()
}
async function waitForDeliveries(id: string, n: number): Promise<Delivery[]> {
  const until = Date.now() + 20_000
  for (;;) {
    const got: Delivery[] = await (await fetch(`${pushService}/subscriptions/${id}/messages`)).json()
    if (got.length >= n || Date.now() > until) return got
    await new Promise((r) => setTimeout(r, 20))
  }
}
const watch = async (trustedSecret: string) => send('/api/v1/trips/watch', { secret: trustedSecret }).then(({ res }) => res)
const tripCount = async () => (await env.DB.prepare('SELECT count(*) AS n FROM trips').first<{ n: number }>())!.n

beforeEach(() => {
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    // The push service's https name resolves to the loopback service, request unchanged.
    if (url.startsWith(`${PUSH_ORIGIN}/`)) return realFetch(new Request(`${pushService}${url.slice(PUSH_ORIGIN.length)}`, new Request(input, init)))
    return realFetch(input, init)
  })
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('recording a trip', () => {
  it('records one trip however often the same request is retried, and refuses another body under the same key', async () => {
    const before = await tripCount()
    const trip = newTrip()
    const key = crypto.randomUUID()
    const first = await send('/api/v1/trips', trip, { 'idempotency-key': key })
    const again = await send('/api/v1/trips', trip, { 'idempotency-key': key })
    expect(first.res.status).toBe(201)
    expect(again.res.status).toBe(201)
    expect(again.res.headers.get('idempotent-replayed')).toBe('true')
    expect(await again.res.json()).toEqual(await first.res.json())
    expect(await tripCount()).toBe(before + 1)
    const other = await send('/api/v1/trips', { ...trip, intervalDays: 7 }, { 'idempotency-key': key })
    expect(other.res.status).toBe(422)
  })

  it('answers bad input with field codes the form shows in words, never a 500', async () => {
    const { res } = await send(
      '/api/v1/trips',
      newTrip({ intervalDays: 5, trip: { destinationCountry: '', flightDate: '2026-02-31' } }),
      { 'idempotency-key': crypto.randomUUID() },
    )
    expect(res.status).toBe(400)
    const body = await res.json<{ type: string; errors: Array<{ field: string; code: string }> }>()
    expect(body.type).toBe('validation')
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: 'intervalDays', code: 'trip.intervalDays.error.required' },
        { field: 'trip.destinationCountry', code: 'trip.destinationCountry.error.required' },
        { field: 'trip.flightDate', code: 'trip.flightDate.error.notReal' },
      ]),
    )
    // A duress code equal to the check-in code would make the alarm impossible to raise.
    const same = await send('/api/v1/trips', newTrip({ duressCode: '482913' }), { 'idempotency-key': crypto.randomUUID() })
    expect((await same.res.json<{ errors: unknown }>()).errors).toEqual([{ field: 'duressCode', code: 'trip.duressCode.error.same' }])
    const en = createT('en')
    for (const e of body.errors) expect(en(e.code as never)).not.toBe(e.code)
  })

  it('refuses a second trip under a link secret another trip has, with a field error, not a 500', async () => {
    const first = await record()
    const { res } = await send('/api/v1/trips', newTrip({ travellerSecret: first.travellerSecret }), { 'idempotency-key': crypto.randomUUID() })
    expect(res.status).toBe(400)
    expect((await res.json<{ errors: unknown }>()).errors).toEqual([{ field: 'travellerSecret', code: 'error.invalid' }])
  })

  it('keeps nothing a person wrote, no link secret and no code readable in D1', async () => {
    const trip = await record()
    const dump = await dumpDatabase()
    for (const plain of [DETAILS.name, DETAILS.employer, DETAILS.employerAddress, '@jobking88', DETAILS.destinationTown, trip.travellerSecret, trip.trustedSecret]) {
      expect(dump).not.toContain(plain)
    }
  })
})

describe('Turnstile on recording a trip', () => {
  const ko = createT('ko')
  const production = 'live-secret-0123456789abcdef0123456789'

  it('refuses a trip without a token, in words, and records nothing', async () => {
    const before = await tripCount()
    const { turnstileToken: _none, ...trip } = newTrip()
    const { res } = await send('/api/v1/trips', trip, { 'idempotency-key': crypto.randomUUID() })
    expect(res.status).toBe(400)
    const body = await res.json<{ errors: Array<{ field: string; code: string }> }>()
    expect(body.errors).toEqual([{ field: 'turnstileToken', code: 'report.turnstile.error.required' }])
    expect(ko(body.errors[0].code as never)).not.toBe(body.errors[0].code)
    expect(await tripCount()).toBe(before)
  })

  it.each([
    ['fails', '2x0000000000000000000000000000000AA'],
    ['says the token was spent', '3x0000000000000000000000000000000AA'],
  ])('refuses a trip whose token Turnstile %s, with the localized problem, and records nothing', async (_what, secretKey) => {
    const before = await tripCount()
    const { res } = await send('/api/v1/trips', newTrip(), { 'idempotency-key': crypto.randomUUID() }, { TURNSTILE_SECRET: secretKey })
    expect(res.status).toBe(403)
    expect(await res.json()).toEqual({ type: 'turnstile', title: ko('problem.turnstile.title'), status: 403, errors: [{ field: 'turnstileToken', code: 'report.turnstile.error.failed' }] })
    expect(await tripCount()).toBe(before)
  })

  it('asks siteverify for the trip action and this host, refuses another action, and fails closed when it cannot answer', async () => {
    const answers: Array<() => Response> = [
      () => Response.json({ success: true, action: 'trip', hostname: '127.0.0.1', 'error-codes': [] }),
      () => Response.json({ success: true, action: 'report', hostname: '127.0.0.1', 'error-codes': [] }),
      () => {
        throw new TypeError('Network connection lost.')
      },
    ]
    const asked: FormData[] = []
    vi.mocked(globalThis.fetch).mockImplementation(async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
      if (url !== SITEVERIFY_URL) return realFetch(input, init)
      asked.push(init!.body as FormData)
      return answers[asked.length - 1]()
    })
    const before = await tripCount()
    const post = () => send('/api/v1/trips', newTrip(), { 'idempotency-key': crypto.randomUUID() }, { TURNSTILE_SECRET: production }).then(({ res }) => res)
    expect((await post()).status).toBe(201)
    expect(asked[0].get('response')).toBe('XXXX.DUMMY.TOKEN.XXXX')
    expect(asked[0].get('secret')).toBe(production)
    expect((await post()).status).toBe(403)
    const unreachable = await post()
    expect(unreachable.status).toBe(503)
    expect((await unreachable.json<{ title: string }>()).title).toBe(ko('problem.unavailable.title'))
    expect(await tripCount()).toBe(before + 1)
  })

  it('answers a retry of a recorded trip from the first answer, though its token is spent', async () => {
    const trip = newTrip()
    const key = crypto.randomUUID()
    const first = await send('/api/v1/trips', trip, { 'idempotency-key': key })
    const retry = await send('/api/v1/trips', { ...trip, turnstileToken: 'another-token' }, { 'idempotency-key': key }, { TURNSTILE_SECRET: '3x0000000000000000000000000000000AA' })
    expect(retry.res.status).toBe(201)
    expect(retry.res.headers.get('idempotent-replayed')).toBe('true')
    expect(await retry.res.json()).toEqual(await first.res.json())
  })

  it('lets a check-in through with no token at all: the link secret and the code are its proof', async () => {
    const trip = await record()
    const { res } = await send('/api/v1/trips/check-in', { secret: trip.travellerSecret, code: trip.code }, {}, { TURNSTILE_SECRET: '2x0000000000000000000000000000000AA' })
    expect(res.status).toBe(200)
  })
})

describe('checking in', () => {
  it('takes one tap with the right code, and refuses a wrong code in words', async () => {
    const trip = await record()
    const ok = await send('/api/v1/trips/check-in', { secret: trip.travellerSecret, code: trip.code })
    expect(ok.res.status).toBe(200)
    const { nextCheckInBy } = await ok.res.json<{ nextCheckInBy: string }>()
    expect(Date.parse(nextCheckInBy) - Date.now()).toBeGreaterThan(2 * DAY - 120_000)
    const wrong = await send('/api/v1/trips/check-in', { secret: trip.travellerSecret, code: '000000' })
    expect(wrong.res.status).toBe(400)
    expect((await wrong.res.json<{ errors: unknown }>()).errors).toEqual([{ field: 'code', code: 'trip.code.error.wrong' }])
    const unknown = await send('/api/v1/trips/check-in', { secret: secret(), code: trip.code })
    expect(unknown.res.status).toBe(404)
  })

  it('answers a duress check-in with the very bytes of a normal one, then opens an urgent case marked as such and tells the trusted device', async () => {
    // Two identical trips, checked in within one minute: one normally, one under duress.
    if (new Date().getSeconds() > 50) await new Promise((r) => setTimeout(r, (61 - new Date().getSeconds()) * 1000))
    const calm = await record()
    const forced = await record()
    const label = createT('ko')('trip.duress.label')
    const duressCasesBefore = (await env.DB.prepare('SELECT count(*) AS n FROM report_labels WHERE label = ?1').bind(label).first<{ n: number }>())!.n
    const browser = await newBrowser()
    expect((await send('/api/v1/trips/watch/push', { secret: forced.trustedSecret, subscription: browser.subscription, lang: 'km' })).res.status).toBe(201)

    const normal = await send('/api/v1/trips/check-in', { secret: calm.travellerSecret, code: calm.code })
    const duress = await send('/api/v1/trips/check-in', { secret: forced.travellerSecret, code: forced.duressCode })
    expect(duress.res.status).toBe(normal.res.status)
    expect([...duress.res.headers]).toEqual([...normal.res.headers])
    expect(new Uint8Array(await duress.res.arrayBuffer())).toEqual(new Uint8Array(await normal.res.arrayBuffer()))
    await duress.done()

    const row = await env.DB.prepare(
      `SELECT r.kind, r.priority, r.case_ref FROM reports r JOIN report_labels l ON l.report_id = r.id WHERE l.label = ?1 ORDER BY r.created_at DESC LIMIT 1`,
    )
      .bind(label)
      .first<{ kind: string; priority: number; case_ref: string }>()
    expect(row?.kind).toBe('self')
    // The trip's facts reach staff, and the recruiter's handle joins the identifier index.
    const indicator = await env.DB.prepare(
      "SELECT count(*) AS n FROM indicator_sources s JOIN reports r ON r.id = s.source_id WHERE s.source_kind = 'report' AND r.case_ref = ?1",
    )
      .bind(row!.case_ref)
      .first<{ n: number }>()
    expect(indicator!.n).toBeGreaterThan(0)

    // The code entered again (the captor asks twice): still one case.
    const twice = await send('/api/v1/trips/check-in', { secret: forced.travellerSecret, code: forced.duressCode })
    expect(twice.res.status).toBe(200)
    await twice.done()
    const cases = await env.DB.prepare('SELECT count(*) AS n FROM report_labels WHERE label = ?1').bind(label).first<{ n: number }>()
    expect(cases!.n).toBe(duressCasesBefore + 1)

    const [push, ...more] = await waitForDeliveries(browser.id, 1)
    expect(more).toEqual([])
    expect(JSON.parse(push.payload)).toEqual({ title: 'Homeward', body: createT('km')('trip.push.body'), url: '/km/before-you-go/trusted/', tag: 'homeward-trip' })
    // The calm trip raised nothing; the forced one now shows its details to the trusted person.
    expect((await (await watch(calm.trustedSecret)).json<{ status: string; details: unknown }>()).details).toBeNull()
    const seen = await (await watch(forced.trustedSecret)).json<{ status: string; details: unknown }>()
    expect(seen).toMatchObject({ status: 'alarm', details: DETAILS })
  })
})

describe('going home, or out of reach', () => {
  it('moves the next check-in later by the days asked for, and the trusted person sees the new time', async () => {
    const trip = await record()
    const { res } = await send('/api/v1/trips/extend', { secret: trip.travellerSecret, code: trip.code, days: 7 })
    expect(res.status).toBe(200)
    const { nextCheckInBy } = await res.json<{ nextCheckInBy: string }>()
    expect(Math.round((Date.parse(nextCheckInBy) - Date.now()) / DAY)).toBe(2 + 7)
    expect(await (await watch(trip.trustedSecret)).json()).toMatchObject({ status: 'active', nextCheckInBy })
    await sweepAt(Date.now() + 5 * DAY) // past the old deadline, not the new one
    expect(await (await watch(trip.trustedSecret)).json()).toMatchObject({ status: 'active' })
  })

  it('answers "I am home" under duress with the bytes of a real one, and keeps the trip open with the alarm up', async () => {
    if (new Date().getSeconds() > 50) await new Promise((r) => setTimeout(r, (61 - new Date().getSeconds()) * 1000))
    const real = await record()
    const forced = await record()
    const home = await send('/api/v1/trips/home', { secret: real.travellerSecret, code: real.code })
    const duress = await send('/api/v1/trips/home', { secret: forced.travellerSecret, code: forced.duressCode })
    expect(await duress.res.text()).toBe(await home.res.text())
    await duress.done()
    expect(await (await watch(real.trustedSecret)).json()).toMatchObject({ status: 'ended', details: null })
    expect(await (await watch(forced.trustedSecret)).json()).toMatchObject({ status: 'alarm', details: DETAILS })
  })
})

describe('the sweep', () => {
  it('tells the trusted person once when a check-in is missed, and only then shows them the details', async () => {
    const trip = await record(newTrip({ intervalDays: 1, graceHours: 6 }))
    const browser = await newBrowser()
    expect((await send('/api/v1/trips/watch/push', { secret: trip.trustedSecret, subscription: browser.subscription, lang: 'ko' })).res.status).toBe(201)
    const before = await (await watch(trip.trustedSecret)).json<Record<string, unknown>>()
    expect(before).toMatchObject({ status: 'active', details: null, alarmAt: null })

    await sweepAt(Date.now() + DAY) // within the grace period: nothing
    expect(await (await fetch(`${pushService}/subscriptions/${browser.id}/messages`)).json()).toEqual([])
    await sweepAt(Date.now() + DAY + 7 * 3_600_000)
    await sweepAt(Date.now() + DAY + 8 * 3_600_000) // a second sweep tells no one again
    const deliveries = await waitForDeliveries(browser.id, 1)
    expect(deliveries.map((d) => JSON.parse(d.payload).body)).toEqual([createT('ko')('trip.push.body')])
    expect(deliveries[0].urgency).toBe('high')
    const wire = deliveries[0].payload + JSON.stringify(deliveries[0].headers)
    for (const plain of [DETAILS.name, DETAILS.destinationTown, '@jobking88', trip.trustedSecret]) expect(wire).not.toContain(plain)

    const after = await (await watch(trip.trustedSecret)).json<Record<string, unknown>>()
    expect(after).toMatchObject({ status: 'alarm', details: DETAILS })
    // An alarm no one answers is kept 90 days, not for ever.
    const kept = await env.DB.prepare('SELECT alarm_at, shred_after FROM trips WHERE alarm_at IS NOT NULL ORDER BY alarm_at DESC LIMIT 1').first<Record<string, string>>()
    expect(Date.parse(kept!.shred_after) - Date.parse(kept!.alarm_at)).toBe(90 * DAY)
    // A check-in afterwards (the traveller was only late) quiets the alarm again.
    expect((await send('/api/v1/trips/check-in', { secret: trip.travellerSecret, code: trip.code })).res.status).toBe(200)
    expect(await (await watch(trip.trustedSecret)).json()).toMatchObject({ status: 'active', details: null })
  })

  it('shreds an ended trip 30 days on: no row, no device, no wrapped key left, and its links open nothing', async () => {
    const trip = await record()
    const browser = await newBrowser()
    await send('/api/v1/trips/watch/push', { secret: trip.trustedSecret, subscription: browser.subscription, lang: 'en' })
    const home = await send('/api/v1/trips/home', { secret: trip.travellerSecret, code: trip.code })
    const { deleteOn } = await home.res.json<{ deleteOn: string }>()
    expect(Date.parse(deleteOn) - Date.now()).toBeGreaterThan(29 * DAY)
    const id = (await env.DB.prepare("SELECT id, wrapped_key, traveller_lock, trusted_lock FROM trips WHERE shred_after = ?1").bind(deleteOn).first<Record<string, string>>())!

    await sweepAt(Date.now() + 29 * DAY)
    expect(await env.DB.prepare('SELECT count(*) AS n FROM trips WHERE id = ?1').bind(id.id).first('n')).toBe(1)
    await sweepAt(Date.now() + 31 * DAY)
    expect(await env.DB.prepare('SELECT count(*) AS n FROM trips WHERE id = ?1').bind(id.id).first('n')).toBe(0)
    expect(await env.DB.prepare('SELECT count(*) AS n FROM trip_push_subscriptions WHERE trip_id = ?1').bind(id.id).first('n')).toBe(0)
    const dump = await dumpDatabase()
    for (const material of [id.id, id.wrapped_key, id.traveller_lock, id.trusted_lock]) expect(dump).not.toContain(material)
    expect((await watch(trip.trustedSecret)).status).toBe(404)
    expect((await send('/api/v1/trips/check-in', { secret: trip.travellerSecret, code: trip.code })).res.status).toBe(404)
  })
})
