// The staff queue with 100,000 reports in local D1: p50/p95 of the default view (50 rows,
// each name decrypted for the page), two filters, a name search in another romanization
// and a phone search, on the real dev server (workerd), loopback only, bounded in time.
// Rows are written straight into the local D1 file before the server opens it, each with
// sealed details, a case key and the intake's blind indexes (seed-people.mjs).
// Usage: npm run bench:queue [-- --reports 100000 --requests 200]
import { numbers, percentile } from './args.mjs'
import { expectNamedRows, seedQueue } from './seed-people.mjs'
import { startDevServer } from '../scripts/dev-server.mjs'
import { localStaffToken } from '../scripts/staff-token.mjs'

const { reports: REPORTS, requests: REQUESTS } = numbers({ reports: [100_000, 500_000], requests: [200, 2000] })


let seeded
const server = await startDevServer({ beforeStart: async (dir) => (seeded = await seedQueue(dir, REPORTS)) })
try {
  const token = await localStaffToken('officer@example.org')
  // 이민수 is one of the seeded names (about one report in a thousand); the officer types it as a family spelled it.
  const views = {
    'queue with names': '',
    'status=new&kind=self': 'status=new&kind=self',
    'region=kh-bavet&overdue=1': 'region=kh-bavet&overdue=1',
    'name search "Minsu Rhee"': `q=${encodeURIComponent('Minsu Rhee')}`,
    'phone search': `q=${encodeURIComponent('+82 10-1001-0001')}`,
  }
  const results = []
  const health = []
  for (const [name, query] of Object.entries(views)) {
    const times = []
    for (let i = 0; i < REQUESTS; i++) {
      let start = performance.now()
      const res = await fetch(`${server.baseUrl}/api/v1/staff/reports?${query}`, { headers: { 'cf-access-jwt-assertion': token } })
      await expectNamedRows(res, name)
      times.push(performance.now() - start)
      start = performance.now()
      await (await fetch(`${server.baseUrl}/api/v1/health`)).arrayBuffer()
      health.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    const rows = (await (await fetch(`${server.baseUrl}/api/v1/staff/reports?${query}`, { headers: { 'cf-access-jwt-assertion': token } })).json()).items.length
    results.push({ view: name, rows, p50: Number(percentile(times, 50).toFixed(1)), p95: Number(percentile(times, 95).toFixed(1)) })
  }
  health.sort((a, b) => a - b)
  const report = {
    reports: REPORTS,
    requestsPerView: REQUESTS,
    seedSeconds: seeded.seconds,
    sealSeconds: seeded.sealSeconds,
    healthP50: Number(percentile(health, 50).toFixed(1)),
    healthP95: Number(percentile(health, 95).toFixed(1)),
    views: results,
    queryPlans: seeded.plans,
  }
  console.log(JSON.stringify(report, null, 2))
  for (const r of results) console.log(`${r.view.padEnd(28)} ${String(r.rows).padStart(3)} rows  p50 ${r.p50} ms  p95 ${r.p95} ms  (health p95 ${report.healthP95} ms)`)
  const over = results.filter((r) => (r.view === 'queue with names' || r.view.startsWith('name search')) && r.p95 > 50)
  if (over.length) {
    console.error(`over the 50 ms p95 budget: ${over.map((r) => r.view).join(', ')}`)
    process.exitCode = 1
  }
} finally {
  await server.stop()
}
