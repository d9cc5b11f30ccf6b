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

type StaffRoute = (typeof STAFF_ROUTES)[number]

/**
 * Cloudflare Access puts the identity in the Cf-Access-Jwt-Assertion header; we read
 * the header, not the cookie (security.md §2). With no Access in front (the local dev
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

/** The role check for one route of the table: 403 below its least role. */
export function allow<M extends StaffRoute['method']>(method: M, path: Extract<StaffRoute, { method: M }>['path']): MiddlewareHandler<AppEnv> {
  const minimum = STAFF_ROUTES.find((route) => route.method === method && route.path === path)!.role
  return async (c, next) => {
    if (!atLeast(c.get('staff').role, minimum)) return problem(c, 'forbidden', 403)
    await next()
  }
}
