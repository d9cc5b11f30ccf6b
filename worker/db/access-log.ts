import type { Dependent } from './cases'
import type { AccessLogItem } from '../../core/api'

export type { AccessAction } from '../../core/labels'
import type { AccessAction } from '../../core/labels'

export type LogEntry = { staffEmail: string; ip: string | null; reportId?: string | null; caseRef?: string | null; action: AccessAction; reason?: string | null }

/** One access-log row; returned as a statement so it can join the edit's own batch. */
export function logStatement(db: D1Database, entry: LogEntry): D1PreparedStatement {
  return db
    .prepare('INSERT INTO access_log (at, staff_email, ip, report_id, case_ref, action, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)')
    .bind(new Date().toISOString(), entry.staffEmail, entry.ip, entry.reportId ?? null, entry.caseRef ?? null, entry.action, entry.reason ?? null)
}

/** The access-log row of an edit, as a dependent of that edit. */
export function logDependent(entry: LogEntry): Dependent {
  return {
    insert: 'access_log',
    values: {
      at: new Date().toISOString(),
      staff_email: entry.staffEmail,
      ip: entry.ip,
      report_id: entry.reportId ?? null,
      case_ref: entry.caseRef ?? null,
      action: entry.action,
      reason: entry.reason ?? null,
    },
  }
}


/** The newest access-log rows, optionally for one case and before an id (paging). */
export async function listAccessLog(db: D1Database, filter: { caseRef?: string | null; before?: number | null; limit: number }): Promise<AccessLogItem[]> {
  const { results } = await db
    .prepare(
      `SELECT l.id, l.at, l.staff_email AS staffEmail, s.name AS staffName, l.ip, l.case_ref AS caseRef, l.action, l.reason,
         a.name AS assigneeName
       FROM access_log l LEFT JOIN staff s ON s.email = l.staff_email
       LEFT JOIN staff a ON l.action = 'assign' AND a.email = l.reason
       WHERE (?1 IS NULL OR l.case_ref = ?1) AND (?2 IS NULL OR l.id < ?2) ORDER BY l.id DESC LIMIT ?3`,
    )
    .bind(filter.caseRef ?? null, filter.before ?? null, filter.limit)
    .all<AccessLogItem>()
  return results
}
