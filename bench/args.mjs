import { parseArgs } from 'node:util'

/**
 * The benchmarks' numeric options (`--seconds 20`), each capped so a typo cannot run
 * for hours: `numbers({ seconds: [20, 120] })` → `{ seconds: 20 }` unless given.
 */
export function numbers(spec) {
  const options = Object.fromEntries(Object.entries(spec).map(([name, [fallback]]) => [name, { type: 'string', default: String(fallback) }]))
  const { values } = parseArgs({ options, allowPositionals: false })
  return Object.fromEntries(Object.entries(spec).map(([name, [, max]]) => [name, Math.min(Number(values[name]), max)]))
}

/** Requests, rate and the given percentiles (ms, one decimal) of a run's latencies. */
export function latencySummary(latencies, seconds, percentiles) {
  const sorted = [...latencies].sort((a, b) => a - b)
  const summary = { requests: sorted.length, perSecond: Number((sorted.length / seconds).toFixed(1)) }
  for (const p of percentiles) summary[`p${p}`] = Number(percentile(sorted, p).toFixed(1))
  return summary
}

/** The p-th percentile of sorted numbers. */
export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
