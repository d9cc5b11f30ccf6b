import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { advisoryOf } from '../../core/gazetteer'
import { groupByEntry, pickTranslation } from '../../site/src/lib/advisories'

const dir = new URL('../../site/src/content/advisories/', import.meta.url).pathname
const entries = readdirSync(dir)

function frontmatter(id: string, lang: string): Record<string, string> {
  const text = readFileSync(`${dir}${id}/${lang}.md`, 'utf8')
  const block = text.split('---')[1]
  return Object.fromEntries(block.split('\n').filter((l) => /^\w+:/.test(l)).map((l) => [l.split(':')[0], l.slice(l.indexOf(':') + 1).trim()]))
}

describe('advisory content', () => {
  it('has every advisory and guide in ko, km and en', () => {
    expect(entries.length).toBeGreaterThanOrEqual(12)
    for (const id of entries) expect({ id, files: readdirSync(`${dir}${id}`).sort() }).toEqual({ id, files: ['en.md', 'km.md', 'ko.md'] })
  })

  it('gives each translation the same level, regions and dates', () => {
    for (const id of entries) {
      const pick = (lang: string) => {
        const f = frontmatter(id, lang)
        return { kind: f.kind, level: f.level, regions: f.regions, issued: f.issued, updated: f.updated, country: f.country }
      }
      expect({ id, ko: pick('ko'), km: pick('km') }).toEqual({ id, ko: pick('en'), km: pick('en') })
    }
  })

  it('agrees with the gazetteer the offer checker uses about every region’s level', () => {
    for (const id of entries) {
      const f = frontmatter(id, 'en')
      if (f.kind !== 'advisory') continue
      const regions = f.regions.replace(/[[\]]/g, '').split(',').map((r) => r.trim())
      for (const region of regions) {
        expect({ id, region, level: String(advisoryOf(region)?.level ?? null) }).toEqual({ id, region, level: f.level.replace(/"/g, '') })
      }
    }
  })
})

describe('translations of an entry', () => {
  const groups = groupByEntry([
    { id: 'a/en', value: 'A in English' },
    { id: 'a/ko', value: 'A 한국어' },
    { id: 'b/en', value: 'B in English' },
  ])

  it('shows the reader’s own language when it exists', () => {
    expect(pickTranslation(groups.get('a')!, 'ko')).toEqual({ value: 'A 한국어', lang: 'ko', fallback: false })
  })

  it('falls back to English with a flag, never to nothing', () => {
    expect(pickTranslation(groups.get('a')!, 'km')).toEqual({ value: 'A in English', lang: 'en', fallback: true })
    expect(pickTranslation(groups.get('b')!, 'ko')).toEqual({ value: 'B in English', lang: 'en', fallback: true })
  })

  it('refuses a file that is not named after a language', () => {
    expect(() => groupByEntry([{ id: 'a/fr', value: 'x' }])).toThrow(/ko.md, km.md or en.md/)
  })
})

describe('the advisory schema the build checks every entry against', async () => {
  const { advisorySchema } = await import('../../site/src/lib/advisory-schema')
  const valid = {
    kind: 'advisory',
    title: 'Cambodia: travel ban (level 4) for Bavet',
    summary: 'Korea has banned travel to Bavet.',
    country: 'KH',
    regions: ['kh-bavet'],
    level: '4',
    issued: '2025-10-16',
    updated: '2025-12-04',
    sources: [{ title: 'Chosun Ilbo, 2025-12-04', url: 'https://www.chosun.com/' }],
  }

  it('accepts a complete advisory', () => {
    expect(advisorySchema.safeParse(valid).success).toBe(true)
  })

  it.each([
    ['a missing title', { title: undefined }],
    ['a missing source', { sources: [] }],
    ['a region the gazetteer does not know', { regions: ['kh-atlantis'] }],
    ['an advisory without a level', { level: undefined }],
    ['a level not on the 0404 scale', { level: '5' }],
    ['a date that is not one', { issued: 'soon' }],
    ['a source that is not a link', { sources: [{ title: 'x', url: 'not a url' }] }],
  ])('refuses %s, which stops the build', (_name, change) => {
    expect(advisorySchema.safeParse({ ...valid, ...change }).success).toBe(false)
  })
})
