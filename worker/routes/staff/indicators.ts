import { Hono } from 'hono'
import * as z from 'zod/mini'
import { INDICATOR_STATUSES, IndicatorReviewInput } from '../../../core/staff'
import { listIndicators, reviewIndicator } from '../../db/indicators'
import { readStats } from '../../db/stats'
import type { AppEnv } from '../../env'
import { requireRole } from '../../middleware/staff-auth'
import { validate } from '../../middleware/validate'
import { problem } from '../../problem'
import { getVault } from '../../vault'
import { openIndicators } from '../../vault/indicators'

/** Recruiter identifiers from reports and offers, for staff to confirm; and the counts page. */
const indicators = new Hono<AppEnv>()
  .get('/indicators', requireRole, async (c) => {
    const status = z.enum(INDICATOR_STATUSES).safeParse(c.req.query('status') ?? 'pending')
    if (!status.success) return problem(c, 'validation', 400, { errors: [{ field: 'status', code: 'error.invalid' }] })
    return c.json({ items: await openIndicators(await getVault(c.env), await listIndicators(c.env.DB, status.data)) })
  })

  .post('/indicators/:id', requireRole, validate('json', IndicatorReviewInput), async (c) => {
    const { status } = c.req.valid('json')
    const id = Number(c.req.param('id'))
    const found = await reviewIndicator(c.env.DB, Number.isInteger(id) ? id : -1, status, c.get('staff').email)
    return found ? c.json({ id, status }) : problem(c, 'not-found', 404)
  })

  .get('/stats', requireRole, async (c) => c.json(await readStats(c.env.DB)))

export default indicators
