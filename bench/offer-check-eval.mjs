// Accuracy of the job-offer check on labelled JSON lines ({id, lang, label, frame, kind, text, …}),
// per language and per frame, with the misses counted by `kind` (never their texts or ids).
// Used by bench/offer-check.bench.mjs; see there for the command line.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export async function loadEngine() {
  const entry = fileURLToPath(new URL('../core/offer-check/index.ts', import.meta.url))
  const bundled = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' })
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

const LANG_OF = (c) => (c.lang === 'ko' || c.lang === 'km' || c.lang === 'en' ? c.lang : 'mixed')
const pct = (n, d) => (d ? +(n / d).toFixed(3) : null)

/**
 * Figures per language: high recall on scams, scams rated low, legitimate offers and
 * reports rated high (each, by their labelled frame), and the engine's frame calls.
 */
export function evaluate(checkOffer, cases) {
  const rows = new Map()
  const missKinds = new Map()
  const row = (lang) => {
    if (!rows.has(lang)) rows.set(lang, { lang, scams: 0, scamHigh: 0, scamLow: 0, legitOffers: 0, legitOfferHigh: 0, reports: 0, reportHigh: 0, reportsFramedReport: 0, offersFramedReport: 0 })
    return rows.get(lang)
  }
  for (const c of cases) {
    const r = checkOffer(c.text, c.lang === 'ko' || c.lang === 'km' || c.lang === 'en' ? { lang: c.lang } : {})
    const frame = c.frame === 'report' ? 'report' : 'offer'
    for (const t of [row(LANG_OF(c)), row('all')]) {
      if (c.label === 'scam') {
        t.scams++
        if (r.risk === 'high') t.scamHigh++
        if (r.risk === 'low') t.scamLow++
        if (r.frame === 'report') t.offersFramedReport++
      } else if (frame === 'report') {
        t.reports++
        if (r.risk === 'high') t.reportHigh++
        if (r.frame === 'report') t.reportsFramedReport++
      } else {
        t.legitOffers++
        if (r.risk === 'high') t.legitOfferHigh++
        if (r.frame === 'report') t.offersFramedReport++
      }
    }
    const missed = c.label === 'scam' ? r.risk !== 'high' : r.risk === 'high'
    if (missed) {
      const key = `${c.label === 'scam' ? (r.risk === 'low' ? 'scam rated low' : 'scam rated medium') : frame === 'report' ? 'report rated high' : 'legit offer rated high'} · ${c.kind ?? '(no kind)'}`
      missKinds.set(key, (missKinds.get(key) ?? 0) + 1)
    }
  }
  const table = [...rows.values()].map((t) => ({
    lang: t.lang,
    scams: t.scams,
    'high recall': pct(t.scamHigh, t.scams),
    'scams low': pct(t.scamLow, t.scams),
    'legit offers': t.legitOffers,
    'legit offers high': pct(t.legitOfferHigh, t.legitOffers),
    reports: t.reports,
    'reports high': pct(t.reportHigh, t.reports),
    'legit+reports high': pct(t.legitOfferHigh + t.reportHigh, t.legitOffers + t.reports),
    'reports framed report': pct(t.reportsFramedReport, t.reports),
    'offers framed report': t.offersFramedReport,
  }))
  const order = ['ko', 'km', 'en', 'mixed', 'all']
  table.sort((a, b) => order.indexOf(a.lang) - order.indexOf(b.lang))
  return { table, misses: [...missKinds].sort((a, b) => b[1] - a[1]).map(([kind, count]) => ({ kind, count })) }
}
