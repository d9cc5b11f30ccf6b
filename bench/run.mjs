// npm run bench: every budget measured in one run, written to bench/report.md and
// bench/report.json. Lighthouse (mobile, simulated throttling, Debian Chromium) on five
// pages in each language; bytes per page from the built site; the API against the real
// dev server (workerd, local D1 seeded with 100,000 reports, each with a person the queue
// opens: seed-people.mjs, as bench:queue), each beside a bare health check measured in the
// same run; offer checks on Node; the production bundle size.
// Loopback only; every phase is bounded in time.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { startDevServer } from '../scripts/dev-server.mjs'
import { distDir, gzipBytes, pageScripts } from '../scripts/site-bytes.mjs'
import { localStaffToken } from '../scripts/staff-token.mjs'
import { expectNamedRows, seedQueue } from './seed-people.mjs'

const root = new URL('..', import.meta.url).pathname
const LANGS = ['ko', 'km', 'en']
const PAGES = { home: '', report: 'report/', check: 'check/', help: 'help/', advisory: 'advisories/kh-level-4-bokor-bavet-poipet/' }
const API_SECONDS = Number(process.env.BENCH_API_SECONDS ?? 8)
const QUEUE_REPORTS = Number(process.env.BENCH_QUEUE_REPORTS ?? 100_000)
const fixture = JSON.parse(readFileSync(join(root, 'tests/fixtures/report-family.json'), 'utf8'))
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const round = (n) => Math.round(n * 10) / 10

// ------------------------------------------------------------------ bytes per page
function pageBytes(lang, path) {
  const html = readFileSync(join(distDir, lang, path, 'index.html'), 'utf8')
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1])
  const { inline, files } = pageScripts(distDir, html)
  const js = inline.reduce((n, s) => n + gzipBytes(s), 0) + files.reduce((n, f) => n + gzipBytes(readFileSync(join(distDir, f))), 0)
  const cssBytes = css.reduce((n, f) => n + gzipBytes(readFileSync(join(distDir, f))), 0)
  // Fonts: the Khmer web font is fetched where Khmer text is drawn with it (see global.css).
  // Only text marked lang="km" uses it (global.css); the language switcher's link is
  // drawn with the phone's own font.
  const khmer = lang === 'km' || /<(?!a |link )[a-z]+[^>]* lang="km"/.test(html)
  const fontFiles = khmer ? css.flatMap((f) => [...readFileSync(join(distDir, f), 'utf8').matchAll(/url\((\/_astro\/[^)]+\.woff2)\)/g)].map((m) => m[1])) : []
  // woff2 is already compressed: count it as served.
  const fonts = [...new Set(fontFiles)].reduce((n, f) => n + readFileSync(join(distDir, f)).length, 0)
  const htmlBytes = gzipBytes(html)
  return { html: htmlBytes, css: cssBytes, js, fonts, totalBeforeFonts: htmlBytes + cssBytes + js }
}

// ------------------------------------------------------------------ API timing
async function measure(label, send, seconds = API_SECONDS, concurrency = 4) {
  const latencies = []
  const statuses = {}
  let n = 0
  const end = Date.now() + seconds * 1000
  const began = performance.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const i = n++
        const start = performance.now()
        const res = await send(i)
        await res.arrayBuffer()
        latencies.push(performance.now() - start)
        statuses[res.status] = (statuses[res.status] ?? 0) + 1
      }
    }),
  )
  latencies.sort((a, b) => a - b)
  return {
    label,
    perSecond: round(latencies.length / ((performance.now() - began) / 1000)),
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    statuses,
  }
}

const ip = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`
const report = { date: new Date().toISOString(), node: process.version }

console.log('bytes per page…')
report.bytes = Object.fromEntries(LANGS.flatMap((lang) => Object.entries(PAGES).map(([name, path]) => [`${lang}/${name}`, pageBytes(lang, path)])))

console.log('offer checks on Node…')
const offerOut = execFileSync('node', ['bench/offer-check.bench.mjs'], { cwd: root, encoding: 'utf8' })
report.offerCheck = offerOut.trim().split('\n')

console.log('production bundle…')
const outdir = mkdtempSync(join(tmpdir(), 'homeward-bundle-'))
execFileSync('wrangler', ['deploy', '--dry-run', '--outdir', outdir], {
  cwd: root,
  stdio: 'pipe',
  env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
})
report.bundle = { bytes: readFileSync(join(outdir, 'index.js')).length, gzip: gzipBytes(readFileSync(join(outdir, 'index.js'))) }
rmSync(outdir, { recursive: true, force: true })

console.log(`dev server with ${QUEUE_REPORTS} seeded reports…`)
let seeded
const server = await startDevServer({ vars: { HOURLY_REPORT_CAP: '100000000', DAILY_REPORT_CAP: '100000000' }, beforeStart: async (dir) => (seeded = await seedQueue(dir, QUEUE_REPORTS)) })
try {
  const base = server.baseUrl
  console.log('API…')
  const created = []
  const health = await measure('GET /api/v1/health', () => fetch(`${base}/api/v1/health`))
  const reports = await measure('POST /api/v1/reports', async (i) => {
    const res = await fetch(`${base}/api/v1/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID(), 'cf-connecting-ip': ip(Math.floor(i / 5)) },
      body: JSON.stringify(fixture),
    })
    if (res.status === 201) created.push(await res.clone().json())
    return res
  })
  const lookups = await measure('POST /api/v1/cases/lookup', (i) =>
    fetch(`${base}/api/v1/cases/lookup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip(100000 + Math.floor(i / 5)) },
      body: JSON.stringify(created[i % created.length]),
    }),
  )
  const offers = await measure('POST /api/v1/offer-checks', (i) =>
    fetch(`${base}/api/v1/offer-checks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip(200000 + Math.floor(i / 5)) },
      body: JSON.stringify({ text: fixture.journey.offerText, lang: 'ko' }),
    }),
  )
  const token = await localStaffToken('officer@example.org')
  // The same rows as bench:queue: every page holds cases with names decrypted for it.
  const queue = await measure(`GET /api/v1/staff/reports (${QUEUE_REPORTS} reports)`, async () => {
    const res = await fetch(`${base}/api/v1/staff/reports`, { headers: { 'cf-access-jwt-assertion': token } })
    await expectNamedRows(res, 'queue')
    return res
  })
  const runs = [health, reports, lookups, offers, queue]
  report.api = runs.map((r) => ({ ...r, p99VsHealth: round(r.p99 / health.p99) }))
  report.queueSeed = seeded

  console.log('Lighthouse…')
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  })
  report.lighthouse = {}
  try {
    for (const lang of LANGS) {
      for (const [name, path] of Object.entries(PAGES)) {
        const url = `${base}/${lang}/${path}`
        const { lhr } = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        })
        const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]))
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
          .map((a) => a.id)
        report.lighthouse[`${lang}/${name}`] = { ...scores, failing }
        console.log(`  ${lang}/${name}: ${JSON.stringify(scores)}`)
      }
    }
  } finally {
    await chrome.kill()
  }
} finally {
  await server.stop()
}

// ------------------------------------------------------------------ report
const kb = (n) => (n / 1024).toFixed(1)
const lines = [
  '# Homeward benchmark',
  '',
  `Run ${report.date} on Node ${report.node}, loopback, local workerd and D1 (\`npm run bench\`). Machines are noisy: compare API figures with the health check of the same run.`,
  '',
  '## Lighthouse (mobile, simulated throttling)',
  '',
  '| page | performance | accessibility | best practices | SEO |',
  '|---|---|---|---|---|',
  ...Object.entries(report.lighthouse).map(([p, s]) => `| ${p} | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`),
  '',
  '## Bytes per page (gzipped; fonts as served)',
  '',
  '| page | HTML | CSS | JS | fonts | total before fonts |',
  '|---|---|---|---|---|---|',
  ...Object.entries(report.bytes).map(([p, b]) => `| ${p} | ${kb(b.html)} KB | ${kb(b.css)} KB | ${kb(b.js)} KB | ${kb(b.fonts)} KB | ${kb(b.totalBeforeFonts)} KB |`),
  '',
  '## API',
  '',
  '| route | requests/s | p50 | p99 | p99 ÷ health p99 | statuses |',
  '|---|---|---|---|---|---|',
  ...report.api.map((r) => `| ${r.label} | ${r.perSecond} | ${r.p50} ms | ${r.p99} ms | ${r.p99VsHealth} | ${JSON.stringify(r.statuses)} |`),
  '',
  `Queue seeded with ${QUEUE_REPORTS} reports in ${report.queueSeed.seconds} s, their people sealed in ${report.queueSeed.sealSeconds} s; query plans: ${Object.entries(report.queueSeed.plans).map(([v, p]) => `${v}: ${p.join('; ')}`).join(' · ')}.`,
  '',
  '## Offer checks on Node',
  '',
  ...report.offerCheck.map((l) => `    ${l}`),
  '',
  '## Production bundle',
  '',
  `\`wrangler deploy --dry-run\`: ${kb(report.bundle.bytes)} KB, ${kb(report.bundle.gzip)} KB gzipped (target ≤ 1 MB; Cloudflare's free-plan limit is 3 MB).`,
  '',
]
writeFileSync(join(root, 'bench/report.md'), lines.join('\n'))
writeFileSync(join(root, 'bench/report.json'), `${JSON.stringify(report, null, 2)}\n`)
console.log(lines.join('\n'))
