// Steady load for 60 s against the real dev server (workerd, local D1), loopback
// only: report submissions and case look-ups at a fixed rate. Afterwards every 201 is
// checked in the D1 file: each case exactly once, nothing lost, nothing duplicated.
// Usage: npm run bench:load [-- --seconds 60 --rate 20]
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { readFileSync } from 'node:fs'
import { startDevServer } from '../scripts/dev-server.mjs'
import { latencySummary, numbers } from './args.mjs'

// RATE: per second, for each of reports and look-ups.
const { seconds: SECONDS, rate: RATE } = numbers({ seconds: [60, 300], rate: [20, 200] })
const fixture = JSON.parse(readFileSync(new URL('../tests/fixtures/report-family.json', import.meta.url), 'utf8'))
const ip = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`

const server = await startDevServer({ vars: { HOURLY_REPORT_CAP: '1000000', DAILY_REPORT_CAP: '1000000' } })
const created = []
const stats = { reports: { lat: [], errors: 0 }, lookups: { lat: [], errors: 0 } }
const inflight = []
try {
  const started = performance.now()
  let tick = 0
  while (performance.now() - started < SECONDS * 1000) {
    const i = tick++
    const at = started + (i * 1000) / RATE
    const wait = at - performance.now()
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    const key = crypto.randomUUID()
    const t0 = performance.now()
    inflight.push(
      fetch(`${server.baseUrl}/api/v1/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key, 'cf-connecting-ip': ip(Math.floor(i / 5)) },
        body: JSON.stringify({ ...fixture, person: { ...fixture.person, fullName: `${fixture.person.fullName} ${i}` } }),
      }).then(async (res) => {
        stats.reports.lat.push(performance.now() - t0)
        if (res.status !== 201) stats.reports.errors++
        else created.push(await res.json())
      }, () => stats.reports.errors++),
    )
    const known = created[i % Math.max(1, created.length)]
    if (known) {
      const t1 = performance.now()
      inflight.push(
        fetch(`${server.baseUrl}/api/v1/cases/lookup`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip(200000 + Math.floor(i / 5)) },
          body: JSON.stringify(known),
        }).then(async (res) => {
          stats.lookups.lat.push(performance.now() - t1)
          if (res.status !== 200) stats.lookups.errors++
          await res.arrayBuffer()
        }, () => stats.lookups.errors++),
      )
    }
  }
  await Promise.all(inflight)
  const elapsed = (performance.now() - started) / 1000

  // Every 201 is in D1 exactly once (read while the server still runs; WAL included).
  const dir = join(server.persistDir, 'v3/d1/miniflare-D1DatabaseObject')
  const db = new DatabaseSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.sqlite'))), { readOnly: true })
  const rows = db.prepare('SELECT case_ref, count(*) AS n FROM reports GROUP BY case_ref').all()
  db.close()
  const inDb = new Map(rows.map((r) => [r.case_ref, r.n]))
  const lost = created.filter((c) => !inDb.has(c.caseRef)).length
  const duplicated = rows.filter((r) => r.n > 1).length
  const extra = rows.length - new Set(created.map((c) => c.caseRef)).size

  const summary = (name, s) => ({ name, ...latencySummary(s.lat, elapsed, [50, 99]), errors: s.errors })
  const result = {
    seconds: Number(elapsed.toFixed(1)),
    ratePerSecond: RATE,
    runs: [summary('POST /api/v1/reports', stats.reports), summary('POST /api/v1/cases/lookup', stats.lookups)],
    created: created.length,
    rowsInD1: rows.length,
    lost,
    duplicated,
    unexpectedRows: extra,
  }
  console.log(JSON.stringify(result, null, 2))
  if (lost || duplicated || extra || stats.reports.errors || stats.lookups.errors) {
    console.error('FAILED: errors, lost or duplicated reports')
    process.exitCode = 1
  }
} finally {
  await server.stop()
}
