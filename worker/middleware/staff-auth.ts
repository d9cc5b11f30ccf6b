import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { atLeast } from '../../core/roles'
import { STAFF_ROUTES } from '../../core/staff-routes'
import { isLocalAccess, verifyAccessToken } from '../access'
import { findStaff } from '../db/staff'
import type { AppEnv } from '../env'
import { problem } from '../problem'

// The table lives in core/ so the console's navigation reads the same roles the API enforces.
export { STAFF_ROUTES }

/**
 * Cloudflare Access puts the identity in the Cf-Access-Jwt-Assertion header; we read
 * the header, not the cookie (Cloudflare Access docs, "Validate JWTs"). With no Access in front (the local dev
 * server only), the sign-in page's cookie stands in for what Access's edge would add.
 */
export const authenticateStaff: MiddlewareHandler<AppEnv> = async (c, next) => {
  let token = c.req.header('cf-access-jwt-assertion')
  if (!token && isLocalAccess(c.env, c.req.url)) token = getCookie(c, 'CF_Authorization')
  const result = await verifyAccessToken(token, c.env, c.req.url)
  if (!result.ok) return problem(c, result.status === 401 ? 'unauthorized' : 'forbidden', result.status)
  const staff = await findStaff(c.env.DB, result.email)
  if (!staff) return problem(c, 'forbidden', 403)
  c.set('staff', staff)
  await next()
}

/**
 * The role check, on every staff route: the least role the table gives the matched
 * route (its method and pattern), 403 below it, and 403 for a route the table lacks.
 */
export const requireRole: MiddlewareHandler<AppEnv> = async (c, next) => {
  const method = c.req.method === 'HEAD' ? 'GET' : c.req.method
  const path = c.req.routePath.replace(/^\/api\/v1\/staff/, '')
  const route = STAFF_ROUTES.find((r) => r.method === method && r.path === path)
  if (!route || !atLeast(c.get('staff').role, route.role)) return problem(c, 'forbidden', 403)
  await next()
}
