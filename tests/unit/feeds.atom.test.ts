import { describe, expect, it } from 'vitest'
import {
  atomFeed,
  capAlert,
  capIdentifier,
  capIndex,
  type AdvisoryForFeed,
} from '../../core/feeds'
import type { Lang } from '../../core/langs'
import { element, escapeXml, xmlDocument } from '../../core/xml'
import {
  childrenNamed,
  onlyChild,
  parseXml,
  sequenceProblems,
  textOf,
} from './xml-dom'
import { ATOM_NS, atomSchemaErrors, capIndexProblems } from './schemas'
import {
  SITE,
  CAP_OPTIONS,
  sihanoukville,
  HOSTILE,
  myawaddy,
  jobOffers,
} from './feed-fixtures'

describe('sequenceProblems (the order check for PFIF, which has no schema)', () => {
  const ALERT_ORDER = ['identifier', 'sender', 'sent', 'status', 'msgType', 'source?', 'scope', 'code*', 'note?', 'info*']

  it('accepts a subsequence in spec order with repeats where allowed', () => {
    expect(sequenceProblems(['identifier', 'sender', 'sent', 'status', 'msgType', 'scope', 'code', 'code', 'info', 'info'], ALERT_ORDER)).toEqual([])
  })

  it('reports an element out of order, a repeat, a missing element and a stranger', () => {
    expect(sequenceProblems(['sender', 'identifier', 'sent', 'sent', 'msgType', 'scope', 'colour'], ALERT_ORDER)).toEqual([
      '<identifier> comes after <sender>, but the sequence puts it before',
      '<sent> appears more than once',
      '<colour> is not in the sequence',
      '<status> is missing',
    ])
  })
})

describe('escapeXml and element', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`<script>&"'`)).toBe('&lt;script&gt;&amp;&quot;&apos;')
  })

  it('strips characters XML 1.0 cannot carry and keeps everything else', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh\uD800i\uDFFFj')).toBe('abcdefghij')
    expect(escapeXml('tab\tlf\n😀 ក្រុង 한국 \u0085')).toBe('tab\tlf\n😀 ក្រុង 한국 \u0085')
  })

  it('keeps a carriage return as a reference so parsing does not turn it into LF', () => {
    expect(escapeXml('a\r\nb')).toBe('a&#xD;\nb')
    expect(textOf(parseXml(xmlDocument(element('a', {}, 'a\r\nb'))).root)).toBe('a\r\nb')
  })

  it('writes attributes that survive parsing, skipping undefined ones', () => {
    const xml = xmlDocument(element('a', { b: `"'<&\t\n`, c: undefined }, element('d'), 'text', null, false, ['x', element('e')]))
    expect(xml).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n<a b="&quot;&apos;&lt;&amp;&#x9;&#xA;"><d/>textx<e/></a>\n`)
    expect(parseXml(xml).root.attributes).toEqual({ b: `"'<&\t\n` })
  })

  it('refuses names that are not XML names', () => {
    expect(() => element('a b')).toThrow()
    expect(() => element('a', { 'x"': '1' })).toThrow()
  })
})

describe('atomFeed', () => {
  const feedFor = (lang: Lang, entries = [sihanoukville, myawaddy, jobOffers]) =>
    atomFeed({ lang, siteUrl: `${SITE}/${lang}/`, feedUrl: `${SITE}/${lang}/feed.xml`, title: `Homeward (${lang})`, entries })

  it.each(['ko', 'km', 'en'] as const)('writes an Atom feed in %s that the RFC 4287 grammar accepts', async (lang) => {
    expect(await atomSchemaErrors(feedFor(lang))).toEqual([])
  })

  it('writes the feed head in the Atom namespace with the language', () => {
    const feed = parseXml(feedFor('ko')).root
    expect(feed.namespace).toBe(ATOM_NS)
    expect(feed.attributes['xml:lang']).toBe('ko')
    expect({
      id: textOf(onlyChild(feed, 'id')),
      title: textOf(onlyChild(feed, 'title')),
      updated: textOf(onlyChild(feed, 'updated')),
      links: childrenNamed(feed, 'link').map((l) => l.attributes),
      author: textOf(onlyChild(onlyChild(feed, 'author'), 'name')),
    }).toEqual({
      id: `${SITE}/ko/feed.xml`,
      title: 'Homeward (ko)',
      updated: '2025-04-02T00:00:00Z',
      links: [
        { rel: 'self', type: 'application/atom+xml', href: `${SITE}/ko/feed.xml` },
        { rel: 'alternate', type: 'text/html', hreflang: 'ko', href: `${SITE}/ko/` },
      ],
      author: 'Homeward',
    })
  })

  it('lists entries newest first with their translation', () => {
    const entries = childrenNamed(parseXml(feedFor('ko')).root, 'entry')
    expect(
      entries.map((entry) => ({
        lang: entry.attributes['xml:lang'],
        id: textOf(onlyChild(entry, 'id')),
        title: textOf(onlyChild(entry, 'title')),
        updated: textOf(onlyChild(entry, 'updated')),
        published: textOf(onlyChild(entry, 'published')),
        summary: textOf(onlyChild(entry, 'summary')),
        link: onlyChild(entry, 'link').attributes,
      })),
    ).toEqual([
      {
        lang: undefined,
        id: 'tag:homeward.example,2023-11-20:advisories/mm-myawaddy/ko',
        title: '미야와디: 여행금지',
        updated: '2025-04-02T00:00:00Z',
        published: '2023-11-20T00:00:00Z',
        summary: '여행금지 지역입니다.',
        link: { rel: 'alternate', type: 'text/html', hreflang: 'ko', href: `${SITE}/ko/advisories/mm-myawaddy/` },
      },
      {
        lang: undefined,
        id: 'tag:homeward.example,2024-09-01:advisories/kh-sihanoukville/ko',
        title: '시아누크빌: 출국 권고',
        updated: '2025-03-01T00:00:00Z',
        published: '2024-09-01T00:00:00Z',
        summary: '사기 작업장이 노동자를 감금합니다.',
        link: { rel: 'alternate', type: 'text/html', hreflang: 'ko', href: `${SITE}/ko/advisories/kh-sihanoukville/` },
      },
      {
        lang: 'en',
        id: 'tag:homeward.example,2024-01-10:advisories/guide-job-offers/ko',
        title: 'Checking a job offer',
        updated: '2024-12-05T00:00:00Z',
        published: '2024-01-10T00:00:00Z',
        summary: 'Five checks.',
        link: { rel: 'alternate', type: 'text/html', hreflang: 'en', href: `${SITE}/en/guides/job-offers/` },
      },
    ])
  })

  it('marks an untranslated entry as English in the Khmer feed', () => {
    const entries = childrenNamed(parseXml(feedFor('km')).root, 'entry')
    expect(entries.map((e) => [e.attributes['xml:lang'], textOf(onlyChild(e, 'title'))])).toEqual([
      ['en', HOSTILE],
      [undefined, 'ក្រុងព្រះសីហនុ'],
      [undefined, 'ការពិនិត្យការងារ'],
    ])
  })

  it('keeps entry ids when an advisory is updated or its URL changes', () => {
    const idsOf = (entries: AdvisoryForFeed[]) =>
      childrenNamed(parseXml(feedFor('en', entries)).root, 'entry').map((e) => textOf(onlyChild(e, 'id')))
    const moved = {
      ...sihanoukville,
      updated: '2025-06-30',
      translations: { en: { ...sihanoukville.translations.en!, url: `${SITE}/en/a/kh/` } },
    }
    expect(idsOf([moved])).toEqual(idsOf([sihanoukville]))
  })

  it('escapes hostile text in elements and attributes', () => {
    const xml = feedFor('en', [myawaddy])
    expect(xml).not.toContain('<script>')
    const feed = parseXml(xml).root
    const entry = onlyChild(feed, 'entry')
    expect(textOf(onlyChild(entry, 'title'))).toBe(HOSTILE)
    expect(textOf(onlyChild(entry, 'summary'))).toBe(`Summary ${HOSTILE}`)
    expect(onlyChild(entry, 'link').attributes['href']).toBe(`${SITE}/en/advisories/mm-myawaddy/?q="'<>`)
    const titled = atomFeed({ lang: 'en', siteUrl: SITE, feedUrl: `${SITE}/f.xml`, title: HOSTILE, entries: [], updated: '2025-01-01' })
    expect(textOf(onlyChild(parseXml(titled).root, 'title'))).toBe(HOSTILE)
  })

  it('needs an updated date when there are no entries', () => {
    expect(() => atomFeed({ lang: 'en', siteUrl: SITE, feedUrl: `${SITE}/f.xml`, title: 'x', entries: [] })).toThrow(/updated/)
  })
})

describe('the Atom grammar catches broken feeds (so the checks above can fail)', () => {
  const good = atomFeed({ lang: 'en', siteUrl: SITE, feedUrl: `${SITE}/en/feed.xml`, title: 't', entries: [sihanoukville] })

  it.each([
    ['an entry without an id', good.replace(/<entry><id>[^<]*<\/id>/, '<entry>'), /entry/],
    ['an entry without a link or content', good.replace(/<link rel="alternate"[^>]*hreflang="en" href="[^"]*advisories[^"]*"\/>/, ''), /no alternate link or content/],
    ['a feed without updated', good.replace(/<updated>[^<]*<\/updated>/, ''), /feed|updated/],
    ['a date that is not a date', good.replaceAll('<updated>2025-03-01T00:00:00Z<', '<updated>1 March 2025<'), /updated|entry|feed/],
    ['no author anywhere', good.replace(/<author>.*<\/author>/, ''), /entry 0 has no author/],
    ['a bad language tag', good.replace('xml:lang="en"', 'xml:lang="en_US!"'), /lang|feed/],
    ['the wrong namespace', good.replace(ATOM_NS, 'http://purl.org/atom/ns#'), /feed|namespace/],
  ])('flags %s', async (_, xml, problem) => {
    expect(xml).not.toBe(good)
    expect((await atomSchemaErrors(xml)).join('\n')).toMatch(problem)
  })
})

describe('capIndex', () => {
  const alerts = [sihanoukville, myawaddy].map((advisory) => ({
    id: capIdentifier(advisory, SITE),
    title: advisory.translations.en!.title,
    summary: advisory.translations.en!.summary,
    updated: advisory.updated,
    capUrl: `${SITE}/cap/${advisory.id}.xml`,
  }))
  const xml = capIndex({ siteUrl: SITE, feedUrl: `${SITE}/cap/index.xml`, alerts })

  it('writes an Atom feed of CAP links that the RFC 4287 grammar accepts', async () => {
    expect(await atomSchemaErrors(xml)).toEqual([])
    expect(capIndexProblems(xml)).toEqual([])
  })

  it('gives every entry a summary in the index\'s language, marking an English fallback', () => {
    const ko = capIndex({
      siteUrl: SITE,
      feedUrl: `${SITE}/ko/cap.xml`,
      lang: 'ko',
      alerts: [
        { ...alerts[0]!, title: sihanoukville.translations.ko!.title, summary: sihanoukville.translations.ko!.summary },
        { ...alerts[1]!, lang: 'en' },
      ],
    })
    const entries = childrenNamed(parseXml(ko).root, 'entry')
    expect(entries.map((e) => [e.attributes['xml:lang'], textOf(onlyChild(e, 'summary'))])).toEqual([
      [undefined, '사기 작업장이 노동자를 감금합니다.'],
      ['en', `Summary ${HOSTILE}`],
    ])
    expect(entries.map((e) => textOf(onlyChild(e, 'id')))[0]).toBe(
      'tag:homeward.example,2025-03-01:cap/homeward.example.advisory.kh-sihanoukville.2025-03-01/ko',
    )
    expect(capIndexProblems(ko)).toEqual([])
    expect(capIndexProblems(ko.replace('사기 작업장이 노동자를 감금합니다.', 'Scam compounds hold workers.'))).toEqual(['entry 0 summary is not in ko'])
    expect(() => capIndex({ siteUrl: SITE, feedUrl: `${SITE}/i.xml`, alerts: [{ ...alerts[0]!, summary: ' ' }] })).toThrow(/summary/)
  })

  it('links every entry to its CAP document as application/cap+xml', () => {
    const entries = childrenNamed(parseXml(xml).root, 'entry')
    expect(entries.map((entry) => childrenNamed(entry, 'link').map((l) => l.attributes))).toEqual([
      [{ rel: 'alternate', type: 'application/cap+xml', href: `${SITE}/cap/kh-sihanoukville.xml` }],
      [{ rel: 'alternate', type: 'application/cap+xml', href: `${SITE}/cap/mm-myawaddy.xml` }],
    ])
    expect(entries.map((entry) => textOf(onlyChild(entry, 'id')))).toEqual([
      'tag:homeward.example,2025-03-01:cap/homeward.example.advisory.kh-sihanoukville.2025-03-01',
      'tag:homeward.example,2025-04-02:cap/homeward.example.advisory.mm-myawaddy.2025-04-02',
    ])
  })

  it('dates the index by its newest alert', () => {
    expect(textOf(onlyChild(parseXml(xml).root, 'updated'))).toBe('2025-04-02T00:00:00Z')
  })

  it('gives each entry the identifier of the CAP document it links to', () => {
    const identifier = textOf(onlyChild(parseXml(capAlert(sihanoukville, CAP_OPTIONS)).root, 'identifier'))
    expect(alerts[0]!.id).toBe(identifier)
  })

  it('escapes hostile titles and URLs', () => {
    const hostile = capIndex({
      siteUrl: SITE,
      feedUrl: `${SITE}/cap/index.xml`,
      title: HOSTILE,
      alerts: [{ id: 'a.b', title: HOSTILE, summary: HOSTILE, updated: '2025-01-01', capUrl: `${SITE}/cap/x.xml?q="'<>` }],
    })
    expect(hostile).not.toContain('<script>')
    const feed = parseXml(hostile).root
    expect(textOf(onlyChild(feed, 'title'))).toBe(HOSTILE)
    expect(textOf(onlyChild(onlyChild(feed, 'entry'), 'title'))).toBe(HOSTILE)
    expect(onlyChild(onlyChild(feed, 'entry'), 'link').attributes['href']).toBe(`${SITE}/cap/x.xml?q="'<>`)
  })

  it('refuses an identifier CAP would reject', () => {
    expect(() => capIndex({ siteUrl: SITE, feedUrl: `${SITE}/i.xml`, alerts: [{ ...alerts[0]!, id: 'a b' }] })).toThrow()
  })

  it('has a link check that notices a missing media type', () => {
    expect(xml.replaceAll(' type="application/cap+xml"', '')).not.toBe(xml)
    expect(capIndexProblems(xml.replaceAll(' type="application/cap+xml"', ''))).toEqual([
      'entry 0 has no application/cap+xml link',
      'entry 1 has no application/cap+xml link',
    ])
  })
})
