import { env } from 'cloudflare:workers'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { AppEnv } from '../../worker/env'
import { requireRole } from '../../worker/middleware/staff-auth'

/** A staff app with an admin signed in, to see what the role check does with a route. */
function appWith(path: string) {
  return new Hono<AppEnv>()
    .use('*', async (c, next) => {
      c.set('staff', { email: 'admin@example.org', name: 'admin', role: 'admin' })
      await next()
    })
    .get(path, requireRole, (c) => c.text('reached'))
}

describe('the role table', () => {
  it('refuses even an admin on a staff route the table does not list', async () => {
    const res = await appWith('/api/v1/staff/unlisted').request('/api/v1/staff/unlisted', {}, env)
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ type: 'forbidden', status: 403 })
  })

  it('lets an admin through on a listed route, by its pattern', async () => {
    const res = await appWith('/api/v1/staff/reports/:caseRef').request('/api/v1/staff/reports/0000-0000-0', {}, env)
    expect([res.status, await res.text()]).toEqual([200, 'reached'])
  })
})
