// Prints a token the local dev server accepts in Cf-Access-Jwt-Assertion, signed
// with the local key in .dev.vars (the production Worker never trusts that key).
//   npm run -s staff-token -- --email officer@example.org
import { parseArgs } from 'node:util'
import { signLocalAccessToken } from '../worker/access.ts'
import { readDevVars } from './dev-vars.mjs'

/** Signs a local Access-style token for `email`, as the local sign-in page does. */
export const localStaffToken = (email, vars = readDevVars()) => signLocalAccessToken(email, vars.ACCESS_LOCAL_PRIVATE_JWK)

if (import.meta.url === `file://${process.argv[1]}`) {
  const { email } = parseArgs({ options: { email: { type: 'string' } } }).values
  if (!email) {
    console.error('usage: npm run -s staff-token -- --email <seeded email>')
    process.exit(2)
  }
  console.log(await localStaffToken(email))
}
