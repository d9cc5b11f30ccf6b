import { env } from 'cloudflare:workers'
import { SignJWT, exportJWK, generateKeyPair, type JWK } from 'jose'
import { afterEach, beforeAll, beforeEach, vi } from 'vitest'
import type { Role } from '../../core/roles'
import app from '../../worker/index'

export const TEAM = 'https://homeward-test.cloudflareaccess.com'
export const AUD = 'aud-0123456789abcdef'
export const ACCESS_ENV = { ACCESS_TEAM_DOMAIN: TEAM, ACCESS_AUD: AUD } as unknown as Partial<Env>

export const STAFF: Record<Role, string> = {
  viewer: 'viewer@example.org',
  triager: 'officer@example.org',
  supervisor: 'supervisor@example.org',
  admin: 'admin@example.org',
}

export async function seedStaff() {
  await env.DB.batch(
    Object.entries(STAFF).map(([role, email]) =>
      env.DB.prepare("INSERT OR IGNORE INTO staff (email, name, role, created_at) VALUES (?1, ?2, ?3, '2026-01-01T00:00:00Z')").bind(email, role, role),
    ),
  )
}

export type Keys = { privateKey: CryptoKey; publicJwk: JWK; otherPrivateKey: CryptoKey }

export async function makeKeys(): Promise<Keys> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  const other = await generateKeyPair('RS256', { extractable: true })
  return { privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }, otherPrivateKey: other.privateKey }
}

/** Cloudflare's certs endpoint for the test team, served from memory. */
export function serveCerts(keys: Keys) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    if (url === `${TEAM}/cdn-cgi/access/certs`) return Response.json({ keys: [keys.publicJwk] })
    return new Response('unreachable in tests', { status: 599 })
  })
}

export async function accessToken(
  keys: Keys,
  claims: Record<string, unknown> = {},
  opts: { kid?: string; key?: CryptoKey; issuer?: string; audience?: string; expires?: string | number; notBefore?: string | number } = {},
) {
  const jwt = new SignJWT({ email: STAFF.triager, sub: 'user-7b2', type: 'app', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: opts.kid ?? 'k1' })
    .setIssuer(opts.issuer ?? TEAM)
    .setAudience(opts.audience ?? AUD)
    .setIssuedAt()
    .setExpirationTime(opts.expires ?? '5m')
  if (opts.notBefore !== undefined) jwt.setNotBefore(opts.notBefore)
  return jwt.sign(opts.key ?? keys.privateKey)
}

export function staffCall(path: string, token: string | null, init: RequestInit & { json?: unknown } = {}, overrides: Partial<Env> = ACCESS_ENV) {
  const headers = new Headers(init.headers)
  headers.set('cf-connecting-ip', '192.0.2.10')
  if (token) headers.set('cf-access-jwt-assertion', token)
  let body = init.body
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json')
    body = JSON.stringify(init.json)
  }
  return app.request(`http://127.0.0.1/api/v1/staff${path}`, { ...init, headers, body }, { ...env, ...overrides })
}

/**
 * For a test file of staff routes: seeds the staff list, serves the test team's certs,
 * and gives a fresh Access token per role before each test (and for any email).
 */
export function useStaffTokens(): Record<Role, string> & { for(email: string): Promise<string> } {
  let keys: Keys
  const tokens = { for: (email: string) => accessToken(keys, { email, sub: `user-${email}` }) } as Record<Role, string> & { for(email: string): Promise<string> }
  beforeAll(async () => {
    keys = await makeKeys()
    await seedStaff()
  })
  beforeEach(async () => {
    serveCerts(keys)
    for (const [role, email] of Object.entries(STAFF) as Array<[Role, string]>) tokens[role] = await accessToken(keys, { email, sub: `user-${role}` })
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })
  return tokens
}
