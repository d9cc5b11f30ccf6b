import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { atomProblems, capIndexProblems, capProblems } from './standards'
import { childrenNamed, onlyChild, parseXml, textOf } from './xml-parse'

// The documents the site build publishes (npm test builds the site first).
const dist = new URL('../../site/dist/', import.meta.url).pathname
const read = (path: string) => readFileSync(`${dist}${path}`, 'utf8')
const advisoryIds = readdirSync(new URL('../../site/src/content/advisories/', import.meta.url)).filter((id) => !id.startsWith('guide-'))

describe('published feeds', () => {
  it.each(['ko', 'km', 'en'])('publishes a valid Atom feed in %s with every advisory and guide', (lang) => {
    const xml = read(`${lang}/advisories/feed.xml`)
    expect(atomProblems(xml)).toEqual([])
    const feed = parseXml(xml).root
    expect(feed.attributes['xml:lang']).toBe(lang)
    expect(childrenNamed(feed, 'entry')).toHaveLength(readdirSync(new URL('../../site/src/content/advisories/', import.meta.url)).length)
  })

  it('publishes one CAP 1.2 document per advisory, with one <info> per language', () => {
    const files = readdirSync(`${dist}advisories/cap`).sort()
    expect(files).toEqual(advisoryIds.map((id) => `${id}.xml`).sort())
    for (const file of files) {
      const xml = read(`advisories/cap/${file}`)
      expect({ file, problems: capProblems(xml) }).toEqual({ file, problems: [] })
      const infos = childrenNamed(parseXml(xml).root, 'info')
      expect(infos.map((info) => textOf(onlyChild(info, 'language')))).toEqual(['ko-KR', 'km-KH', 'en-US'])
    }
  })

  it('maps a level-4 travel ban to an extreme CAP severity', () => {
    const info = childrenNamed(parseXml(read('advisories/cap/kh-level-4-bokor-bavet-poipet.xml')).root, 'info')[0]
    expect(textOf(onlyChild(info, 'severity'))).toBe('Extreme')
    expect(childrenNamed(info, 'responseType').map(textOf)).toContain('Avoid')
  })

  it('indexes the CAP documents in an Atom feed linking each as application/cap+xml', () => {
    const xml = read('advisories/cap.xml')
    expect(capIndexProblems(xml)).toEqual([])
    expect(childrenNamed(parseXml(xml).root, 'entry')).toHaveLength(advisoryIds.length)
  })
})
