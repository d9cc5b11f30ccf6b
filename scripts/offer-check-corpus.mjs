// The offer check's training side and its engine, for the training script and the bench:
// the labelled JSON lines in tests/fixtures/offers/*.jsonl (blind sets join once their
// first run is recorded), and core/offer-check bundled in memory with esbuild (no TS loader).
import { build } from 'esbuild'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const FIXTURES = fileURLToPath(new URL('../tests/fixtures/offers/', import.meta.url))
export const WEIGHTS_FILE = fileURLToPath(new URL('../core/offer-check/learned-weights.ts', import.meta.url))

/** The engine with its training functions (core/offer-check/index.ts and train.ts). */
export async function loadEngine() {
  const bundled = await build({
    stdin: { contents: "export * from './core/offer-check/index.ts'\nexport * from './core/offer-check/train.ts'", resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  })
  return import('data:text/javascript;base64,' + Buffer.from(bundled.outputFiles[0].contents).toString('base64'))
}

/** Labelled cases from JSON lines; a line that is not a labelled case is counted, not shown. */
export function readCases(path) {
  const cases = []
  let skipped = 0
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue
    try {
      const c = JSON.parse(line)
      if (typeof c.text === 'string' && (c.label === 'scam' || c.label === 'legit')) cases.push(c)
      else skipped++
    } catch {
      skipped++
    }
  }
  return { cases, skipped }
}

/** The training-side files, in name order. */
export const trainingFiles = () => readdirSync(FIXTURES).filter((f) => f.endsWith('.jsonl')).sort()

/** Every training-side case, each with `file` and `writer` (the issue-4 author wrote corpus and holdouts). */
export function trainingCases() {
  return trainingFiles().flatMap((file) =>
    readCases(FIXTURES + file).cases.map((c) => ({ ...c, file, writer: /^(corpus|holdout)/.test(file) ? 'issue-4' : file.replace(/\.jsonl$/, '') })),
  )
}
