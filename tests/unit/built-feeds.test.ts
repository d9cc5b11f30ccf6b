import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { atomSchemaErrors, capIndexProblems, capProfileProblems, capSchemaErrors } from './schemas'
import { childrenNamed, onlyChild, parseXml, textOf } from './xml-dom'

// The documents the site build publishes (npm test builds the site first).
const dist = new URL('../../site/dist/', import.meta.url).pathname
const read = (path: string) => readFileSync(`${dist}${path}`, 'utf8')
const contentDir = new URL('../../site/src/content/advisories/', import.meta.url)
const advisoryIds = readdirSync(contentDir).filter((id) => !id.startsWith('guide-'))
const capFiles = () => readdirSync(`${dist}advisories/cap`).sort()

describe('published feeds', () => {
  it.each(['ko', 'km', 'en'])('publishes an Atom feed in %s with every advisory and guide, valid by RFC 4287', async (lang) => {
    const xml = read(`${lang}/advisories/feed.xml`)
    expect(await atomSchemaErrors(xml)).toEqual([])
    const feed = parseXml(xml).root
    expect(feed.attributes['xml:lang']).toBe(lang)
    expect(childrenNamed(feed, 'entry')).toHaveLength(readdirSync(contentDir).length)
  })

  it('publishes one CAP 1.2 document per advisory, valid by the OASIS schema, with one <info> per language', async () => {
    expect(capFiles()).toEqual(advisoryIds.map((id) => `${id}.xml`).sort())
    for (const file of capFiles()) {
      const xml = read(`advisories/cap/${file}`)
      expect({ file, errors: await capSchemaErrors(xml) }).toEqual({ file, errors: [] })
      const infos = childrenNamed(parseXml(xml).root, 'info')
      expect(infos.map((info) => textOf(onlyChild(info, 'language')))).toEqual(['ko-KR', 'km-KH', 'en-US'])
    }
  })

  // Google Public Alerts' CAP profile: EXPIRES_IS_REQUIRED, CIRCLE_POLYGON_OR_GEOCODE_IS_REQUIRED,
  // and the recommended instruction and contact, for every alert (issue 20).
  it('gives every published alert expires, instruction, contact and a placeable area in each language', () => {
    for (const file of capFiles()) {
      expect({ file, problems: capProfileProblems(read(`advisories/cap/${file}`)) }).toEqual({ file, problems: [] })
    }
  })

  it('places the sub-province level-4 areas with circles, one area each', () => {
    const en = childrenNamed(parseXml(read('advisories/cap/kh-level-4-bokor-bavet-poipet.xml')).root, 'info')[2]!
    expect(childrenNamed(en, 'area').map((a) => [textOf(onlyChild(a, 'areaDesc')), childrenNamed(a, 'circle').length])).toEqual([
      ['Bokor Mountain area', 1],
      ['Bavet', 1],
      ['Poipet', 1],
    ])
    const ko = childrenNamed(parseXml(read('advisories/cap/kh-level-4-bokor-bavet-poipet.xml')).root, 'info')[0]!
    expect(childrenNamed(ko, 'area').map((a) => textOf(onlyChild(a, 'areaDesc')))).toEqual(['보코산', '바벳', '포이펫'])
  })

  it('draws a province from its outline, and each island of it as its own area', () => {
    const en = childrenNamed(parseXml(read('advisories/cap/kh-level-3-sihanoukville.xml')).root, 'info')[2]!
    const areas = childrenNamed(en, 'area')
    expect(areas.length).toBeGreaterThan(1)
    expect(areas.every((a) => childrenNamed(a, 'polygon').length === 1)).toBe(true)
    expect(areas.flatMap((a) => childrenNamed(a, 'geocode')).map((g) => textOf(onlyChild(g, 'value')))).toEqual(['KH-18'])
  })

  it('maps a level-4 travel ban to an extreme CAP severity', () => {
    const info = childrenNamed(parseXml(read('advisories/cap/kh-level-4-bokor-bavet-poipet.xml')).root, 'info')[0]!
    expect(textOf(onlyChild(info, 'severity'))).toBe('Extreme')
    expect(childrenNamed(info, 'responseType').map(textOf)).toContain('Avoid')
  })

  it.each([
    ['advisories/cap.xml', 'en'],
    ['ko/advisories/cap.xml', 'ko'],
    ['km/advisories/cap.xml', 'km'],
    ['en/advisories/cap.xml', 'en'],
  ])('indexes the CAP documents in %s, each entry with a summary in %s', async (path, lang) => {
    const xml = read(path)
    expect(await atomSchemaErrors(xml)).toEqual([])
    expect(capIndexProblems(xml)).toEqual([])
    const feed = parseXml(xml).root
    expect(feed.attributes['xml:lang']).toBe(lang)
    expect(childrenNamed(feed, 'entry')).toHaveLength(advisoryIds.length)
  })
})
