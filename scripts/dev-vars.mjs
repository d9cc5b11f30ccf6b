// Creates .dev.vars with fresh random secrets when it is missing (never overwrites:
// the local database holds data encrypted under these keys).
import { randomBytes } from 'node:crypto'
import { existsSync, writeFileSync } from 'node:fs'

export const DEV_VARS_PATH = new URL('../.dev.vars', import.meta.url).pathname

export function ensureDevVars(path = DEV_VARS_PATH) {
  if (existsSync(path)) return false
  const secret = () => randomBytes(32).toString('base64url')
  const lines = [
    '# Local secrets for `npm start`, created by scripts/dev-vars.mjs. Not committed.',
    `MASTER_KEY=${secret()}`,
    `INDEX_KEY=${secret()}`,
    `RECEIPT_KEY=${secret()}`,
    '# Cloudflare\'s documented always-pass Turnstile test secret: lets a person submit',
    '# a form on a machine with no internet. Production sets a real secret.',
    'TURNSTILE_SECRET=1x0000000000000000000000000000000AA',
  ]
  writeFileSync(path, `${lines.join('\n')}\n`, { mode: 0o600 })
  return true
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureDevVars() ? 'created .dev.vars with fresh secrets' : '.dev.vars exists; kept it')
}
