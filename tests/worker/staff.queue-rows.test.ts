import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { call, familyFixture, fileReport, freshIp, selfFixture } from './helpers'
import { STAFF, staffCall, useStaffTokens } from './staff-helpers'

const tokens = useStaffTokens()


const familyWrites = (caseRef: string, receiptCode: string, body: string) =>
  call('/api/v1/cases/messages', { method: 'POST', json: { caseRef, receiptCode, turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX', body }, ip: freshIp() })

type Row = Record<string, any>

describe('a queue row an officer can act on', () => {
  it('shows the name, age, minor flag, destination, assignee by name, unread family messages and a duplicate badge', async () => {
    await env.DB.exec("UPDATE reports SET status = 'closed'")
    const teen = familyFixture()
    teen.person = { ...teen.person, birthDate: '2010-05-01' }
    const first = await fileReport(teen)
    // The same boy reported again: same passport, so the two are duplicate candidates.
    const again = await fileReport(familyFixture())
    const alone = selfFixture()
    const self = await fileReport(alone)

    expect((await familyWrites(first.caseRef, first.receiptCode, '소식 있나요?')).status).toBe(201)
    expect((await familyWrites(first.caseRef, first.receiptCode, '제발 연락 주세요')).status).toBe(201)
    const { version } = (await env.DB.prepare('SELECT version FROM reports WHERE case_ref = ?1').bind(first.caseRef).first<{ version: number }>())!
    const assigned = await staffCall(`/reports/${first.caseRef}/assign`, tokens.triager, {
      method: 'POST',
      json: { assignee: STAFF.triager, version },
    })
    expect(assigned.status).toBe(200)

    const res = await staffCall('/reports?limit=10', tokens.viewer)
    expect(res.status).toBe(200)
    const { items } = await res.json<{ items: Row[] }>()
    const row = (caseRef: string) => items.find((i) => i.caseRef === caseRef)!
    expect(row(first.caseRef)).toMatchObject({
      name: '이민수',
      minor: true,
      destination: 'KH',
      assignee: STAFF.triager,
      assigneeName: 'triager',
      unread: 2,
      possibleDuplicate: true,
    })
    expect(row(first.caseRef).age).toBeLessThan(18)
    // The case view names the assignee too.
    const view = await (await staffCall(`/reports/${first.caseRef}`, tokens.viewer)).json<Row>()
    expect(view).toMatchObject({ assignee: STAFF.triager, assigneeName: 'triager' })
    expect(row(again.caseRef)).toMatchObject({ minor: false, unread: 0, possibleDuplicate: true, assigneeName: null })
    expect(row(self.caseRef)).toMatchObject({ name: 'សុខា', age: null, possibleDuplicate: false })

    // Staff answer: the family's messages are no longer unread.
    expect((await staffCall(`/reports/${first.caseRef}/messages`, tokens.triager, { method: 'POST', json: { body: '확인했습니다.' } })).status).toBe(201)
    const after = await (await staffCall('/reports?limit=10', tokens.viewer)).json<{ items: Row[] }>()
    expect(after.items.find((i) => i.caseRef === first.caseRef)!.unread).toBe(0)
  })

  it('logs one access-log row per queue page, listing the cases whose names it opened', async () => {
    await env.DB.exec("UPDATE reports SET status = 'closed'")
    const a = await fileReport(familyFixture())
    const b = await fileReport(selfFixture())
    const before = (await env.DB.prepare("SELECT count(*) AS n FROM access_log WHERE action = 'queue'").first<{ n: number }>())!.n
    const res = await staffCall('/reports?limit=10', tokens.viewer)
    const { items } = await res.json<{ items: Row[] }>()
    const rows = await env.DB.prepare("SELECT staff_email, case_ref, reason FROM access_log WHERE action = 'queue' ORDER BY id").all<Row>()
    expect(rows.results.length).toBe(before + 1)
    const last = rows.results.at(-1)!
    expect(last.staff_email).toBe(STAFF.viewer)
    expect(last.case_ref).toBeNull()
    expect(String(last.reason).split(' ').sort()).toEqual(items.map((i) => i.caseRef).sort())
    expect(String(last.reason)).toContain(a.caseRef)
    expect(String(last.reason)).toContain(b.caseRef)
    // Names never reach the log.
    expect(String(last.reason)).not.toContain('이민수')
  })
})

describe('searching the queue', () => {
  it('finds a case by a romanized name the family did not write, by phone, handle, birth date and passport, and logs only the kind of term', async () => {
    await env.DB.exec("UPDATE reports SET status = 'closed'")
    const minsu = await fileReport(familyFixture())
    const other = familyFixture()
    other.person = { fullName: '박지훈', birthDate: '1999-01-02', phones: ['+82 10-5555-0000'] }
    other.consents = { ...other.consents, passportNumber: false }
    await fileReport(other)

    const found = async (term: string) => {
      const res = await staffCall(`/reports?q=${encodeURIComponent(term)}`, tokens.viewer)
      expect(res.status).toBe(200)
      return (await res.json<{ items: Row[] }>()).items.map((i) => i.caseRef)
    }
    expect(await found('Yi Min-soo')).toEqual([minsu.caseRef])
    expect(await found('이민수')).toEqual([minsu.caseRef])
    expect(await found('010 2345 6789')).toEqual([minsu.caseRef])
    expect(await found('@minsu0314')).toEqual([minsu.caseRef])
    expect(await found('2002.03.14')).toEqual([minsu.caseRef])
    expect(await found('m12345678')).toEqual([minsu.caseRef])
    expect(await found(minsu.caseRef.toLowerCase())).toEqual([minsu.caseRef])
    expect(await found('Kim Cheol-su')).toEqual([])

    const logged = await env.DB.prepare("SELECT reason FROM access_log WHERE action = 'search' ORDER BY id DESC LIMIT 8").all<{ reason: string }>()
    expect(logged.results.map((r) => r.reason).reverse()).toEqual(['name', 'name', 'phone', 'handle', 'dob', 'document', 'caseRef', 'name'])
    const all = await env.DB.prepare('SELECT group_concat(coalesce(reason, \'\'), \' \') AS text FROM access_log').first<{ text: string }>()
    expect(all!.text).not.toContain('Min-soo')
    expect(all!.text).not.toContain('2345')
  })
})
