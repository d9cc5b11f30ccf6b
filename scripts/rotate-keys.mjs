// Re-wraps every data key under the current MASTER_KEY. Steps (README, Key rotation):
//   1. wrangler secret put MASTER_KEY_PREVIOUS   (the current key)
//   2. wrangler secret put MASTER_KEY            (a new random key)
//   3. npm run -s rotate-keys -- --url https://your.domain --token "$CF_ACCESS_TOKEN"
//   4. wrangler secret delete MASTER_KEY_PREVIOUS
// Locally: --url http://127.0.0.1:8787 and the token defaults to a local admin's.
import { parseArgs } from 'node:util'
import { localStaffToken } from './staff-token.mjs'

const { values } = parseArgs({ options: { url: { type: 'string', default: 'http://127.0.0.1:8787' }, token: { type: 'string' } } })
const url = values.url
const token = values.token ?? (await localStaffToken('admin@example.org'))

let total = 0
for (;;) {
  const res = await fetch(`${url}/api/v1/staff/admin/rotate-keys`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-access-jwt-assertion': token },
    body: '{}',
  })
  if (!res.ok) {
    console.error(`rotation failed: HTTP ${res.status} ${await res.text()}`)
    process.exit(1)
  }
  const { rewrapped, remaining } = await res.json()
  total += rewrapped
  console.log(`re-wrapped ${rewrapped}, ${remaining} to go`)
  if (remaining === 0) break
}
console.log(`done: ${total} data keys now under the current MASTER_KEY; delete MASTER_KEY_PREVIOUS`)
