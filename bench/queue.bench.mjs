// The staff queue with 100,000 reports in local D1: p50/p95 of the default view and of
// two filters, on the real dev server (workerd), loopback only, bounded in time.
// Rows are written straight into the local D1 file before the server opens it.
// Usage: npm run bench:queue [-- --reports 100000 --requests 200]
import { numbers, percentile } from './args.mjs'
import { seedReports } from './seed.mjs'
import { startDevServer } from '../scripts/dev-server.mjs'
import { localStaffToken } from '../scripts/staff-token.mjs'

const { reports: REPORTS, requests: REQUESTS } = numbers({ reports: [100_000, 500_000], requests: [200, 2000] })


let seeded
const server = await startDevServer({ beforeStart: (dir) => (seeded = seedReports(dir, REPORTS)) })
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
