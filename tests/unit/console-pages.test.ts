import { describe, expect, it } from 'vitest'
import { ROLES } from '../../core/roles'
import { CONSOLE_PAGES, mayOpen, mayUse, pageRole, type ConsolePage } from '../../core/staff-routes'

describe('console pages take their least role from the API route table', () => {
  it('gives each page the role of the route it loads', () => {
    const roles = Object.fromEntries((Object.keys(CONSOLE_PAGES) as ConsolePage[]).map((page) => [page, pageRole(page)]))
    expect(roles).toEqual({ queue: 'viewer', indicators: 'viewer', stats: 'viewer', audit: 'supervisor', notice: 'supervisor', members: 'admin', case: 'viewer' })
  })

  it('lets a triager open the queue and cases but not staff accounts, and an admin everything', () => {
    expect(mayOpen('triager', 'queue')).toBe(true)
    expect(mayOpen('triager', 'members')).toBe(false)
    expect(mayOpen('supervisor', 'members')).toBe(false)
    for (const page of Object.keys(CONSOLE_PAGES) as ConsolePage[]) expect(mayOpen(ROLES.at(-1)!, page)).toBe(true)
  })
})

describe('console actions take their least role from the same table', () => {
  it('offers the export of a view to supervisors and up, the colleague picker to triagers and up, saved filters to everyone', () => {
    expect(ROLES.filter((role) => mayUse(role, 'POST /exports/view'))).toEqual(['supervisor', 'admin'])
    expect(ROLES.filter((role) => mayUse(role, 'GET /colleagues'))).toEqual(['triager', 'supervisor', 'admin'])
    expect(ROLES.filter((role) => mayUse(role, 'POST /filters'))).toEqual([...ROLES])
  })
})
