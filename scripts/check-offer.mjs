#!/usr/bin/env node
// Runs the job-offer check over JSON lines, for evaluation and for partners' batch checks.
//
//   stdin:  {"id": "1", "text": "월 1,500만원 텔레 @abc 시아누크빌", "lang": "ko"}   (lang optional)
//   stdout: {"id":"1","risk":"high","frame":"offer","score":7,"signals":["pay.unrealistic","channel.telegram","location.compound-area"]}
//
// `frame` says whether the text recruits the reader ("offer") or reports on recruitment
// ("report": news, a notice, a warning, a testimony; never rated high), or "unclear".
//
// One output line per input line, in order. A line that is not a JSON object with a
// string `text` gives {"id": …, "error": "…"} and the exit status becomes 1.
// The engine is TypeScript; it is bundled in memory with esbuild (no TS loader needed).
import { build } from 'esbuild'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const LANGS = new Set((await import('../core/langs.ts')).LANGS)
const entry = fileURLToPath(new URL('../core/offer-check/index.ts', import.meta.url))
const bundled = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' })
const { checkOffer } = await import('data:text/javascript;base64,' + Buffer.from(bundled.outputFiles[0].contents).toString('base64'))

function checkLine(line) {
  let input
  try {
    input = JSON.parse(line)
  } catch {
    return { id: null, error: 'not JSON' }
  }
  const id = input?.id ?? null
  if (typeof input !== 'object' || input === null || typeof input.text !== 'string') return { id, error: 'text must be a string' }
  if (input.lang !== undefined && !LANGS.has(input.lang)) return { id, error: 'lang must be ko, km or en' }
  const result = checkOffer(input.text, input.lang ? { lang: input.lang } : {})
  return { id, risk: result.risk, frame: result.frame, score: result.score, signals: result.signals.map((s) => s.id) }
}

let failed = false
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
for await (const line of lines) {
  if (!line.trim()) continue
  const out = checkLine(line)
  if (out.error) failed = true
  if (!process.stdout.write(JSON.stringify(out) + '\n')) await new Promise((resolve) => process.stdout.once('drain', resolve))
}
if (failed) process.exitCode = 1
