import { Hono } from 'hono'
import { MemberInput } from '../../../core/staff'
import { listMembers, upsertMember } from '../../db/staff'
import type { AppEnv } from '../../env'
import { requireRole } from '../../middleware/staff-auth'
import { validate } from '../../middleware/validate'
import { problem } from '../../problem'
import { rewrapKeys } from '../../rotation'
import { getVault } from '../../vault'

/** Staff accounts: who is signed in, and the admins' list of everyone. */
const members = new Hono<AppEnv>()
  .get('/me', requireRole, (c) => c.json(c.get('staff')))

  .get('/members', requireRole, async (c) => c.json({ items: await listMembers(c.env.DB) }))

  // Admins add staff, change a role or switch an account off (deny by default: an
  // Access identity that is not listed here and active gets 403).
  .post('/members', requireRole, validate('json', MemberInput), async (c) => {
    const member = c.req.valid('json')
    if (member.email === c.get('staff').email && (!member.active || member.role !== 'admin')) {
      // An admin cannot lock themselves out.
      return problem(c, 'validation', 400, { errors: [{ field: 'email', code: 'error.invalid' }] })
    }
    await upsertMember(c.env.DB, member)
    return c.json(member)
  })

  // After `wrangler secret put MASTER_KEY` (new) and MASTER_KEY_PREVIOUS (old): call
  // until `remaining` is 0 (scripts/rotate-keys.mjs does), then delete the old secret.
  .post('/admin/rotate-keys', requireRole, async (c) => c.json(await rewrapKeys(c.env.DB, await getVault(c.env))))

export default members
