import { env } from 'cloudflare:workers'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { ROLES, atLeast, type Role } from '../../core/roles'
import { STAFF_ROUTES } from '../../worker/routes/staff'
import { familyFixture, postReport } from './helpers'
import { ACCESS_ENV, AUD, STAFF, TEAM, accessToken, makeKeys, seedStaff, serveCerts, staffCall, type Keys } from './staff-helpers'

let keys: Keys
let caseRef: string

beforeAll(async () => {
  keys = await makeKeys()
  await seedStaff()
  caseRef = (await (await postReport(familyFixture())).json<{ caseRef: string }>()).caseRef
})
beforeEach(() => {
  serveCerts(keys)
})
afterEach(() => {
  vi.restoreAllMocks()
})

const b64url = (value: unknown) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')

async function hs256WithPublicKey(): Promise<string> {
  // The classic confusion attack: HMAC-sign with the RSA public key as the secret.
  const header = b64url({ alg: 'HS256', kid: 'k1', typ: 'JWT' })
  const now = Math.floor(Date.now() / 1000)
  const payload = b64url({ email: STAFF.admin, sub: 'user-1', iss: TEAM, aud: AUD, iat: now, exp: now + 300 })
  const secret = new TextEncoder().encode(JSON.stringify(keys.publicJwk))
  const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const sig = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${header}.${payload}`)))
  return `${header}.${payload}.${btoa(String.fromCharCode(...sig)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}`
}

describe('who gets in', () => {
  it('lets a listed staff member in with a valid Access token', async () => {
    const res = await staffCall('/me', await accessToken(keys))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ email: STAFF.triager, name: 'triager', role: 'triager' })
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it.each<[string, () => Promise<string | null>, 401 | 403]>([
    ['no token', async () => null, 401],
    ['an expired token', () => accessToken(keys, {}, { expires: Math.floor(Date.now() / 1000) - 60 }), 401],
    ['a token not yet valid', () => accessToken(keys, {}, { notBefore: Math.floor(Date.now() / 1000) + 600 }), 401],
    ['a wrong audience', () => accessToken(keys, {}, { audience: 'someone-elses-app' }), 401],
    ['a wrong issuer', () => accessToken(keys, {}, { issuer: 'https://evil.cloudflareaccess.com' }), 401],
    [
      'alg none',
      async () => {
        const now = Math.floor(Date.now() / 1000)
        return `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ email: STAFF.admin, sub: 'u', iss: TEAM, aud: AUD, iat: now, exp: now + 300 })}.`
      },
      401,
    ],
    ['HS256 signed with the public key', hs256WithPublicKey, 401],
    ['an unknown kid', () => accessToken(keys, {}, { kid: 'k9', key: keys.otherPrivateKey }), 401],
    ['a forged signature under a known kid', () => accessToken(keys, {}, { key: keys.otherPrivateKey }), 401],
    ['a service token', () => accessToken(keys, { email: undefined, sub: '', common_name: 'ci-bot.access' }), 403],
    ['an email not on the staff list', () => accessToken(keys, { email: 'stranger@example.org' }), 403],
    ['a garbage token', async () => 'not.a.jwt', 401],
  ])('refuses %s', async (_name, makeToken, status) => {
    const res = await staffCall('/me', await makeToken())
    expect(res.status).toBe(status)
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
    expect((await res.json<{ type: string }>()).type).toBe(status === 401 ? 'unauthorized' : 'forbidden')
  })

  it('refuses everyone when the Access audience is not configured', async () => {
    const res = await staffCall('/me', await accessToken(keys), {}, { ACCESS_TEAM_DOMAIN: TEAM, ACCESS_AUD: '' } as unknown as Partial<Env>)
    expect(res.status).toBe(403)
  })

  it('never trusts the local key set when an Access team is configured, nor on a public hostname', async () => {
    const localJwks = JSON.stringify({ keys: [keys.publicJwk] })
    const local = await accessToken(keys, {}, { issuer: 'https://access.homeward.invalid', audience: 'homeward-local' })
    const withTeam = await staffCall('/me', local, {}, { ...ACCESS_ENV, ACCESS_LOCAL_JWKS: localJwks })
    expect(withTeam.status).toBe(401)
    const app = (await import('../../worker/index')).default
    const publicHost = await app.request(
      'https://homeward.example/api/v1/staff/me',
      { headers: { 'cf-access-jwt-assertion': local } },
      { ...env, ACCESS_TEAM_DOMAIN: '', ACCESS_LOCAL_JWKS: localJwks },
    )
    expect(publicHost.status).toBe(403)
    const loopback = await staffCall('/me', local, {}, { ACCESS_TEAM_DOMAIN: '', ACCESS_LOCAL_JWKS: localJwks } as unknown as Partial<Env>)
    expect(loopback.status).toBe(200)
  })

  it('answers 401 on every staff route without a token', async () => {
    for (const route of STAFF_ROUTES) {
      const res = await staffCall(route.path.replace(':caseRef', caseRef), null, { method: route.method, json: route.method === 'POST' ? {} : undefined })
      expect({ route: route.path, status: res.status }).toEqual({ route: route.path, status: 401 })
    }
  })
})

describe('roles, route by route', () => {
  const tokens = {} as Record<Role, string>
  beforeAll(async () => {
    for (const role of ROLES) tokens[role] = await accessToken(keys, { email: STAFF[role], sub: `user-${role}` })
  })

  for (const route of STAFF_ROUTES) {
    it(`${route.method} ${route.path} needs at least ${route.role}`, async () => {
      for (const role of ROLES) {
        const res = await staffCall(route.path.replace(':caseRef', caseRef), tokens[role], {
          method: route.method,
          json: route.method === 'POST' ? { probe: true } : undefined,
        })
        const allowed = atLeast(role, route.role)
        // Allowed roles get past authorization (a 400 for the probe body is fine).
        expect({ role, status: allowed ? res.status !== 403 && res.status !== 401 : res.status }).toEqual({
          role,
          status: allowed ? true : 403,
        })
      }
    })
  }
})
