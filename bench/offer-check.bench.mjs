#!/usr/bin/env node
// Benchmark of the job-offer check on Node (not a timed test): time per check over the
// labelled corpus and over synthetic 1,000-character offers, as median, p99 and checks
// per second. Target (issue 4): median under 1 ms for a 1,000-character offer.
// Bounded in time: each phase stops after PHASE_MS, so the whole run stays under 30 s.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const PHASE_MS = 8_000
const TARGET_MEDIAN_MS = 1
const started = performance.now()

const entry = fileURLToPath(new URL('../core/offer-check/index.ts', import.meta.url))
const bundled = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' })
const { checkOffer } = await import('data:text/javascript;base64,' + Buffer.from(bundled.outputFiles[0].contents).toString('base64'))

const corpus = readFileSync(new URL('../tests/fixtures/offers/corpus.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line).text)

// Deterministic pseudo-random numbers (mulberry32), so every run checks the same offers.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** 1,000-character offers stitched from corpus lines in all three languages. */
function syntheticOffers(count, length = 1000) {
  const next = random(4)
  const lines = corpus.flatMap((text) => text.split('\n'))
  return Array.from({ length: count }, () => {
    let text = ''
    while (text.length < length) text += lines[Math.floor(next() * lines.length)] + '\n'
    return text.slice(0, length)
  })
}

function run(name, texts) {
  const first = performance.now()
  checkOffer(texts[0]) // the first call compiles the patterns
  const coldMs = performance.now() - first
  for (let i = 0; i < Math.min(200, texts.length * 2); i++) checkOffer(texts[i % texts.length]) // warm up
  const times = []
  const phaseStart = performance.now()
  for (let i = 0; performance.now() - phaseStart < PHASE_MS && times.length < 200_000; i++) {
    const text = texts[i % texts.length]
    const t0 = performance.now()
    checkOffer(text)
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))]
  const total = times.reduce((a, b) => a + b, 0)
  const avgChars = Math.round(texts.reduce((a, t) => a + t.length, 0) / texts.length)
  return { name, checks: times.length, avgChars, coldMs: +coldMs.toFixed(2), medianMs: +at(0.5).toFixed(3), p99Ms: +at(0.99).toFixed(3), checksPerSecond: Math.round((times.length / total) * 1000) }
}

const results = [run(`corpus (${corpus.length} offers)`, corpus), run('synthetic 1,000-char offers', syntheticOffers(500))]
console.log(`checkOffer on Node ${process.version}`)
console.table(results)
const synthetic = results[1]
const verdict = synthetic.medianMs < TARGET_MEDIAN_MS ? 'meets' : 'MISSES'
console.log(`1,000-character offer: median ${synthetic.medianMs} ms ${verdict} the < ${TARGET_MEDIAN_MS} ms target; whole run ${((performance.now() - started) / 1000).toFixed(1)} s`)
