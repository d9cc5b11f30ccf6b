import { Hono } from 'hono'
import { SAVED_FILTERS_MAX, SavedFilterInput } from '../../../core/staff'
import { nextCase } from '../../db/queue'
import { deleteSavedFilter, listSavedFilters, saveFilter } from '../../db/saved-filters'
import { listColleagues } from '../../db/staff'
import type { AppEnv } from '../../env'
import { requireRole } from '../../middleware/staff-auth'
import { validate } from '../../middleware/validate'
import { problem } from '../../problem'

/** An officer's own way of working: saved filters, the colleagues to hand a case to, the next case. */
const work = new Hono<AppEnv>()
  .get('/filters', requireRole, async (c) => c.json({ items: await listSavedFilters(c.env.DB, c.get('staff').email) }))

  .post('/filters', requireRole, validate('json', SavedFilterInput), async (c) => {
    const input = c.req.valid('json')
    const saved = await saveFilter(c.env.DB, c.get('staff').email, input.name, input.filters, SAVED_FILTERS_MAX)
    if (!saved) return problem(c, 'validation', 400, { errors: [{ field: 'name', code: 'staff.filters.error.tooMany' }] })
    return c.json(saved, 201)
  })

  .post('/filters/:id/delete', requireRole, async (c) => {
    const deleted = await deleteSavedFilter(c.env.DB, c.get('staff').email, c.req.param('id').slice(0, 64))
    return deleted ? c.json({ deleted: true }) : problem(c, 'not-found', 404)
  })

  // Names for the assignment picker: who may take a case (triagers and above, active).
  .get('/colleagues', requireRole, async (c) => c.json({ items: await listColleagues(c.env.DB) }))

  // "Next case" from anywhere: the most urgent case nobody has acknowledged and no one
  // else has taken, other than the one the officer is on. Only its reference: no names.
  .get('/next-case', requireRole, async (c) => {
    const caseRef = await nextCase(c.env.DB, c.get('staff').email, c.req.query('after')?.slice(0, 40) ?? null)
    return c.json({ caseRef })
  })

export default work
