import { SignJWT } from 'jose'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { AUD, STAFF, TEAM, accessToken, makeKeys, seedStaff, serveCerts, staffCall, type Keys } from './staff-helpers'

let keys: Keys

beforeAll(async () => {
  keys = await makeKeys()
  await seedStaff()
})
beforeEach(() => {
  serveCerts(keys)
})
afterEach(() => {
  vi.restoreAllMocks()
})

const now = () => Math.floor(Date.now() / 1000)

/** A correctly signed Access token for a listed staff member with exactly these time claims. */
function signedWith(times: { iat?: unknown; nbf?: unknown; exp?: unknown }) {
  const claims: Record<string, unknown> = { email: STAFF.triager, sub: 'user-7b2', type: 'app', iss: TEAM, aud: AUD }
  for (const [name, value] of Object.entries(times)) if (value !== undefined) claims[name] = value
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(keys.privateKey)
}

describe('the time claims of a staff token', () => {
  it('lets in a token with exp, iat and nbf all in order', async () => {
    const token = await signedWith({ iat: now() - 10, nbf: now() - 10, exp: now() + 300 })
    expect((await staffCall('/me', token)).status).toBe(200)
  })

  it.each<[string, () => { iat?: unknown; nbf?: unknown; exp?: unknown }]>([
    ['a token without exp, which would never expire', () => ({ iat: now() })],
    ['a token with neither exp nor iat', () => ({})],
    ['a token issued in the future', () => ({ iat: now() + 3600, exp: now() + 7200 })],
    ['a token whose iat is not a number', () => ({ iat: 'yesterday', exp: now() + 300 })],
    ['a token whose exp is not a number', () => ({ iat: now(), exp: 'never' })],
    ['a token not valid before a later time', () => ({ iat: now(), nbf: now() + 600, exp: now() + 900 })],
  ])('refuses %s', async (_name, times) => {
    const res = await staffCall('/me', await signedWith(times()))
    expect(res.status).toBe(401)
    expect((await res.json<{ type: string }>()).type).toBe('unauthorized')
  })

  it('still lets in the ordinary token the helpers sign (exp in 5 minutes)', async () => {
    expect((await staffCall('/me', await accessToken(keys))).status).toBe(200)
  })
})
