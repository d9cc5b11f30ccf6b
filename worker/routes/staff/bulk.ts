import { Hono, type Context } from 'hono'
import { parseCaseRef } from '../../../core/case-ref'
import { createT, negotiateLang } from '../../../core/i18n'
import { BulkInput } from '../../../core/staff'
import { logDependent } from '../../db/access-log'
import { editCase, findCase, type CaseRow } from '../../db/cases'
import type { AppEnv } from '../../env'
import { requireRole } from '../../middleware/staff-auth'
import { validate } from '../../middleware/validate'
import { problem, problemBody } from '../../problem'
import { afterResponse, notifyFamily } from '../../push'
import { assignChange, checkAssignee, isRefusal, refused, statusChange, who, type Change, type Refusal } from './changes'

/**
 * One action on many cases. Each case meets the same checks as the single-case route
 * (an assignee must be active staff; a status must follow the workflow) and a case that
 * fails answers with the same problem that route would give, inside its result.
 */
const bulk = new Hono<AppEnv>().post('/bulk', requireRole, validate('json', BulkInput), async (c) => {
  const input = c.req.valid('json')
  let changeFor: (row: CaseRow) => Change | Refusal
  if (input.action === 'assign') {
    // The same refusal, with the same problem, as POST /reports/:caseRef/assign.
    const checked = await checkAssignee(c.env.DB, input.assignee)
    if (isRefusal(checked)) return refused(c, checked)
    changeFor = (row) => assignChange(row, checked.assignee, who(c))
  } else if (input.action === 'label' && input.label) {
    const label = input.label
    changeFor = (row) => ({
      set: {},
      dependents: [
        { insert: 'report_labels', values: { report_id: row.id, label } },
        logDependent({ ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'labels' }),
      ],
    })
  } else if (input.action === 'status' && input.status) {
    const status = input.status
    changeFor = (row) => statusChange(row, { status, closedReason: input.closedReason }, who(c))
  } else {
    return problem(c, 'validation', 400, { errors: [{ field: input.action, code: 'error.required' }] })
  }
  const results = []
  for (const ref of input.caseRefs) {
    const caseRef = parseCaseRef(ref)
    const row = caseRef ? await findCase(c.env.DB, caseRef) : null
    if (!row) {
      results.push({ caseRef: ref, ok: false as const, problem: itemProblem(c, 'not-found', 404) })
      continue
    }
    const change = changeFor(row)
    if (isRefusal(change)) {
      results.push({ caseRef: row.case_ref, ok: false as const, problem: itemProblem(c, 'validation', 400, [change]) })
      continue
    }
    const ok = await editCase(c.env.DB, row, row.version, change.set, change.dependents)
    if (ok && input.action === 'status') afterResponse(c, () => notifyFamily(c.env, row))
    results.push(ok ? { caseRef: row.case_ref, ok: true as const, version: row.version + 1 } : { caseRef: row.case_ref, ok: false as const, problem: itemProblem(c, 'conflict', 409) })
  }
  return c.json({ results })
})

const itemProblem = (c: Context<AppEnv>, type: 'not-found' | 'validation' | 'conflict', status: 400 | 404 | 409, errors?: Refusal[]) =>
  problemBody(createT(c.get('lang') ?? negotiateLang(c.req.header('accept-language'))), type, status, errors ? { errors } : {})

export default bulk
