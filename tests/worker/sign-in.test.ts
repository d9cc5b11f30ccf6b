import { env } from 'cloudflare:workers'
import { exportJWK, generateKeyPair } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import app from '../../worker/index'
import { STAFF, seedStaff } from './staff-helpers'

let local: Partial<Env>

beforeAll(async () => {
  await seedStaff()
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  local = {
    ACCESS_TEAM_DOMAIN: '',
    ACCESS_LOCAL_JWKS: JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'local-1', alg: 'RS256', use: 'sig' }] }),
    ACCESS_LOCAL_PRIVATE_JWK: JSON.stringify({ ...(await exportJWK(privateKey)), kid: 'local-1', alg: 'RS256' }),
  } as Partial<Env>
})

function postSignIn(headers: Record<string, string>) {
  const body = new URLSearchParams({ email: STAFF.triager, lang: 'en' })
  return app.request('http://127.0.0.1:8787/staff/sign-in', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } }, { ...env, ...local })
}

describe('the local sign-in page', () => {
  it('signs a staff member in from its own form', async () => {
    const res = await postSignIn({ origin: 'http://127.0.0.1:8787', 'sec-fetch-site': 'same-origin' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/staff/en/')
    expect(res.headers.get('set-cookie')).toMatch(/^CF_Authorization=[\w-]+\.[\w-]+\.[\w-]+; Path=\/; HttpOnly; SameSite=Strict$/)
  })

  it('refuses a sign-in form posted from another site', async () => {
    const res = await postSignIn({ origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' })
    expect(res.status).toBe(403)
    expect(res.headers.get('set-cookie')).toBeNull()
  })

  it('lists the seeded staff with their names escaped', async () => {
    await env.DB.prepare("INSERT OR REPLACE INTO staff (email, name, role, created_at) VALUES ('tag@example.org', '<b>Bold</b>', 'viewer', '2026-01-01T00:00:00Z')").run()
    const res = await app.request('http://127.0.0.1:8787/staff/sign-in', {}, { ...env, ...local })
    expect(res.status).toBe(200)
    const page = await res.text()
    expect(page).toContain('tag@example.org (viewer)')
    expect(page).not.toContain('<b>')
  })
})
