import { atLeast, type Role } from './roles'

/**
 * Every staff route with the least role that may use it. Deny by default: a route
 * not listed here answers 403 to everyone (`requireRole` looks it up), and a test walks this
 * table against every role.
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
  { method: 'POST', path: '/exports/view', role: 'supervisor' },
  { method: 'GET', path: '/filters', role: 'viewer' },
  { method: 'POST', path: '/filters', role: 'viewer' },
  { method: 'POST', path: '/filters/:id/delete', role: 'viewer' },
  { method: 'GET', path: '/colleagues', role: 'triager' },
  { method: 'GET', path: '/next-case', role: 'triager' },
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
 * Each console page and the API route it cannot work without: the page's least role is
 * that route's, so the navigation never offers a page the API would refuse.
 */
export const CONSOLE_PAGES = {
  queue: { path: '', route: 'GET /reports', name: 'staff.nav.queue', what: 'staff.forbidden.queue' },
  indicators: { path: 'indicators', route: 'GET /indicators', name: 'staff.nav.indicators', what: 'staff.forbidden.indicators' },
  stats: { path: 'stats', route: 'GET /stats', name: 'staff.nav.stats', what: 'staff.forbidden.stats' },
  audit: { path: 'audit', route: 'GET /access-log', name: 'staff.nav.audit', what: 'staff.forbidden.audit' },
  notice: { path: 'notice', route: 'POST /notice', name: 'staff.nav.notice', what: 'staff.forbidden.notice' },
  members: { path: 'members', route: 'GET /members', name: 'staff.nav.members', what: 'staff.forbidden.members' },
  case: { path: 'case', route: 'GET /reports/:caseRef', name: 'staff.case.title', what: 'staff.forbidden.case' },
} as const satisfies Record<string, { path: string; route: `${'GET' | 'POST'} ${(typeof STAFF_ROUTES)[number]['path']}`; name: string; what: string }>
export type ConsolePage = keyof typeof CONSOLE_PAGES

export function pageRole(page: ConsolePage): Role {
  const [method, path] = CONSOLE_PAGES[page].route.split(' ')
  return STAFF_ROUTES.find((route) => route.method === method && route.path === path)!.role
}

export const mayOpen = (role: Role, page: ConsolePage) => atLeast(role, pageRole(page))

/** Whether a role may use one route ("POST /exports/view"): the console shows only what it may do. */
export function mayUse(role: Role, route: `${'GET' | 'POST'} ${(typeof STAFF_ROUTES)[number]['path']}`): boolean {
  const [method, path] = route.split(' ')
  const found = STAFF_ROUTES.find((r) => r.method === method && r.path === path)
  return Boolean(found && atLeast(role, found.role))
}
