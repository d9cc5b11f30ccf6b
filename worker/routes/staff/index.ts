import { Hono } from 'hono'
import { csrf } from 'hono/csrf'
import type { AppEnv } from '../../env'
import { limitBody } from '../../middleware/body-limit'
import { authenticateStaff } from '../../middleware/staff-auth'
import accessLog from './access-log'
import bulk from './bulk'
import cases from './cases'
import exports from './exports'
import work from './filters'
import indicators from './indicators'
import members from './members'
import notices from './notices'
import push from './push'

export { STAFF_ROUTES } from '../../middleware/staff-auth'

/**
 * /api/v1/staff: behind Cloudflare Access, every route in the role table
 * (worker/middleware/staff-auth.ts), one sub-app per resource.
 */
const staff = new Hono<AppEnv>()
  // JSON-only mutations plus Hono's Origin / Sec-Fetch-Site check (OWASP CSRF Prevention Cheat Sheet).
  .use('*', csrf())
  .use('*', limitBody(64 * 1024))
  .use('*', authenticateStaff)
  .route('/', members)
  .route('/', cases)
  .route('/', bulk)
  .route('/', notices)
  .route('/', accessLog)
  .route('/', indicators)
  .route('/', exports)
  .route('/', push)
  .route('/', work)

export default staff
