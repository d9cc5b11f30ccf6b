import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { familyFixture, postReport } from './helpers'
import { STAFF, staffCall, useStaffTokens } from './staff-helpers'

const tokens = useStaffTokens()

const file = async () => (await (await postReport(familyFixture())).json<{ caseRef: string }>()).caseRef
const assigneeOf = async (caseRef: string) =>
  (await env.DB.prepare('SELECT assignee FROM reports WHERE case_ref = ?1').bind(caseRef).first<{ assignee: string | null }>())!.assignee

describe('bulk actions', () => {
  it('refuses to bulk-assign cases to an address that is not staff, as single assignment does', async () => {
    const refs = [await file(), await file()]
    const bulk = await staffCall('/bulk', tokens.triager, { method: 'POST', json: { caseRefs: refs, action: 'assign', assignee: 'stranger@evil.example' } })
    const single = await staffCall(`/reports/${refs[0]}/assign`, tokens.triager, { method: 'POST', json: { assignee: 'stranger@evil.example', version: 1 } })
    expect(bulk.status).toBe(400)
    expect(bulk.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
    const problem = await bulk.json()
    expect(problem).toEqual({ type: 'validation', title: expect.any(String), status: 400, errors: [{ field: 'assignee', code: 'staff.assign.error.unknown' }] })
    expect(problem).toEqual(await single.json())
    expect([await assigneeOf(refs[0]), await assigneeOf(refs[1])]).toEqual([null, null])
  })

  it('refuses a switched-off staff account as the assignee', async () => {
    await env.DB.prepare("INSERT OR REPLACE INTO staff (email, name, role, active, created_at) VALUES ('gone@example.org', 'Gone', 'triager', 0, '2026-01-01T00:00:00Z')").run()
    const ref = await file()
    const res = await staffCall('/bulk', tokens.triager, { method: 'POST', json: { caseRefs: [ref], action: 'assign', assignee: 'gone@example.org' } })
    expect(res.status).toBe(400)
    expect((await res.json<{ errors: unknown }>()).errors).toEqual([{ field: 'assignee', code: 'staff.assign.error.unknown' }])
    expect(await assigneeOf(ref)).toBeNull()
  })

  it('assigns every case to a member of staff and answers each with its new version', async () => {
    const refs = [await file(), await file()]
    const res = await staffCall('/bulk', tokens.triager, { method: 'POST', json: { caseRefs: refs, action: 'assign', assignee: STAFF.triager.toUpperCase() } })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ results: refs.map((caseRef) => ({ caseRef, ok: true, version: 2 })) })
    expect([await assigneeOf(refs[0]), await assigneeOf(refs[1])]).toEqual([STAFF.triager, STAFF.triager])
  })

  it('answers a case it could not change with the problem the single-case route gives', async () => {
    const ref = await file()
    const res = await staffCall('/bulk', tokens.triager, {
      method: 'POST',
      json: { caseRefs: ['HW-0000-0000', ref], action: 'status', status: 'located' },
    })
    expect(res.status).toBe(200)
    const single = await staffCall(`/reports/${ref}/status`, tokens.triager, { method: 'POST', json: { status: 'located', version: 1 } })
    const missing = await staffCall('/reports/HW-0000-0000/status', tokens.triager, { method: 'POST', json: { status: 'located', version: 1 } })
    expect(await res.json()).toEqual({
      results: [
        { caseRef: 'HW-0000-0000', ok: false, problem: await missing.json() },
        { caseRef: ref, ok: false, problem: await single.json() },
      ],
    })
  })
})
