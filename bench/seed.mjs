// Writes synthetic reports straight into the dev server's local D1 file, before the
// server opens it: a queue of realistic shape for benchmarks. Not used by tests.
import { randomUUID } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const REGIONS = ['kh-sihanoukville', 'kh-bavet', 'kh-poipet', 'kh-phnom-penh', 'kh-bokor', 'mm-myawaddy', null]
const STATUSES = ['new', 'new', 'new', 'acknowledged', 'investigating', 'located', 'closed']
const SIGNS = ['confined', 'beaten', 'passportTaken', 'ransom', 'forcedScam']

/** @returns {{ seconds: number, plans: Record<string, string[]> }} */
export function seedReports(persistDir, REPORTS) {
  const dir = join(persistDir, 'v3/d1/miniflare-D1DatabaseObject')
  const file = readdirSync(dir).find((f) => f.endsWith('.sqlite'))
  const db = new DatabaseSync(join(dir, file))
  const insert = db.prepare(
    `INSERT INTO reports (id, case_ref, kind, status, lang, receipt_hash, details, danger_signs, destination_country, minor,
       created_at, updated_at, priority, priority_factors, ack_deadline, region, assignee)
     VALUES (?, ?, ?, ?, ?, 'x', 'sealed', ?, 'KH', 0, ?, ?, ?, '[]', ?, ?, ?)`,
  )
  const started = Date.now()
  db.exec('BEGIN')
  for (let i = 0; i < REPORTS; i++) {
    const self = i % 50 === 0
    const signs = SIGNS.filter((_, j) => (i >> j) % 3 === 0)
    const created = new Date(Date.now() - (i % 90) * 86_400_000 - i * 1000)
    const priority = (self ? 60 : 0) + signs.length * 12 + (i % 7)
    const ack = new Date(created.getTime() + (priority >= 40 ? 2 : priority >= 20 ? 12 : 48) * 3_600_000)
    let ref = ''
    for (let k = 0; k < 9; k++) ref += CROCKFORD[(i * 31 + k * 7919 + ((i >> (k % 5)) & 31)) % 32]
    insert.run(
      randomUUID(),
      `${ref.slice(0, 4)}-${ref.slice(4, 8)}-${ref[8]}${i}`,
      self ? 'self' : 'family',
      STATUSES[i % STATUSES.length],
      ['ko', 'km', 'en'][i % 3],
      signs.join(','),
      created.toISOString(),
      created.toISOString(),
      priority,
      ack.toISOString(),
      REGIONS[i % REGIONS.length],
      i % 4 === 0 ? 'officer@example.org' : null,
    )
  }
  db.exec('COMMIT')
  db.exec('ANALYZE')
  const plans = {}
  for (const [name, sql] of Object.entries(QUERY_PLANS)) plans[name] = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all().map((r) => r.detail)
  db.close()
  return { seconds: (Date.now() - started) / 1000, plans }
}

// The SQL of worker/db/staff.ts listQueue for each view, to show which index it uses.
const BASE = `SELECT r.id FROM reports r WHERE %W ORDER BY r.effective_priority DESC, r.created_at ASC, r.id ASC LIMIT 51`
export const QUERY_PLANS = {
  default: BASE.replace('%W', "r.status <> 'closed'"),
  'status=new&kind=self': BASE.replace('%W', "r.status = 'new' AND r.kind = 'self'"),
  'region=kh-bavet&overdue=1': BASE.replace('%W', "r.status <> 'closed' AND r.region = 'kh-bavet' AND r.status = 'new' AND r.ack_deadline < '2026-01-01'"),
}

