import { Hono } from 'hono'
import { parseCaseRef } from '../../../core/case-ref'
import { casesToCsv, casesToPfif, type ExportCase } from '../../../core/exports'
import { pfifDomain } from '../../../core/pfif'
import { ExportInput } from '../../../core/staff'
import { logStatement } from '../../db/access-log'
import { findCase, readCaseForStaff } from '../../db/cases'
import type { AppEnv } from '../../env'
import { requireRole } from '../../middleware/staff-auth'
import { validate } from '../../middleware/validate'
import { problem } from '../../problem'
import { getVault } from '../../vault'
import { who } from './changes'

/** Cases as CSV or PFIF 1.4 for partners; every case exported is logged with the reason. */
const exports = new Hono<AppEnv>().post('/exports', requireRole, validate('json', ExportInput), async (c) => {
  const input = c.req.valid('json')
  // PFIF record ids name the configured domain, never the request's host (ids must be stable).
  const domain = pfifDomain(c.env.PFIF_DOMAIN)
  if (input.format === 'pfif' && !domain) return problem(c, 'unavailable', 503)
  const vault = await getVault(c.env)
  const cases: ExportCase[] = []
  const logs: D1PreparedStatement[] = []
  for (const ref of new Set(input.caseRefs)) {
    const caseRef = parseCaseRef(ref)
    const row = caseRef ? await findCase(c.env.DB, caseRef) : null
    if (!row) return problem(c, 'validation', 400, { errors: [{ field: 'caseRefs', code: 'case.caseRef.error.invalid' }] })
    cases.push(await readCaseForStaff(c.env.DB, vault, row))
    logs.push(logStatement(c.env.DB, { ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'export', reason: `${input.format}: ${input.reason}` }))
  }
  await c.env.DB.batch(logs)
  const stamp = new Date().toISOString().slice(0, 10)
  if (input.format === 'csv') {
    return c.body(casesToCsv(cases), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="homeward-cases-${stamp}.csv"`,
    })
  }
  const { xml, skipped } = casesToPfif(cases, domain!)
  return c.body(xml, 200, {
    'content-type': 'application/xml; charset=utf-8',
    'content-disposition': `attachment; filename="homeward-pfif-${stamp}.xml"`,
    // Cases left out because the family did not agree to sharing.
    'x-homeward-skipped': skipped.join(' '),
  })
})

export default exports
