import { Hono } from 'hono'
import { NoticeInput } from '../../../core/staff'
import { expireNotices, insertNotice } from '../../db/notices'
import type { AppEnv } from '../../env'
import { requireRole } from '../../middleware/staff-auth'
import { validate } from '../../middleware/validate'
import { problem } from '../../problem'

/** The urgent banner on every public page: set one, or end the one in force. */
const notices = new Hono<AppEnv>()
  .post('/notice', requireRole, validate('json', NoticeInput), async (c) => {
    const input = c.req.valid('json')
    if (Date.parse(input.expiresAt) <= Date.now()) return problem(c, 'validation', 400, { errors: [{ field: 'expiresAt', code: 'error.invalid' }] })
    const notice = await insertNotice(c.env.DB, {
      text: { ko: input.ko, km: input.km ?? null, en: input.en },
      startsAt: new Date().toISOString(),
      expiresAt: new Date(input.expiresAt).toISOString(),
      createdBy: c.get('staff').email,
    })
    return c.json(notice, 201)
  })
  .post('/notice/expire', requireRole, async (c) => c.json({ expired: await expireNotices(c.env.DB) }))

export default notices
