#!/usr/bin/env node
// Trains the offer check's learned layer on the training side and writes its weight table.
//
//   npm run train:offer-check              write core/offer-check/learned-weights.ts
//   npm run train:offer-check -- --check   exit 1 if the committed table is not what training gives
//
// Deterministic: the same corpus gives the same table byte for byte (core/offer-check/train.ts).
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { loadEngine, trainingCases, WEIGHTS_FILE } from './offer-check-corpus.mjs'

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } })
const engine = await loadEngine()
const cases = trainingCases()
const started = performance.now()
const source = engine.trainedSource(cases)
if (values.check) {
  const same = readFileSync(WEIGHTS_FILE, 'utf8') === source
  console.log(same ? 'learned-weights.ts is what training gives' : 'learned-weights.ts differs from what training gives: run npm run train:offer-check')
  process.exit(same ? 0 : 1)
}
writeFileSync(WEIGHTS_FILE, source)
console.log(`trained on ${cases.length} texts in ${((performance.now() - started) / 1000).toFixed(1)} s; wrote ${WEIGHTS_FILE}`)
