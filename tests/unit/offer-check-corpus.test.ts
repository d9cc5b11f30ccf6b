import { describe, expect, it } from 'vitest'
import { checkOffer } from '../../core/offer-check'
import { corpus, files, holdout, training, type Case } from './offer-cases'

// The labelled corpus and issue 11's in-sample figures (the engine as shipped: rules and learned layer).


type Tally = { scams: number; caught: number; legit: number; legitHigh: number; flagged: number }

function evaluate(cases: Case[]) {
  const tallies = new Map<string, Tally>()
  const misses: string[] = []
  for (const c of cases) {
    const high = checkOffer(c.text).risk === 'high'
    for (const key of [c.lang, 'all']) {
      const t = tallies.get(key) ?? { scams: 0, caught: 0, legit: 0, legitHigh: 0, flagged: 0 }
      if (c.label === 'scam') {
        t.scams++
        if (high) t.caught++
      } else {
        t.legit++
        if (high) t.legitHigh++
      }
      if (high) t.flagged++
      tallies.set(key, t)
    }
    if (high !== (c.label === 'scam')) misses.push(`${c.id} (${c.label})`)
  }
  const rows = [...tallies].map(([lang, t]) => ({
    lang,
    cases: t.scams + t.legit,
    precision: t.flagged ? +(t.caught / t.flagged).toFixed(3) : 1,
    recall: t.scams ? +(t.caught / t.scams).toFixed(3) : 1,
    legitRatedHigh: t.legit ? +(t.legitHigh / t.legit).toFixed(3) : 0,
  }))
  return { rows, misses }
}

describe('labelled corpus', () => {
  it('holds every writer\'s file with unique ids and the fields the bench reads', () => {
    expect(files.length).toBeGreaterThanOrEqual(5)
    expect(new Set(training.map((c) => c.id)).size).toBe(training.length)
    for (const c of training) {
      expect(['ko', 'km', 'en', 'mixed'], c.id).toContain(c.lang)
      expect(['scam', 'legit'], c.id).toContain(c.label)
      expect(['offer', 'report'], c.id).toContain(c.frame)
      expect(c.kind.length, c.id).toBeGreaterThan(1)
      // A report is about scams, not one aimed at the reader.
      if (c.frame === 'report') expect(c.label, c.id).toBe('legit')
    }
  })

  it('is large, balanced and in all three languages', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(240)
    expect(corpus.filter((c) => c.label === 'legit').length / corpus.length).toBeGreaterThanOrEqual(0.45)
    for (const lang of ['ko', 'km', 'en'] as const) expect(corpus.filter((c) => c.lang === lang).length, lang).toBeGreaterThanOrEqual(60)
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length)
    expect(new Set(corpus.map((c) => c.text)).size).toBe(corpus.length)
    for (const c of [...corpus, ...holdout]) {
      expect(['scam', 'legit']).toContain(c.label)
      expect(c.note.length, c.id).toBeGreaterThan(10)
      expect(c.source.length, c.id).toBeGreaterThan(5)
      if (c.lang === 'km') expect(c.text, c.id).toMatch(/[\u1780-\u17ff]/)
      if (c.lang === 'ko') expect(c.text, c.id).toMatch(/[가-힣ㄱ-ㅣ]/)
    }
  })

  it('rates ≥ 97 % of scams high and ≤ 3 % of legitimate offers and reports high on the training side, in every language', () => {
    // Issue 11's in-sample targets. The honest figures are the blind first runs in README.md.
    const { rows, misses } = evaluate(training)
    console.log(`Offer check on the training side, ${training.length} texts in ${files.length} files (risk = high)`)
    console.table(rows)
    if (misses.length) console.log('Misclassified:', misses.join(', '))
    for (const row of rows) {
      expect(row.recall, `${row.lang} recall`).toBeGreaterThanOrEqual(0.97)
      expect(row.legitRatedHigh, `${row.lang} legit rated high`).toBeLessThanOrEqual(0.03)
    }
  })

  it('never rates a text high that it reads as a report', () => {
    for (const c of training) {
      const result = checkOffer(c.text)
      if (result.frame === 'report') expect(result.risk, c.id).not.toBe('high')
    }
  })

  it('rates ≤ 5 % of legitimate offers high on the holdout sets too', () => {
    // The holdout sets were each written before the engine saw them; their first-run
    // figures are in tests/fixtures/offers/README.md. Recall is reported, not asserted.
    const { rows, misses } = evaluate(holdout)
    console.log('Offer check on tests/fixtures/offers/holdout.jsonl (risk = high)')
    console.table(rows)
    if (misses.length) console.log('Misclassified:', misses.join(', '))
    for (const row of rows) expect(row.legitRatedHigh, `${row.lang} legit rated high`).toBeLessThanOrEqual(0.05)
  })
})
