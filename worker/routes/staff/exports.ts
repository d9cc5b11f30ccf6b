import { Hono, type Context } from 'hono'
import { parseCaseRef } from '../../../core/case-ref'
import { casesToCsv, casesToPfif, type ExportCase } from '../../../core/exports'
import { pfifDomain } from '../../../core/pfif'
import { ExportInput, VIEW_EXPORT_MAX, ViewExportInput } from '../../../core/staff'
import { logStatement } from '../../db/access-log'
import { findCase, readCaseForStaff } from '../../db/cases'
import { queueCaseRefs } from '../../db/queue'
import type { AppEnv } from '../../env'
import { requireRole } from '../../middleware/staff-auth'
import { validate } from '../../middleware/validate'
import { problem } from '../../problem'
import { getVault } from '../../vault'
import { openCaseForStaff } from '../../vault/cases'
import { who } from './changes'
import { viewFilters } from './queue-view'

/** The named cases as CSV or PFIF 1.4; every case exported is logged with the reason. */
async function exportCases(c: Context<AppEnv>, caseRefs: readonly string[], format: 'csv' | 'pfif', reason: string) {
  // PFIF record ids name the configured domain, never the request's host (ids must be stable).
  const domain = pfifDomain(c.env.PFIF_DOMAIN)
  if (format === 'pfif' && !domain) return problem(c, 'unavailable', 503)
  const vault = await getVault(c.env)
  const cases: ExportCase[] = []
  const logs: D1PreparedStatement[] = []
  for (const ref of new Set(caseRefs)) {
    const caseRef = parseCaseRef(ref)
    const row = caseRef ? await findCase(c.env.DB, caseRef) : null
    if (!row) return problem(c, 'validation', 400, { errors: [{ field: 'caseRefs', code: 'case.caseRef.error.invalid' }] })
    cases.push(await openCaseForStaff(vault, row, await readCaseForStaff(c.env.DB, row)))
    logs.push(logStatement(c.env.DB, { ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'export', reason: `${format}: ${reason}` }))
  }
  if (logs.length) await c.env.DB.batch(logs)
  const stamp = new Date().toISOString().slice(0, 10)
  if (format === 'csv') {
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
}

/** Cases for partners, named one by one or as the queue view an officer is looking at. */
const exports = new Hono<AppEnv>()
  .post('/exports', requireRole, validate('json', ExportInput), async (c) => {
    const input = c.req.valid('json')
    return exportCases(c, input.caseRefs, input.format, input.reason)
  })

  // The queue as filtered now, every page of it: the same filters select the same cases.
  // A view larger than the cap is refused with a sentence, never cut short in silence.
  .post('/exports/view', requireRole, validate('json', ViewExportInput), async (c) => {
    const input = c.req.valid('json')
    const vault = await getVault(c.env)
    const { filters, plan } = await viewFilters(c, vault, input.view)
    const refs = await queueCaseRefs(c.env.DB, filters, VIEW_EXPORT_MAX)
    if (input.view.q) await logStatement(c.env.DB, { ...who(c), action: 'search', reason: plan?.kind ?? 'unrecognized' }).run()
    if (refs.length > VIEW_EXPORT_MAX) return problem(c, 'validation', 400, { errors: [{ field: 'view', code: 'staff.export.error.tooMany' }] })
    if (!refs.length) return problem(c, 'validation', 400, { errors: [{ field: 'view', code: 'staff.export.error.empty' }] })
    return exportCases(c, refs, input.format, input.reason)
  })

export default exports
