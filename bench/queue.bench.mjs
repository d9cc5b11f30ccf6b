// The staff queue with 100,000 reports in local D1: p50/p95 of the default view and of
// two filters, on the real dev server (workerd), loopback only, bounded in time.
// Rows are written straight into the local D1 file before the server opens it.
// Usage: npm run bench:queue [-- --reports 100000 --requests 200]
import { randomUUID } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { startDevServer } from '../scripts/dev-server.mjs'
import { localStaffToken } from '../scripts/staff-token.mjs'

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const REPORTS = Math.min(arg('reports', 100_000), 500_000)
const REQUESTS = Math.min(arg('requests', 200), 2000)

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const REGIONS = ['kh-sihanoukville', 'kh-bavet', 'kh-poipet', 'kh-phnom-penh', 'kh-bokor', 'mm-myawaddy', null]
const STATUSES = ['new', 'new', 'new', 'acknowledged', 'investigating', 'located', 'closed']
const SIGNS = ['confined', 'beaten', 'passportTaken', 'ransom', 'forcedScam']

function seed(persistDir) {
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
const QUERY_PLANS = {
  default: BASE.replace('%W', "r.status <> 'closed'"),
  'status=new&kind=self': BASE.replace('%W', "r.status = 'new' AND r.kind = 'self'"),
  'region=kh-bavet&overdue=1': BASE.replace('%W', "r.status <> 'closed' AND r.region = 'kh-bavet' AND r.status = 'new' AND r.ack_deadline < '2026-01-01'"),
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

let seeded
const server = await startDevServer({ beforeStart: (dir) => (seeded = seed(dir)) })
try {
  const token = await localStaffToken('officer@example.org')
  const views = { default: '', 'status=new&kind=self': 'status=new&kind=self', 'region=kh-bavet&overdue=1': 'region=kh-bavet&overdue=1' }
  const results = []
  const health = []
  for (const [name, query] of Object.entries(views)) {
    const times = []
    for (let i = 0; i < REQUESTS; i++) {
      let start = performance.now()
      const res = await fetch(`${server.baseUrl}/api/v1/staff/reports?${query}`, { headers: { 'cf-access-jwt-assertion': token } })
      if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status}`)
      await res.arrayBuffer()
      times.push(performance.now() - start)
      start = performance.now()
      await (await fetch(`${server.baseUrl}/api/v1/health`)).arrayBuffer()
      health.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    results.push({ view: name, p50: Number(percentile(times, 50).toFixed(1)), p95: Number(percentile(times, 95).toFixed(1)) })
  }
  health.sort((a, b) => a - b)
  const report = {
    reports: REPORTS,
    requestsPerView: REQUESTS,
    seedSeconds: seeded.seconds,
    healthP50: Number(percentile(health, 50).toFixed(1)),
    healthP95: Number(percentile(health, 95).toFixed(1)),
    views: results,
    queryPlans: seeded.plans,
  }
  console.log(JSON.stringify(report, null, 2))
  for (const r of results) console.log(`${r.view.padEnd(28)} p50 ${r.p50} ms  p95 ${r.p95} ms  (health p95 ${report.healthP95} ms)`)
} finally {
  await server.stop()
}
