import { Hono } from 'hono'
import { accessLogToCsv } from '../../../core/exports'
import { listAccessLog, logStatement } from '../../db/access-log'
import type { AppEnv } from '../../env'
import { requireRole } from '../../middleware/staff-auth'
import { who } from './changes'

/** Who saw or changed what: the supervisors' view of the access log, and its CSV. */
const accessLog = new Hono<AppEnv>().get('/access-log', requireRole, async (c) => {
  const caseRef = c.req.query('caseRef') ?? null
  const before = c.req.query('before')
  const csv = c.req.query('format') === 'csv'
  const items = await listAccessLog(c.env.DB, { caseRef, before: before ? Number(before) : null, limit: csv ? 10_000 : 100 })
  await logStatement(c.env.DB, { ...who(c), caseRef, action: csv ? 'access-log.export' : 'access-log.view' }).run()
  if (!csv) return c.json({ items })
  return c.body(accessLogToCsv(items), 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="homeward-access-log-${new Date().toISOString().slice(0, 10)}.csv"`,
  })
})

export default accessLog
