import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { call, familyFixture, fileReport, selfFixture } from './helpers'
import { STAFF, staffCall, useStaffTokens } from './staff-helpers'

const tokens = useStaffTokens()


const logRows = (caseRef: string) =>
  env.DB.prepare('SELECT staff_email, action, reason, ip FROM access_log WHERE case_ref = ?1 ORDER BY id').bind(caseRef).all()

describe('the queue', () => {
  it('puts a self-report first, shows each factor, and pages through every open case once', async () => {
    await env.DB.exec("UPDATE reports SET status = 'closed'")
    const quiet = familyFixture()
    quiet.journey.dangerSigns = []
    quiet.journey.knownLocation = undefined
    quiet.journey.lastContactDate = undefined
    const low = await fileReport(quiet)
    const high = await fileReport(familyFixture())
    const self = await fileReport(selfFixture())

    const res = await staffCall('/reports?limit=2', tokens.viewer)
    expect(res.status).toBe(200)
    const first = await res.json<{ items: Array<Record<string, any>>; next: string | null }>()
    expect(first.items.map((i) => i.caseRef)).toEqual([self.caseRef, high.caseRef])
    // The person writes that they are near Bavet market: a level-4 area (gazetteer).
    expect(first.items[0]).toMatchObject({
      kind: 'self',
      band: 1,
      region: 'kh-bavet',
      factors: [{ id: 'self', points: 60 }, { id: 'knownLocation', points: 5 }, { id: 'level4', points: 10 }],
      overdue: false,
    })
    expect(first.items[1].factors.map((f: { id: string }) => f.id)).toEqual(['confined', 'passportTaken', 'forcedScam', 'silence14', 'knownLocation'])
    expect(first.next).toEqual(expect.any(String))
    const second = await (await staffCall(`/reports?limit=2&cursor=${encodeURIComponent(first.next!)}`, tokens.viewer)).json<{ items: Array<{ caseRef: string }>; next: string | null }>()
    expect(second.items.map((i) => i.caseRef)).toEqual([low.caseRef])
    expect(second.next).toBeNull()
  })

  it('filters by kind, by overdue acknowledgement, by label and finds a case by its reference', async () => {
    const { caseRef } = await fileReport(familyFixture())
    await env.DB.prepare("UPDATE reports SET ack_deadline = '2000-01-01T00:00:00.000Z' WHERE case_ref = ?1").bind(caseRef).run()
    const overdue = await (await staffCall('/reports?overdue=1&limit=200', tokens.viewer)).json<{ items: Array<{ caseRef: string; overdue: boolean }> }>()
    expect(overdue.items.find((i) => i.caseRef === caseRef)).toMatchObject({ overdue: true })
    expect(overdue.items.every((i) => i.overdue)).toBe(true)
    const selfOnly = await (await staffCall('/reports?kind=self&limit=200', tokens.viewer)).json<{ items: Array<{ kind: string }> }>()
    expect(selfOnly.items.length).toBeGreaterThan(0)
    expect(selfOnly.items.every((i) => i.kind === 'self')).toBe(true)
    const found = await (await staffCall(`/reports?q=${caseRef.toLowerCase()}`, tokens.viewer)).json<{ items: Array<{ caseRef: string }> }>()
    expect(found.items.map((i) => i.caseRef)).toEqual([caseRef])
    const view = await (await staffCall(`/reports/${caseRef}`, tokens.triager)).json<{ version: number }>()
    await staffCall(`/reports/${caseRef}/labels`, tokens.triager, { method: 'POST', json: { add: ['Sihanoukville raid'], remove: [], version: view.version } })
    const labelled = await (await staffCall('/reports?label=Sihanoukville%20raid', tokens.viewer)).json<{ items: Array<{ caseRef: string; labels: string[] }> }>()
    expect(labelled.items).toEqual([expect.objectContaining({ caseRef, labels: ['Sihanoukville raid'] })])
  })

  it('rejects a malformed cursor and unknown filters with 400', async () => {
    expect((await staffCall('/reports?cursor=%%%', tokens.viewer)).status).toBe(400)
    expect((await staffCall('/reports?colour=red', tokens.viewer)).status).toBe(400)
  })
})

describe('a case, as staff see it', () => {
  it('decrypts the report for staff and writes exactly one access-log row per view', async () => {
    const { caseRef } = await fileReport(familyFixture())
    const res = await staffCall(`/reports/${caseRef}`, tokens.viewer)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const view = await res.json<Record<string, any>>()
    expect(view.details.person.fullName).toBe('이민수')
    expect(view.details.person.passportNumber).toBe('M12345678')
    expect(view.details.reporter.name).toBe('김영희')
    expect(view.details).not.toHaveProperty('turnstileToken')
    expect(view).toMatchObject({ caseRef, status: 'new', version: 1, hasPhoto: false, timeline: [{ type: 'received', status: 'new' }] })
    expect((await logRows(caseRef)).results).toEqual([{ staff_email: STAFF.viewer, action: 'view', reason: null, ip: '192.0.2.10' }])
    await staffCall(`/reports/${caseRef}`, tokens.triager)
    expect((await logRows(caseRef)).results.map((r) => `${r.staff_email}:${r.action}`)).toEqual([`${STAFF.viewer}:view`, `${STAFF.triager}:view`])
  })

  it('moves through the workflow; the family sees each status and the staff message', async () => {
    const { caseRef, receiptCode } = await fileReport(familyFixture())
    let version = (await (await staffCall(`/reports/${caseRef}`, tokens.triager)).json<{ version: number }>()).version
    for (const status of ['acknowledged', 'investigating', 'located']) {
      const res = await staffCall(`/reports/${caseRef}/status`, tokens.triager, { method: 'POST', json: { status, version } })
      expect(res.status).toBe(200)
      version = (await res.json<{ version: number }>()).version
    }
    const skip = await staffCall(`/reports/${caseRef}/status`, tokens.triager, { method: 'POST', json: { status: 'new', version } })
    expect(skip.status).toBe(400)
    expect((await skip.json<{ errors: unknown }>()).errors).toEqual([{ field: 'status', code: 'staff.status.error.transition' }])
    const close = await staffCall(`/reports/${caseRef}/status`, tokens.triager, { method: 'POST', json: { status: 'closed', version } })
    expect((await close.json<{ errors: unknown }>()).errors).toEqual([{ field: 'status', code: 'staff.status.error.closedReason' }])

    const sent = await staffCall(`/reports/${caseRef}/messages`, tokens.triager, { method: 'POST', json: { body: '위치를 확인했습니다. 곧 연락드리겠습니다.' } })
    expect(sent.status).toBe(201)
    await staffCall(`/reports/${caseRef}/notes`, tokens.triager, { method: 'POST', json: { body: 'Internal: police liaison informed' } })

    const family = await (await call('/api/v1/cases/lookup', { method: 'POST', json: { caseRef, receiptCode }, ip: '198.51.100.77' })).json<Record<string, any>>()
    expect(family.status).toBe('located')
    expect(family.timeline.map((e: { status: string }) => e.status)).toEqual(['new', 'acknowledged', 'investigating', 'located'])
    expect(family.messages).toEqual([{ id: expect.any(String), author: 'staff', body: '위치를 확인했습니다. 곧 연락드리겠습니다.', at: expect.any(String) }])
    expect(JSON.stringify(family)).not.toContain('police liaison')
    expect((await logRows(caseRef)).results.map((r) => r.action)).toEqual(['view', 'status', 'status', 'status', 'message', 'note'])
  })

  it('gives the second of two officers editing at once a conflict and writes nothing for it', async () => {
    const { caseRef } = await fileReport(familyFixture())
    const a = await (await staffCall(`/reports/${caseRef}`, tokens.triager)).json<{ version: number }>()
    const b = await (await staffCall(`/reports/${caseRef}`, tokens.supervisor)).json<{ version: number }>()
    const first = await staffCall(`/reports/${caseRef}/status`, tokens.triager, { method: 'POST', json: { status: 'acknowledged', version: a.version } })
    expect(first.status).toBe(200)
    const second = await staffCall(`/reports/${caseRef}/status`, tokens.supervisor, { method: 'POST', json: { status: 'closed', closedReason: 'unfounded', version: b.version } })
    expect(second.status).toBe(409)
    expect((await second.json<{ type: string }>()).type).toBe('conflict')
    const view = await (await staffCall(`/reports/${caseRef}`, tokens.triager)).json<{ status: string; timeline: unknown[] }>()
    expect(view.status).toBe('acknowledged')
    expect(view.timeline).toHaveLength(2)
    expect((await logRows(caseRef)).results.map((r) => `${r.staff_email}:${r.action}`)).toEqual([
      `${STAFF.triager}:view`,
      `${STAFF.supervisor}:view`,
      `${STAFF.triager}:status`,
      `${STAFF.triager}:view`,
    ])
  })

  it('keeps the access log append-only', async () => {
    await expect(env.DB.prepare("UPDATE access_log SET action = 'nothing'").run()).rejects.toThrow(/append-only/)
    await expect(env.DB.prepare('DELETE FROM access_log').run()).rejects.toThrow(/two years/)
  })

  it('lets a supervisor override the priority with a reason, and not a triager', async () => {
    const { caseRef } = await fileReport(familyFixture())
    const { version } = await (await staffCall(`/reports/${caseRef}`, tokens.supervisor)).json<{ version: number }>()
    expect((await staffCall(`/reports/${caseRef}/priority`, tokens.triager, { method: 'POST', json: { override: 99, reason: 'x', version } })).status).toBe(403)
    expect((await staffCall(`/reports/${caseRef}/priority`, tokens.supervisor, { method: 'POST', json: { override: 99, version } })).status).toBe(400)
    const ok = await staffCall(`/reports/${caseRef}/priority`, tokens.supervisor, { method: 'POST', json: { override: 99, reason: 'Embassy call: held in Bavet', version } })
    expect(ok.status).toBe(200)
    const found = await (await staffCall(`/reports?q=${caseRef}`, tokens.viewer)).json<{ items: Array<Record<string, unknown>> }>()
    expect(found.items[0]).toMatchObject({ priority: 99, override: { score: 99, reason: 'Embassy call: held in Bavet' } })
  })
})

describe('duplicates', () => {
  it('matches one young man reported by relatives who wrote his name differently', async () => {
    const variants = ['이민수', 'Lee Min-su', 'Yi Minsu', 'Minsu Rhee']
    const refs: string[] = []
    for (const fullName of variants) {
      const report = familyFixture()
      // Nothing else in common: no passport, phone, messenger or birth date.
      report.person = { fullName, phones: [], messengers: [] }
      report.consents.passportNumber = false
      refs.push((await fileReport(report)).caseRef)
    }
    for (const [i, ref] of refs.entries()) {
      const { candidates } = await (await staffCall(`/reports/${ref}/duplicates`, tokens.viewer)).json<{ candidates: Array<{ caseRef: string; reasons: string[] }> }>()
      const others = refs.filter((_, j) => j !== i)
      for (const other of others) {
        expect({ variant: variants[i], other, reasons: candidates.find((c) => c.caseRef === other)?.reasons }).toEqual({
          variant: variants[i],
          other,
          reasons: expect.arrayContaining(['name.ko']),
        })
      }
    }
    // A different man with the same family name is not proposed.
    const other = familyFixture()
    other.person = { fullName: '이민호', phones: [], messengers: [] }
    const { caseRef } = await fileReport(other)
    const { candidates } = await (await staffCall(`/reports/${caseRef}/duplicates`, tokens.viewer)).json<{ candidates: Array<{ caseRef: string }> }>()
    expect(candidates.map((c) => c.caseRef).filter((r) => refs.includes(r))).toEqual([])
  })

  it('finds the report of the same person by passport number and links the two', async () => {
    const a = await fileReport(familyFixture())
    const other = familyFixture()
    other.person.fullName = 'Lee Minsu'
    other.person.phones = []
    other.person.messengers = []
    other.reporter.name = '이수진'
    const b = await fileReport(other)
    const res = await staffCall(`/reports/${b.caseRef}/duplicates`, tokens.viewer)
    const { candidates } = await res.json<{ candidates: Array<{ caseRef: string; reasons: string[] }> }>()
    expect(candidates.find((c) => c.caseRef === a.caseRef)?.reasons).toEqual(expect.arrayContaining(['passport', 'dob']))
    const link = await staffCall(`/reports/${b.caseRef}/links`, tokens.triager, { method: 'POST', json: { caseRef: a.caseRef } })
    expect(link.status).toBe(201)
    const view = await (await staffCall(`/reports/${a.caseRef}`, tokens.viewer)).json<{ links: string[] }>()
    expect(view.links).toEqual([b.caseRef])
  })
})

describe('the urgent banner, set by a supervisor', () => {
  it('goes live on the pages and only supervisors may set it', async () => {
    const body = { ko: '긴급: 바벳 지역 단속', en: 'Urgent: raids in Bavet', expiresAt: new Date(Date.now() + 3600_000).toISOString() }
    expect((await staffCall('/notice', tokens.triager, { method: 'POST', json: body })).status).toBe(403)
    expect((await staffCall('/notice', tokens.supervisor, { method: 'POST', json: body })).status).toBe(201)
    const page = await (await call('/en/', {}, { NOTICE_CACHE_SECONDS: '0' as '15' })).text()
    expect(page).toContain('Urgent: raids in Bavet')
    // Ended by a supervisor: gone from the pages at once.
    expect((await staffCall('/notice/expire', tokens.triager, { method: 'POST', json: {} })).status).toBe(403)
    expect(await (await staffCall('/notice/expire', tokens.supervisor, { method: 'POST', json: {} })).json()).toEqual({ expired: 1 })
    expect(await (await call('/en/', {}, { NOTICE_CACHE_SECONDS: '0' as '15' })).text()).not.toContain('Urgent: raids in Bavet')
  })
})

describe('requests from the people the data is about', () => {
  it('corrects a field, re-indexes it for duplicates, and logs the correction with its reason', async () => {
    const { caseRef } = await fileReport(familyFixture())
    const { version } = await (await staffCall(`/reports/${caseRef}`, tokens.supervisor)).json<{ version: number }>()
    const res = await staffCall(`/reports/${caseRef}/correct`, tokens.supervisor, {
      method: 'POST',
      json: { section: 'person', field: 'birthDate', value: '2001-03-14', reason: 'Mother called: wrong year', version },
    })
    expect(res.status).toBe(200)
    const view = await (await staffCall(`/reports/${caseRef}`, tokens.supervisor)).json<{ details: { person: { birthDate: string } } }>()
    expect(view.details.person.birthDate).toBe('2001-03-14')
    const log = await env.DB.prepare("SELECT reason FROM access_log WHERE case_ref = ?1 AND action = 'correct'").bind(caseRef).all()
    expect(log.results).toEqual([{ reason: 'person.birthDate: Mother called: wrong year' }])
    // A correction that would make the report invalid is refused.
    const bad = await staffCall(`/reports/${caseRef}/correct`, tokens.supervisor, {
      method: 'POST',
      json: { section: 'person', field: 'fullName', value: '', reason: 'x', version: version + 1 },
    })
    expect(bad.status).toBe(400)
  })

  it('erases a case at once on request, leaving only the log row that says so', async () => {
    const { caseRef, receiptCode } = await fileReport(familyFixture())
    const res = await staffCall(`/reports/${caseRef}/erase`, tokens.supervisor, { method: 'POST', json: { reason: 'Data subject request 2026-07' } })
    expect(res.status).toBe(200)
    expect(await env.DB.prepare('SELECT 1 FROM reports WHERE case_ref = ?1').bind(caseRef).first()).toBeNull()
    expect((await call('/api/v1/cases/lookup', { method: 'POST', json: { caseRef, receiptCode }, ip: '198.51.100.201' })).status).toBe(404)
    const log = await env.DB.prepare("SELECT action, reason FROM access_log WHERE case_ref = ?1 AND action = 'erase'").bind(caseRef).all()
    expect(log.results).toEqual([{ action: 'erase', reason: 'Data subject request 2026-07' }])
  })
})

describe('staff accounts', () => {
  it('lets an admin add, change and switch off staff, who then get in or not', async () => {
    const admin = tokens.admin
    const added = await staffCall('/members', admin, {
      method: 'POST',
      json: { email: 'New.Officer@Example.org', name: 'New officer', role: 'viewer', active: true },
    })
    expect(await added.json()).toEqual({ email: 'new.officer@example.org', name: 'New officer', role: 'viewer', active: true })
    const newcomer = await tokens.for('new.officer@example.org')
    expect((await staffCall('/me', newcomer)).status).toBe(200)
    await staffCall('/members', admin, { method: 'POST', json: { email: 'new.officer@example.org', name: 'New officer', role: 'viewer', active: false } })
    expect((await staffCall('/me', newcomer)).status).toBe(403)
    // Only admins manage accounts, and an admin cannot lock themselves out.
    expect((await staffCall('/members', tokens.supervisor, { method: 'GET' })).status).toBe(403)
    const self = await staffCall('/members', admin, { method: 'POST', json: { email: STAFF.admin, name: 'admin', role: 'viewer', active: true } })
    expect(self.status).toBe(400)
  })
})
