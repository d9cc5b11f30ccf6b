import { describe, expect, it } from 'vitest'
import { glossary, parseGlossary, sourceTexts, type Lang } from './glossary'

const rows = glossary()

describe('the glossary (locales/GLOSSARY.md)', () => {
  it('defines the core terms, each with a rendering in ko and km', () => {
    const terms = rows.map((row) => row.term)
    for (const core of ['case', 'case reference', 'receipt code', 'scam', 'scam compound', 'missing person', 'job offer', 'consular officer', 'personal data', 'work permit', 'employment card']) {
      expect(terms).toContain(core)
    }
    expect(terms.filter((term) => term.startsWith('advisory level'))).toHaveLength(4)
    expect(terms).toContain('special travel advisory')
    for (const row of rows) expect({ term: row.term, ko: row.chosen.ko !== '', km: row.chosen.km !== '' }).toEqual({ term: row.term, ko: true, km: true })
  })

  it('never rejects the rendering it chose', () => {
    for (const row of rows) {
      for (const lang of ['ko', 'km'] as const) {
        const clash = row.rejected[lang].filter((variant) => row.chosen[lang].includes(variant))
        expect({ term: row.term, lang, clash }).toEqual({ term: row.term, lang, clash: [] })
      }
    }
  })

  it('reads rejected variants from the table, so a new row is enforced without touching the test', () => {
    const parsed = parseGlossary(
      '| term (en) | ko | km | rejected (en) | rejected (ko) | rejected (km) | reason |\n|---|---|---|---|---|---|---|\n| scam | 사기 | ឆបោក | — | 스캠 · 사기꾼 | បោកប្រាស់ | why |',
    )
    expect(parsed).toEqual([
      { term: 'scam', chosen: { en: 'scam', ko: '사기', km: 'ឆបោក' }, rejected: { en: [], ko: ['스캠', '사기꾼'], km: ['បោកប្រាស់'] } },
    ])
  })

  it.each(['km', 'ko', 'en'] as Lang[])('is applied in %s: no rejected variant in its strings, guides, advisories or pages', (lang) => {
    const texts = sourceTexts(lang)
    const found = rows.flatMap((row) =>
      row.rejected[lang].flatMap((variant) =>
        texts.filter(([, text]) => text.includes(variant)).map(([where]) => `${where}: "${variant}" (use "${row.chosen[lang]}" for ${row.term})`),
      ),
    )
    expect(found).toEqual([])
  })
})
