// Load on POST /api/v1/reports against the real dev server (workerd, local D1),
// loopback only, bounded in time. Each simulated client has its own address so the
// per-client limits (10 a minute) behave as they would for many families at once.
// Usage: npm run bench:reports [-- --seconds 20 --concurrency 8]
import { readFileSync } from 'node:fs'
import { startDevServer } from '../scripts/dev-server.mjs'
import { latencySummary, numbers } from './args.mjs'

const { seconds, concurrency } = numbers({ seconds: [20, 120], concurrency: [8, 64] })
const fixture = JSON.parse(readFileSync(new URL('../tests/fixtures/report-family.json', import.meta.url), 'utf8'))


async function measure(baseUrl, label, send) {
  const latencies = []
  const statuses = new Map()
  let n = 0
  const end = Date.now() + seconds * 1000
  const worker = async () => {
    while (Date.now() < end) {
      const i = n++
      const start = performance.now()
      const res = await send(i)
      latencies.push(performance.now() - start)
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
      await res.arrayBuffer()
    }
  }
  const began = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  const elapsed = (performance.now() - began) / 1000
  return { label, ...latencySummary(latencies, elapsed, [50, 95, 99]), statuses: Object.fromEntries(statuses) }
}

const server = await startDevServer({ vars: { HOURLY_REPORT_CAP: '1000000', DAILY_REPORT_CAP: '1000000' } })
try {
  const ip = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`
  const created = []
  const health = await measure(server.baseUrl, 'GET /api/v1/health', () => fetch(`${server.baseUrl}/api/v1/health`))
  const reports = await measure(server.baseUrl, 'POST /api/v1/reports', async (i) => {
    const res = await fetch(`${server.baseUrl}/api/v1/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID(), 'cf-connecting-ip': ip(Math.floor(i / 5)) },
      body: JSON.stringify({ ...fixture, person: { ...fixture.person, fullName: `${fixture.person.fullName} ${i}` } }),
    })
    if (res.status === 201) created.push(await res.clone().json())
    return res
  })
  const lookups = await measure(server.baseUrl, 'POST /api/v1/cases/lookup', (i) => {
    const c = created[i % created.length]
    return fetch(`${server.baseUrl}/api/v1/cases/lookup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip(100000 + Math.floor(i / 5)) },
      body: JSON.stringify(c),
    })
  })
  const results = { seconds, concurrency, runs: [health, reports, lookups] }
  console.log(JSON.stringify(results, null, 2))
  for (const r of results.runs) {
    console.log(`${r.label.padEnd(28)} ${String(r.requests).padStart(6)} req  ${String(r.perSecond).padStart(7)}/s  p50 ${r.p50} ms  p95 ${r.p95} ms  p99 ${r.p99} ms  ${JSON.stringify(r.statuses)}`)
  }
} finally {
  await server.stop()
}
