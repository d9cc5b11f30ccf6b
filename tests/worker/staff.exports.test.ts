import { env } from 'cloudflare:workers'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import app from '../../worker/index'
import { childrenNamed, onlyChild, parseXml, textOf } from '../unit/xml-dom'
import { pfifProblems } from '../unit/standards'
import { familyFixture, postReport, selfFixture } from './helpers'
import { ACCESS_ENV, STAFF, staffCall, useStaffTokens } from './staff-helpers'

const tokens = useStaffTokens()
let supervisor: string
let officer: string
beforeEach(() => {
  ;({ supervisor, triager: officer } = tokens)
})

const file = async (report: unknown) => (await (await postReport(report)).json<{ caseRef: string }>()).caseRef
const exportRows = (caseRef: string) =>
  env.DB.prepare("SELECT staff_email, reason FROM access_log WHERE case_ref = ?1 AND action = 'export'").bind(caseRef).all()

describe('exports', () => {
  it('exports CSV for a supervisor, with the reason logged once per case', async () => {
    const a = await file(familyFixture())
    const b = await file(selfFixture())
    const res = await staffCall('/exports', supervisor, { method: 'POST', json: { format: 'csv', caseRefs: [a, b], reason: 'Request from KNPA case 2026-114' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="homeward-cases-\d{4}-\d\d-\d\d\.csv"$/)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const csv = await res.text()
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[0].startsWith('case_ref,kind,status')).toBe(true)
    expect(lines[1]).toContain(`${a},family,new`)
    expect(lines[1]).toContain('이민수')
    expect(lines[1]).toContain('M12345678')
    expect(lines[2]).toContain(`${b},self,new`)
    for (const ref of [a, b]) {
      expect((await exportRows(ref)).results).toEqual([{ staff_email: STAFF.supervisor, reason: 'csv: Request from KNPA case 2026-114' }])
    }
  })

  it('neutralizes spreadsheet formulas in exported text', async () => {
    const report = familyFixture()
    report.person.description = '=HYPERLINK("http://evil.example","x")'
    const ref = await file(report)
    const csv = await (await staffCall('/exports', supervisor, { method: 'POST', json: { format: 'csv', caseRefs: [ref], reason: 'audit' } })).text()
    expect(csv).not.toMatch(/,=HYPERLINK/)
  })

  it('exports PFIF 1.4 with only the cases whose family agreed to sharing', async () => {
    const shared = await file(familyFixture())
    const privateReport = familyFixture()
    privateReport.consents.sharePolice = false
    const kept = await file(privateReport)
    const res = await staffCall('/exports', supervisor, { method: 'POST', json: { format: 'pfif', caseRefs: [shared, kept], reason: 'Person Finder sync' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('x-homeward-skipped')).toBe(kept)
    const xml = await res.text()
    expect(pfifProblems(xml)).toEqual([])
    const persons = childrenNamed(parseXml(xml).root, 'pfif:person')
    expect(persons).toHaveLength(1)
    expect(xml).toContain('이민수')
    // The reporter's own contact details are never sent to partners.
    expect(xml).not.toContain('younghee.kim')
    expect(xml).not.toContain('9876-5432')
  })

  it('names the configured domain in PFIF record ids, whichever host the export is fetched through', async () => {
    const ref = await file(familyFixture())
    const idsThrough = async (host: string, overrides: Partial<Env> = {}) => {
      const headers = new Headers({ 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.10', 'cf-access-jwt-assertion': supervisor })
      const res = await app.request(
        `http://${host}/api/v1/staff/exports`,
        { method: 'POST', headers, body: JSON.stringify({ format: 'pfif', caseRefs: [ref], reason: 'Person Finder sync' }) },
        { ...env, ...ACCESS_ENV, ...overrides },
      )
      expect(res.status).toBe(200)
      return childrenNamed(parseXml(await res.text()).root, 'pfif:person').map((p) => textOf(onlyChild(p, 'pfif:person_record_id')))
    }
    const viaIp = await idsThrough('127.0.0.1:8787')
    expect(viaIp).toEqual([`homeward.localhost/case.${ref.replace(/-/g, '')}`])
    expect(await idsThrough('localhost:8787')).toEqual(viaIp)
    const configured = { PFIF_DOMAIN: 'homeward.example' } as unknown as Partial<Env>
    expect(await idsThrough('127.0.0.1', configured)).toEqual([`homeward.example/case.${ref.replace(/-/g, '')}`])
    expect(await idsThrough('localhost', configured)).toEqual(await idsThrough('127.0.0.1', configured))
  })

  it('refuses a PFIF export while the record-id domain is not a domain name, rather than guess one', async () => {
    const ref = await file(familyFixture())
    const res = await staffCall('/exports', supervisor, { method: 'POST', json: { format: 'pfif', caseRefs: [ref], reason: 'sync' } }, {
      ...ACCESS_ENV,
      PFIF_DOMAIN: '127.0.0.1',
    } as unknown as Partial<Env>)
    expect(res.status).toBe(503)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  })

  it('refuses exports to triagers and without a reason', async () => {
    const ref = await file(familyFixture())
    expect((await staffCall('/exports', officer, { method: 'POST', json: { format: 'csv', caseRefs: [ref], reason: 'x' } })).status).toBe(403)
    const noReason = await staffCall('/exports', supervisor, { method: 'POST', json: { format: 'csv', caseRefs: [ref], reason: ' ' } })
    expect(noReason.status).toBe(400)
    expect((await exportRows(ref)).results).toEqual([])
  })
})

describe('statistics', () => {
  it('counts reports per week, status, region and kind, and time to acknowledgement', async () => {
    const ref = await file(familyFixture())
    const { version } = await (await staffCall(`/reports/${ref}`, officer)).json<{ version: number }>()
    await staffCall(`/reports/${ref}/status`, officer, { method: 'POST', json: { status: 'acknowledged', version } })
    const stats = await (await staffCall('/stats', officer)).json<Record<string, any>>()
    expect(stats.perWeek.reduce((n: number, w: { count: number }) => n + w.count, 0)).toBeGreaterThan(0)
    expect(stats.perStatus.find((s: { status: string }) => s.status === 'acknowledged').count).toBeGreaterThan(0)
    expect(stats.perRegion.find((r: { region: string }) => r.region === 'kh-sihanoukville').count).toBeGreaterThan(0)
    expect(stats.ackHours.count).toBeGreaterThan(0)
    expect(stats.ackHours.median).toBeGreaterThanOrEqual(0)
    expect(JSON.stringify(stats)).not.toContain('이민수')
  })
})
