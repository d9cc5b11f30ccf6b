import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { atLeast, type Role } from '../../core/roles'
import { isLocalAccess, verifyAccessToken } from '../access'
import { findStaff } from '../db/staff'
import type { AppEnv } from '../env'
import { problem } from '../problem'

/**
 * Every staff route with the least role that may use it. Deny by default: a route
 * not listed here answers 403 to everyone (`requireRole` looks it up), and a test
 * walks this table against every role.
 */
export const STAFF_ROUTES = [
  { method: 'GET', path: '/me', role: 'viewer' },
  { method: 'GET', path: '/reports', role: 'viewer' },
  { method: 'GET', path: '/reports/:caseRef', role: 'viewer' },
  { method: 'GET', path: '/reports/:caseRef/photo', role: 'viewer' },
  { method: 'GET', path: '/reports/:caseRef/duplicates', role: 'viewer' },
  { method: 'POST', path: '/reports/:caseRef/status', role: 'triager' },
  { method: 'POST', path: '/reports/:caseRef/assign', role: 'triager' },
  { method: 'POST', path: '/reports/:caseRef/labels', role: 'triager' },
  { method: 'POST', path: '/reports/:caseRef/notes', role: 'triager' },
  { method: 'POST', path: '/reports/:caseRef/messages', role: 'triager' },
  { method: 'POST', path: '/reports/:caseRef/links', role: 'triager' },
  { method: 'POST', path: '/reports/:caseRef/priority', role: 'supervisor' },
  { method: 'POST', path: '/reports/:caseRef/retention', role: 'supervisor' },
  // Data-subject requests (PIPA 35-37조): correct and erase; export is /exports.
  { method: 'POST', path: '/reports/:caseRef/correct', role: 'supervisor' },
  { method: 'POST', path: '/reports/:caseRef/erase', role: 'supervisor' },
  { method: 'POST', path: '/bulk', role: 'triager' },
  { method: 'POST', path: '/notice', role: 'supervisor' },
  { method: 'POST', path: '/notice/expire', role: 'supervisor' },
  { method: 'GET', path: '/access-log', role: 'supervisor' },
  { method: 'GET', path: '/indicators', role: 'viewer' },
  { method: 'POST', path: '/exports', role: 'supervisor' },
  { method: 'GET', path: '/stats', role: 'viewer' },
  { method: 'POST', path: '/admin/rotate-keys', role: 'admin' },
  { method: 'GET', path: '/members', role: 'admin' },
  { method: 'POST', path: '/members', role: 'admin' },
  { method: 'POST', path: '/indicators/:id', role: 'triager' },
  { method: 'GET', path: '/on-call', role: 'viewer' },
  { method: 'POST', path: '/on-call', role: 'triager' },
  { method: 'POST', path: '/push/devices', role: 'triager' },
  { method: 'POST', path: '/push/devices/remove', role: 'triager' },
] as const satisfies ReadonlyArray<{ method: 'GET' | 'POST'; path: string; role: Role }>

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
