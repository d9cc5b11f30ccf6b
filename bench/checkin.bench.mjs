// The check-in sweep with 100,000 active trips in local D1 (issue 17): how long the
// every-minute cron takes when no check-in is due (every minute of every day), and when
// 100 are missed at once, on the real dev server (workerd), beside a bare health check
// of the same run. Trips are written straight into the local D1 file before the server
// opens it; the cron is run through wrangler dev's scheduled-event endpoint with a time.
// Usage: npm run bench:checkin [-- --trips 100000 --runs 50]
import { randomUUID } from 'node:crypto'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { numbers, percentile } from './args.mjs'
import { startDevServer } from '../scripts/dev-server.mjs'

const { trips: TRIPS, runs: RUNS, missed: MISSED } = numbers({ trips: [100_000, 500_000], runs: [50, 500], missed: [100, 1000] })
const HOUR = 3_600_000
const now = Date.now()

// The sweep's own SQL (worker/db/trips.ts listMissed, listShreddable), to show the index it uses.
const PLANS = {
  listMissed: 'SELECT id FROM trips WHERE deadline IS NOT NULL AND deadline <= ?1 ORDER BY deadline LIMIT 100',
  listShreddable: 'SELECT id FROM trips WHERE shred_after IS NOT NULL AND shred_after <= ?1 ORDER BY shred_after LIMIT 100',
}

function seedTrips(persistDir) {
  const dir = join(persistDir, 'v3/d1/miniflare-D1DatabaseObject')
  const db = new DatabaseSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.sqlite'))))
  const insert = db.prepare(
    `INSERT INTO trips (id, lang, wrapped_key, details, traveller_lock, trusted_lock, traveller_hash, trusted_hash, code_hash, duress_hash,
       interval_days, grace_hours, status, last_check_in, deadline, idempotency_hash, request_hash, created_at)
     VALUES (?1, 'ko', 'k.x', 'sealed', 'lock', 'lock', ?2, ?3, 'c', 'd', ?4, ?5, 'active', ?6, ?7, ?8, 'r', ?6)`,
  )
  const started = Date.now()
  db.exec('BEGIN')
  for (let i = 0; i < TRIPS; i++) {
    const interval = [1, 2, 3, 7][i % 4]
    // Deadlines spread over the next week; the first MISSED are an hour past theirs.
    const deadline = i < MISSED ? now - HOUR : now + HOUR + ((i * 7919) % (7 * 24 * 60)) * 60_000
    const id = randomUUID()
    insert.run(id, `t${i}`, `w${i}`, interval, 24, new Date(deadline - interval * 24 * HOUR).toISOString(), new Date(deadline).toISOString(), `i${i}`)
  }
  db.exec('COMMIT')
  db.exec('ANALYZE')
  const plans = Object.fromEntries(Object.entries(PLANS).map(([name, sql]) => [name, db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x').map((r) => r.detail)]))
  db.close()
  return { seconds: (Date.now() - started) / 1000, plans }
}

async function timed(url) {
  const start = performance.now()
  const res = await fetch(url)
  await res.arrayBuffer()
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`)
  return performance.now() - start
}

let seeded
const server = await startDevServer({ beforeStart: (dir) => (seeded = seedTrips(dir)) })
try {
  const cron = (time) => `${server.baseUrl}/cdn-cgi/local/scheduled?cron=${encodeURIComponent('* * * * *')}&time=${time}`
  // The first run finds the missed check-ins: 100 alarms, each read, raised and logged.
  const withAlarms = await timed(cron(now))
  const quiet = []
  const health = []
  for (let i = 0; i < RUNS; i++) {
    quiet.push(await timed(cron(now + i * 1000)))
    health.push(await timed(`${server.baseUrl}/api/v1/health`))
  }
  quiet.sort((a, b) => a - b)
  health.sort((a, b) => a - b)
  const round = (n) => Number(n.toFixed(1))
  const report = {
    trips: TRIPS,
    missed: MISSED,
    seedSeconds: seeded.seconds,
    sweepWithAlarmsMs: round(withAlarms),
    quietSweepP50: round(percentile(quiet, 50)),
    quietSweepP95: round(percentile(quiet, 95)),
    healthP50: round(percentile(health, 50)),
    healthP95: round(percentile(health, 95)),
    queryPlans: seeded.plans,
  }
  console.log(JSON.stringify(report, null, 2))
  console.log(`sweep, ${TRIPS} active trips: ${MISSED} missed ${report.sweepWithAlarmsMs} ms; none due p50 ${report.quietSweepP50} ms p95 ${report.quietSweepP95} ms (health p50 ${report.healthP50} ms)`)
} finally {
  await server.stop()
}
