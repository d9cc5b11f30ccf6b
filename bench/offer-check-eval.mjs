// Accuracy of the job-offer check on labelled JSON lines ({id, lang, label, frame, kind, text, …}),
// per language and per frame, with the misses counted by `kind` (never their texts or ids).
// Used by bench/offer-check.bench.mjs; see there for the command line.
export { loadEngine, readCases } from '../scripts/offer-check-corpus.mjs'

const LANG_OF = (c) => (c.lang === 'ko' || c.lang === 'km' || c.lang === 'en' ? c.lang : 'mixed')
export const langOpts = (c) => (c.lang === 'ko' || c.lang === 'km' || c.lang === 'en' ? { lang: c.lang } : {})
const pct = (n, d) => (d ? +(n / d).toFixed(3) : null)

/**
 * Figures per language: high recall on scams, scams rated low, legitimate offers and
 * reports rated high (each, by their labelled frame), and the engine's frame calls.
 * `results[i]` is the engine's `{risk, frame}` for `cases[i]`.
 */
export function evaluate(cases, results) {
  const rows = new Map()
  const missKinds = new Map()
  const row = (lang) => {
    if (!rows.has(lang)) rows.set(lang, { lang, scams: 0, scamHigh: 0, scamLow: 0, legitOffers: 0, legitOfferHigh: 0, reports: 0, reportHigh: 0, reportsFramedReport: 0, offersFramedReport: 0 })
    return rows.get(lang)
  }
  cases.forEach((c, i) => {
    const r = results[i]
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
  })
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

/**
 * Leave-one-writer-out cross-validation of the learned layer: for each writer, train both
 * tables (scam and frame) on every other writer's texts and score this writer's. Returns,
 * per case, the rules' `{risk, frame}` (before) and the combined level and frame with the
 * held-out tables (after), and the held-out scam probability.
 */
export function crossValidate(engine, cases) {
  const inputs = cases.map((c) => engine.learnedFeatures(c.text, langOpts(c), engine.DEFAULTS.buckets))
  const before = inputs.map(({ rule }) => ({ risk: rule.risk, frame: rule.frame }))
  const after = new Array(cases.length)
  const probabilities = new Array(cases.length)
  for (const writer of [...new Set(cases.map((c) => c.writer))]) {
    const rows = []
    const frameRows = []
    cases.forEach((c, i) => {
      if (c.writer === writer) return
      rows.push({ scam: c.label === 'scam', features: inputs[i].features })
      frameRows.push({ scam: c.frame === 'report', features: { ngrams: inputs[i].features.ngrams, extra: [] } })
    })
    const model = engine.train(rows, engine.DEFAULTS)
    const frameModel = engine.train(frameRows, engine.FRAME_DEFAULTS)
    cases.forEach((c, i) => {
      if (c.writer !== writer) return
      const { features } = inputs[i]
      const p = engine.probability(features, model)
      const rule = engine.withFrame(inputs[i].rule, engine.reframe(inputs[i].rule.frame, engine.probability({ ngrams: features.ngrams, extra: [] }, frameModel), p))
      probabilities[i] = p
      after[i] = { risk: engine.combine(rule, p).risk, frame: rule.frame }
    })
  }
  return { before, after, probabilities }
}
