import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { call, familyFixture, fileReport, freshIp, selfFixture } from './helpers'
import { STAFF, staffCall, useStaffTokens } from './staff-helpers'

const tokens = useStaffTokens()

const json = (res: Response) => res.json<any>()
const version = async (caseRef: string) => (await json(await staffCall(`/reports/${caseRef}`, tokens.triager))).version as number

describe('saved filters', () => {
  it('saves filters under the officer’s name for them, lists only their own, replaces by name and deletes', async () => {
    const saved = await staffCall('/filters', tokens.triager, { method: 'POST', json: { name: 'Bavet, overdue', filters: { region: 'kh-bavet', overdue: '1' } } })
    expect(saved.status).toBe(201)
    const { id } = await json(saved)
    expect((await staffCall('/filters', tokens.triager, { method: 'POST', json: { name: 'Self-reports', filters: { kind: 'self', status: 'new' } } })).status).toBe(201)
    // The same name again replaces the filter, keeping its id.
    const again = await json(await staffCall('/filters', tokens.triager, { method: 'POST', json: { name: 'Bavet, overdue', filters: { region: 'kh-bavet' } } }))
    expect(again.id).toBe(id)

    const mine = await json(await staffCall('/filters', tokens.triager))
    expect(mine.items).toEqual([
      { id, name: 'Bavet, overdue', filters: { region: 'kh-bavet' } },
      { id: expect.any(String), name: 'Self-reports', filters: { kind: 'self', status: 'new' } },
    ])
    // Another officer sees none of them and cannot delete them.
    expect((await json(await staffCall('/filters', tokens.viewer))).items).toEqual([])
    expect((await staffCall(`/filters/${id}/delete`, tokens.viewer, { method: 'POST', json: {} })).status).toBe(404)

    expect((await staffCall(`/filters/${id}/delete`, tokens.triager, { method: 'POST', json: {} })).status).toBe(200)
    expect((await json(await staffCall('/filters', tokens.triager))).items.map((f: { name: string }) => f.name)).toEqual(['Self-reports'])
    const rows = await env.DB.prepare('SELECT staff_email FROM saved_filters').all()
    expect(rows.results).toEqual([{ staff_email: STAFF.triager }])
  })

  it('never stores a search term, and refuses a nameless filter or a thirty-first one', async () => {
    const withTerm = await staffCall('/filters', tokens.supervisor, { method: 'POST', json: { name: 'Kim', filters: { q: '이민수' } } })
    expect(withTerm.status).toBe(400)
    const nameless = await staffCall('/filters', tokens.supervisor, { method: 'POST', json: { name: '  ', filters: {} } })
    expect((await json(nameless)).errors).toEqual([{ field: 'name', code: 'error.required' }])
    for (let i = 0; i < 30; i++) {
      expect((await staffCall('/filters', tokens.supervisor, { method: 'POST', json: { name: `View ${i}`, filters: { band: '1' } } })).status).toBe(201)
    }
    const extra = await staffCall('/filters', tokens.supervisor, { method: 'POST', json: { name: 'One more', filters: {} } })
    expect(extra.status).toBe(400)
    expect((await json(extra)).errors).toEqual([{ field: 'name', code: 'staff.filters.error.tooMany' }])
    // Saving over an existing name is still allowed at the cap.
    expect((await staffCall('/filters', tokens.supervisor, { method: 'POST', json: { name: 'View 3', filters: { band: '2' } } })).status).toBe(201)
  })
})

describe('assigning to a named colleague', () => {
  it('offers colleagues by name, and shows who assigned whom by name in the case and the queue, never to the family', async () => {
    const { caseRef, receiptCode } = await fileReport(familyFixture())
    const colleagues = await json(await staffCall('/colleagues', tokens.triager))
    // A viewer cannot take cases, so is not offered.
    expect(colleagues.items).toEqual(
      expect.arrayContaining([{ email: STAFF.supervisor, name: 'supervisor' }, { email: STAFF.triager, name: 'triager' }]),
    )
    expect(colleagues.items.map((c: { email: string }) => c.email)).not.toContain(STAFF.viewer)
    expect((await staffCall('/colleagues', tokens.viewer)).status).toBe(403)

    const res = await staffCall(`/reports/${caseRef}/assign`, tokens.triager, { method: 'POST', json: { assignee: STAFF.supervisor, version: await version(caseRef) } })
    expect(res.status).toBe(200)
    await staffCall(`/reports/${caseRef}/notes`, tokens.triager, { method: 'POST', json: { body: 'Called the mother.' } })
    const view = await json(await staffCall(`/reports/${caseRef}`, tokens.triager))
    expect(view.assigneeName).toBe('supervisor')
    expect(view.timeline.at(-1)).toMatchObject({ type: 'assign', actorName: 'triager', assigneeName: 'supervisor' })
    expect(view.notes[0]).toMatchObject({ authorName: 'triager', body: 'Called the mother.' })

    const queue = await json(await staffCall(`/reports?q=${caseRef}`, tokens.triager))
    expect(queue.items[0]).toMatchObject({ caseRef, assigneeName: 'supervisor' })

    // The family's timeline is receipt and status only.
    const family = await json(await call('/api/v1/cases/lookup', { method: 'POST', json: { caseRef, receiptCode }, ip: freshIp() }))
    expect(family.timeline.map((e: { type: string }) => e.type)).toEqual(['received'])
  })
})

describe('next case', () => {
  it('is the most urgent unacknowledged case nobody else has taken, other than the one open', async () => {
    await env.DB.exec("UPDATE reports SET status = 'closed'")
    const self = await fileReport(selfFixture())
    const family = await fileReport(familyFixture())
    const taken = await fileReport(selfFixture())
    await staffCall(`/reports/${taken.caseRef}/assign`, tokens.supervisor, { method: 'POST', json: { assignee: STAFF.supervisor, version: await version(taken.caseRef) } })

    expect(await json(await staffCall('/next-case', tokens.triager))).toEqual({ caseRef: self.caseRef })
    expect(await json(await staffCall(`/next-case?after=${self.caseRef}`, tokens.triager))).toEqual({ caseRef: family.caseRef })
    // The supervisor's own case is theirs to take next.
    expect(await json(await staffCall('/next-case', tokens.supervisor))).toEqual({ caseRef: self.caseRef })
    await staffCall(`/reports/${self.caseRef}/status`, tokens.triager, { method: 'POST', json: { status: 'acknowledged', version: await version(self.caseRef) } })
    expect(await json(await staffCall('/next-case', tokens.triager))).toEqual({ caseRef: family.caseRef })
  })
})

describe('exporting the filtered view', () => {
  it('exports every case the filters select as CSV for a supervisor, logging each case and the search by kind', async () => {
    await env.DB.exec("UPDATE reports SET status = 'closed'")
    const a = await fileReport(selfFixture())
    const b = await fileReport(selfFixture())
    await fileReport(familyFixture())
    const res = await staffCall('/exports/view', tokens.supervisor, { method: 'POST', json: { format: 'csv', view: { kind: 'self' }, reason: 'KNPA request 2026-7' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines.slice(1).map((l) => l.split(',')[0]).sort()).toEqual([a.caseRef, b.caseRef].sort())
    const logged = await env.DB.prepare("SELECT case_ref, staff_email, reason FROM access_log WHERE action = 'export' AND case_ref IN (?1, ?2) ORDER BY case_ref").bind(a.caseRef, b.caseRef).all()
    expect(logged.results).toEqual(
      [a.caseRef, b.caseRef].sort().map((ref) => ({ case_ref: ref, staff_email: STAFF.supervisor, reason: 'csv: KNPA request 2026-7' })),
    )

    const searched = await staffCall('/exports/view', tokens.supervisor, { method: 'POST', json: { format: 'csv', view: { q: '이민수' }, reason: 'KNPA request 2026-8' } })
    expect(searched.status).toBe(200)
    expect(await searched.text()).toContain('이민수')
    const search = await env.DB.prepare("SELECT reason FROM access_log WHERE action = 'search' AND staff_email = ?1 ORDER BY id DESC LIMIT 1").bind(STAFF.supervisor).first()
    expect(search).toEqual({ reason: 'name' })
  })

  it('is refused to a triager, and says so when the view is empty', async () => {
    const refused = await staffCall('/exports/view', tokens.triager, { method: 'POST', json: { format: 'csv', view: {}, reason: 'x' } })
    expect(refused.status).toBe(403)
    const empty = await staffCall('/exports/view', tokens.supervisor, { method: 'POST', json: { format: 'csv', view: { label: 'no-such-label' }, reason: 'x' } })
    expect(empty.status).toBe(400)
    expect((await json(empty)).errors).toEqual([{ field: 'view', code: 'staff.export.error.empty' }])
    const noReason = await staffCall('/exports/view', tokens.supervisor, { method: 'POST', json: { format: 'csv', view: {} } })
    expect(noReason.status).toBe(400)
  })
})
