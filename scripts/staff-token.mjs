// Prints a token the local dev server accepts in Cf-Access-Jwt-Assertion, signed
// with the local key in .dev.vars (the production Worker never trusts that key).
//   npm run -s staff-token -- --email officer@example.org
import { SignJWT, importJWK } from 'jose'
import { readDevVars } from './dev-vars.mjs'

export const LOCAL_ISSUER = 'https://access.homeward.invalid'
export const LOCAL_AUDIENCE = 'homeward-local'

/** Signs a local Access-style token for `email`. */
export async function localStaffToken(email, vars = readDevVars()) {
  const jwk = JSON.parse(vars.ACCESS_LOCAL_PRIVATE_JWK)
  const key = await importJWK(jwk, 'RS256')
  return new SignJWT({ email, type: 'app' })
    .setProtectedHeader({ alg: 'RS256', kid: jwk.kid })
    .setSubject(`local-${email}`)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('8h')
    .sign(key)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--email')
  const email = i > 0 ? process.argv[i + 1] : undefined
  if (!email) {
    console.error('usage: npm run -s staff-token -- --email <seeded email>')
    process.exit(2)
  }
  console.log(await localStaffToken(email))
}
