import type { Context, MiddlewareHandler } from 'hono'
import type * as z from 'zod/mini'
import { parseCaseRef } from '../../../core/case-ref'
import type { FieldError } from '../../../core/report'
import type { StatusInput } from '../../../core/staff'
import { NEXT_STATUS } from '../../../core/workflow'
import { logDependent } from '../../db/access-log'
import { findCase, type CaseRow, type Dependent } from '../../db/cases'
import { findStaff } from '../../db/staff'
import type { AppEnv } from '../../env'
import { problem } from '../../problem'
import { clientIp } from '../../request'

/** Who did it, for the access log: the signed-in staff member and their address. */
export const who = (c: Context<AppEnv>) => ({ staffEmail: c.get('staff').email, ip: clientIp(c) })

/** Loads the case named by :caseRef into `c.var.case`, or answers 404. */
export const withCase: MiddlewareHandler<AppEnv> = async (c, next) => {
  const caseRef = parseCaseRef(c.req.param('caseRef') ?? '')
  const row = caseRef ? await findCase(c.env.DB, caseRef) : null
  if (!row) return problem(c, 'not-found', 404)
  c.set('case', row)
  await next()
}

export type Change = { set: Record<string, unknown>; dependents: Dependent[] }
export type Refusal = FieldError
type Actor = { staffEmail: string; ip: string }

/** Status change as the dependents of an edit: the family's timeline and the log. */
export function statusChange(row: CaseRow, input: Omit<z.infer<typeof StatusInput>, 'version'>, actor: Actor): Change | Refusal {
  if (!NEXT_STATUS[row.status].includes(input.status)) return { field: 'status', code: 'staff.status.error.transition' }
  if (input.status === 'closed' && !input.closedReason) return { field: 'status', code: 'staff.status.error.closedReason' }
  const at = new Date().toISOString()
  const set: Record<string, unknown> = { status: input.status }
  if (input.status === 'acknowledged') set.acknowledged_at = at
  set.closed_reason = input.status === 'closed' ? input.closedReason : null
  // The retention clock starts when a case is closed and stops if it is reopened.
  set.closed_at = input.status === 'closed' ? at : null
  return {
    set,
    dependents: [
      {
        insert: 'case_events',
        values: { report_id: row.id, type: 'status', status: input.status, created_at: at, actor: actor.staffEmail, reason: input.reason ?? input.closedReason ?? null },
      },
      logDependent({ ...actor, reportId: row.id, caseRef: row.case_ref, action: 'status', reason: input.reason ?? null }),
    ],
  }
}

/**
 * The assignee an assignment may name: nobody, or an active staff member. Single and
 * bulk assignment both ask here, so neither can hand a case to an unknown address.
 */
export async function checkAssignee(db: D1Database, assignee: string | null | undefined): Promise<{ assignee: string | null } | Refusal> {
  const email = assignee?.toLowerCase() ?? null
  if (email && !(await findStaff(db, email))) return { field: 'assignee', code: 'staff.assign.error.unknown' }
  return { assignee: email }
}

/** An assignment: the case's assignee, a staff-only timeline entry naming both people, and the log. */
export function assignChange(row: CaseRow, assignee: string | null, actor: Actor): Change {
  return {
    set: { assignee },
    dependents: [
      { insert: 'case_events', values: { report_id: row.id, type: 'assign', status: null, created_at: new Date().toISOString(), actor: actor.staffEmail, assignee } },
      logDependent({ ...actor, reportId: row.id, caseRef: row.case_ref, action: 'assign', reason: assignee }),
    ],
  }
}

export const isRefusal = (x: object): x is Refusal => 'code' in x

/** A refused change as our one problem shape. */
export const refused = (c: Context<AppEnv>, refusal: Refusal) => problem(c, 'validation', 400, { errors: [refusal] })
