// Seeds the local D1 with the staff accounts a developer signs in as (never run
// against production: staff there are added by an admin).
//   admin@example.org    admin
//   officer@example.org  triager
import { execFileSync } from 'node:child_process'

export const SEED_STAFF = [
  { email: 'admin@example.org', name: 'Admin (local)', role: 'admin' },
  { email: 'officer@example.org', name: 'Duty officer (local)', role: 'triager' },
]

/** @param {string[]} [extraArgs] e.g. ['--persist-to', dir] */
export function seedLocal(extraArgs = []) {
  const values = SEED_STAFF.map((s) => `('${s.email}', '${s.name}', '${s.role}', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))`).join(', ')
  execFileSync(
    'wrangler',
    ['d1', 'execute', 'DB', '--local', ...extraArgs, '--command', `INSERT OR IGNORE INTO staff (email, name, role, created_at) VALUES ${values};`],
    { stdio: 'pipe', env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' } },
  )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seedLocal()
  console.log(`seeded ${SEED_STAFF.map((s) => `${s.email} (${s.role})`).join(', ')}`)
}
