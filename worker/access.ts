import { SignJWT, createLocalJWKSet, createRemoteJWKSet, importJWK, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose'

/**
 * Verifies the Cloudflare Access JWT again in the Worker (security.md §2, Cloudflare's
 * "Validate JWTs" docs): RS256 only, issuer = the team domain, audience = the Access
 * application's AUD tag, keys by `kid` from the team's certs endpoint (jose caches
 * them and refetches on an unknown kid, so key rotation needs no deploy).
 *
 * Locally there is no Access: `npm start` creates a signing key and key set in
 * .dev.vars and signs tokens for seeded staff with the same claims. That key set is
 * used only while ACCESS_TEAM_DOMAIN is unset; production sets it, and then only the
 * team's certs are ever trusted.
 */
export const LOCAL_ISSUER = 'https://access.homeward.invalid'
export const LOCAL_AUDIENCE = 'homeward-local'

/**
 * Signs a local Access-style token for `email` with the private key from .dev.vars
 * (ACCESS_LOCAL_PRIVATE_JWK): the local sign-in page and `npm run staff-token` use it.
 */
export async function signLocalAccessToken(email: string, privateJwk: string): Promise<string> {
  const jwk = JSON.parse(privateJwk)
  return new SignJWT({ email, type: 'app' })
    .setProtectedHeader({ alg: 'RS256', kid: jwk.kid })
    .setSubject(`local-${email}`)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('8h')
    .sign(await importJWK(jwk, 'RS256'))
}

// Declared as plain strings: wrangler.toml ships them empty for the operator to set.
export type AccessConfig = { ACCESS_TEAM_DOMAIN?: string; ACCESS_AUD?: string; ACCESS_LOCAL_JWKS?: string }

export type AccessResult = { ok: true; email: string } | { ok: false; status: 401 | 403 }

const remoteSets = new Map<string, JWTVerifyGetKey>()
const localSets = new Map<string, JWTVerifyGetKey>()

/** Clock skew allowed between Access and the Worker when checking exp, nbf and iat. */
const CLOCK_TOLERANCE_SECONDS = 60

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * Whether to trust the local key set: only with no Access team configured, and only
 * for a request to a loopback address (the dev server), never a public hostname.
 */
export const isLocalAccess = (env: AccessConfig, url: string) =>
  !env.ACCESS_TEAM_DOMAIN && Boolean(env.ACCESS_LOCAL_JWKS) && LOOPBACK.has(new URL(url).hostname)

function keysFor(env: AccessConfig, url: string): { keys: JWTVerifyGetKey; issuer: string; audience: string } | null {
  if (env.ACCESS_TEAM_DOMAIN) {
    if (!env.ACCESS_AUD) return null
    const issuer = env.ACCESS_TEAM_DOMAIN.replace(/\/+$/, '')
    let keys = remoteSets.get(issuer)
    if (!keys) {
      keys = createRemoteJWKSet(new URL(`${issuer}/cdn-cgi/access/certs`))
      remoteSets.set(issuer, keys)
    }
    return { keys, issuer, audience: env.ACCESS_AUD }
  }
  if (isLocalAccess(env, url)) {
    let keys = localSets.get(env.ACCESS_LOCAL_JWKS!)
    if (!keys) {
      keys = createLocalJWKSet(JSON.parse(env.ACCESS_LOCAL_JWKS!))
      localSets.set(env.ACCESS_LOCAL_JWKS!, keys)
    }
    return { keys, issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE }
  }
  return null
}

export async function verifyAccessToken(token: string | undefined | null, env: AccessConfig, url: string): Promise<AccessResult> {
  const config = keysFor(env, url)
  // Deny by default: no configured verifier (e.g. a team domain without an AUD) is 403.
  if (!config) return { ok: false, status: 403 }
  if (!token) return { ok: false, status: 401 }
  let payload: JWTPayload
  try {
    ;({ payload } = await jwtVerify(token, config.keys, {
      issuer: config.issuer,
      audience: config.audience,
      algorithms: ['RS256'],
      // A token without exp would never expire (issue 13, finding 6). jose checks exp
      // and nbf, and that iat is a number, whenever they are present.
      requiredClaims: ['exp'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    }))
  } catch {
    return { ok: false, status: 401 }
  }
  // A token issued in the future was not issued by a clock we trust.
  if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + CLOCK_TOLERANCE_SECONDS) return { ok: false, status: 401 }
  // Service tokens carry a common_name and an empty sub; they are for machines, not
  // the people whose every view must be logged.
  if (payload.common_name !== undefined || !payload.sub || typeof payload.email !== 'string' || !payload.email) {
    return { ok: false, status: 403 }
  }
  return { ok: true, email: payload.email.toLowerCase() }
}
