import { describe, expect, it } from 'vitest'
import {
  atomFeed,
  capAlert,
  capDateTime,
  capIdentifier,
  capIndex,
  type AdvisoryForFeed,
  type AdvisoryLevel,
  type CapAlertOptions,
} from '../../core/feeds'
import type { Lang } from '../../core/langs'
import { element, escapeXml, xmlDocument } from '../../core/xml'
import {
  childrenNamed,
  elementsOf,
  onlyChild,
  parseXml,
  sequenceProblems,
  textOf,
  type XmlElement,
} from './xml-parse'
import {
  ALERT_ORDER,
  ATOM_NS,
  CAP_DATE_TIME,
  CAP_ENUMS,
  CAP_LANGUAGES,
  CAP_NS,
  CAP_TOKEN,
  INFO_ORDER,
  RFC3339,
  atomProblems,
  capIndexProblems,
  capProblems,
} from './standards'

// ---------------------------------------------------------------------------------------
// ---------------------------------------------------------------------------------------
// Fixtures

const SITE = 'https://homeward.example'

const LEVEL_NAMES: CapAlertOptions['levelNames'] = {
  ko: { '1': '1단계 여행유의', '2': '2단계 여행자제', '2.5': '특별여행주의보', '3': '3단계 출국권고', '4': '4단계 여행금지' },
  km: { '1': 'កម្រិត ១', '2': 'កម្រិត ២', '2.5': 'ការព្រមានពិសេស', '3': 'កម្រិត ៣', '4': 'កម្រិត ៤' },
  en: {
    '1': 'Level 1: Travel caution',
    '2': 'Level 2: Travel restraint',
    '2.5': 'Special travel advisory',
    '3': 'Level 3: Leave the area',
    '4': 'Level 4: Travel ban',
  },
}

const CAP_OPTIONS: CapAlertOptions = { sender: 'alerts@homeward.example', siteUrl: SITE, levelNames: LEVEL_NAMES }

const sihanoukville: AdvisoryForFeed = {
  id: 'kh-sihanoukville',
  kind: 'advisory',
  level: '3',
  country: 'KH',
  regions: [
    { id: 'preah-sihanouk', name: 'Preah Sihanouk', iso3166_2: 'KH-18' },
    { id: 'bavet', name: 'Bavet' },
    { id: 'oddar-meanchey', name: 'Oddar Meanchey', iso3166_2: 'KH-22' },
  ],
  issued: '2024-09-01',
  updated: '2025-03-01',
  expires: '2025-09-01',
  sources: [{ title: '0404', url: 'https://www.0404.go.kr/' }],
  translations: {
    en: { title: 'Sihanoukville: leave the area', summary: 'Scam compounds hold workers.', url: `${SITE}/en/advisories/kh-sihanoukville/` },
    ko: { title: '시아누크빌: 출국 권고', summary: '사기 작업장이 노동자를 감금합니다.', url: `${SITE}/ko/advisories/kh-sihanoukville/` },
    km: { title: 'ក្រុងព្រះសីហនុ', summary: 'មជ្ឈមណ្ឌលបោកប្រាស់', url: `${SITE}/km/advisories/kh-sihanoukville/` },
  },
}

const HOSTILE = `<script>alert("x")</script> & 'quoted'`

// Level 4, no Khmer yet, and a title that tries to break out of the markup.
const myawaddy: AdvisoryForFeed = {
  id: 'mm-myawaddy',
  kind: 'advisory',
  level: '4',
  country: 'MM',
  regions: [{ id: 'myawaddy', name: 'Myawaddy' }],
  issued: '2023-11-20',
  updated: '2025-04-02',
  sources: [],
  translations: {
    en: { title: HOSTILE, summary: `Summary ${HOSTILE}`, url: `${SITE}/en/advisories/mm-myawaddy/?q="'<>` },
    ko: { title: '미야와디: 여행금지', summary: '여행금지 지역입니다.', url: `${SITE}/ko/advisories/mm-myawaddy/` },
  },
}

const jobOffers: AdvisoryForFeed = {
  id: 'guide-job-offers',
  kind: 'guide',
  regions: [],
  issued: '2024-01-10',
  updated: '2024-12-05',
  sources: [],
  translations: {
    en: { title: 'Checking a job offer', summary: 'Five checks.', url: `${SITE}/en/guides/job-offers/` },
    km: { title: 'ការពិនិត្យការងារ', summary: 'ការពិនិត្យប្រាំ', url: `${SITE}/km/guides/job-offers/` },
  },
}

function withLevel(level: AdvisoryLevel): AdvisoryForFeed {
  return { ...sihanoukville, level }
}

function capRoot(advisory: AdvisoryForFeed, options: Partial<CapAlertOptions> = {}): XmlElement {
  return parseXml(capAlert(advisory, { ...CAP_OPTIONS, ...options })).root
}

function texts(parent: XmlElement, name: string): string[] {
  return childrenNamed(parent, name).map(textOf)
}

// ---------------------------------------------------------------------------------------

describe('the test XML parser', () => {
  it('reads elements, attributes, entities, CDATA and namespaces', () => {
    const doc = parseXml(
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><p:a xmlns:p="urn:x" xmlns="urn:d" k='v &amp; "q"' t="a\tb">` +
        `x &lt;&#65;&#x1F600;<![CDATA[<raw>&]]><b/><?pi data?></p:a>\n`,
    )
    expect(doc.version).toBe('1.0')
    expect(doc.encoding).toBe('UTF-8')
    expect(doc.root).toEqual({
      name: 'p:a',
      namespace: 'urn:x',
      attributes: { 'xmlns:p': 'urn:x', xmlns: 'urn:d', k: 'v & "q"', t: 'a b' },
      children: ['x <A😀<raw>&', { name: 'b', namespace: 'urn:d', attributes: {}, children: [] }],
    })
  })

  it.each([
    ['two roots', '<a/><b/>'],
    ['a mismatched end tag', '<a><b></a></b>'],
    ['an unclosed element', '<a><b/>'],
    ['a bare ampersand', '<a>Tom & Jerry</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['"<" in an attribute', '<a b="<"/>'],
    ['an unquoted attribute', '<a b=c/>'],
    ['a duplicate attribute', '<a b="1" b="2"/>'],
    ['attributes run together', '<a b="1"c="2"/>'],
    ['an undeclared prefix', '<p:a/>'],
    ['an undeclared attribute prefix', '<a q:b="1"/>'],
    ['a control character', '<a>\u0001</a>'],
    ['a reference to a control character', '<a>&#1;</a>'],
    ['a reference to U+FFFE', '<a>&#xFFFE;</a>'],
    ['a lone surrogate', '<a>\uD800</a>'],
    ['"]]>" in text', '<a>]]></a>'],
    ['"--" in a comment', '<a><!-- a -- b --></a>'],
    ['a late XML declaration', ' <?xml version="1.0"?><a/>'],
    ['a DOCTYPE', '<!DOCTYPE a><a/>'],
    ['text after the root', '<a/>x'],
    ['no root', '<?xml version="1.0"?>'],
    ['a name starting with a digit', '<1a/>'],
  ])('rejects %s', (_, xml) => {
    expect(() => parseXml(xml)).toThrow()
  })
})

describe('sequenceProblems', () => {
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

describe('capDateTime', () => {
  it.each([
    ['2025-03-01', '2025-03-01T00:00:00+00:00'],
    ['2025-03-01T09:30:00.123+09:00', '2025-03-01T00:30:00+00:00'],
    ['2025-03-01T23:59:59Z', '2025-03-01T23:59:59+00:00'],
    [new Date(Date.UTC(2025, 2, 1, 4, 5, 6, 789)), '2025-03-01T04:05:06+00:00'],
  ])('writes %s as %s', (input, expected) => {
    expect(capDateTime(input)).toBe(expected)
    expect(capDateTime(input)).toMatch(CAP_DATE_TIME)
  })

  it.each(['2025-03-01T09:30:00', 'yesterday', '2025-13-45', ''])('refuses %j', (input) => {
    expect(() => capDateTime(input)).toThrow()
  })

  it('has a format check that rejects Z and fractions', () => {
    expect(CAP_DATE_TIME.test('2025-03-01T00:00:00Z')).toBe(false)
    expect(CAP_DATE_TIME.test('2025-03-01T00:00:00.000+00:00')).toBe(false)
  })
})

describe('capAlert', () => {
  it('writes a CAP 1.2 alert that passes every check', () => {
    expect(capProblems(capAlert(sihanoukville, CAP_OPTIONS))).toEqual([])
    expect(capProblems(capAlert(myawaddy, CAP_OPTIONS))).toEqual([])
  })

  it('uses the CAP 1.2 namespace as the default namespace', () => {
    const xml = capAlert(sihanoukville, CAP_OPTIONS)
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">')).toBe(true)
    expect(parseXml(xml).root.namespace).toBe(CAP_NS)
  })

  it('writes the alert block in spec order with fixed status, type and scope', () => {
    const alert = capRoot(sihanoukville)
    expect(elementsOf(alert).map((e) => e.name)).toEqual([
      'identifier', 'sender', 'sent', 'status', 'msgType', 'scope', 'info', 'info', 'info',
    ])
    expect(['identifier', 'sender', 'sent', 'status', 'msgType', 'scope'].map((name) => textOf(onlyChild(alert, name)))).toEqual([
      'homeward.example.advisory.kh-sihanoukville.2025-03-01',
      'alerts@homeward.example',
      '2025-03-01T00:00:00+00:00',
      'Actual',
      'Alert',
      'Public',
    ])
  })

  it('takes sent from the caller, without fractions of a second', () => {
    const alert = capRoot(sihanoukville, { sent: new Date('2025-03-02T10:11:12.345Z') })
    expect(textOf(onlyChild(alert, 'sent'))).toBe('2025-03-02T10:11:12+00:00')
  })

  it('writes one info per available language, in the order ko, km, en', () => {
    const languages = (advisory: AdvisoryForFeed) =>
      childrenNamed(capRoot(advisory), 'info').map((info) => textOf(onlyChild(info, 'language')))
    expect(languages(sihanoukville)).toEqual(['ko-KR', 'km-KH', 'en-US'])
    expect(languages(myawaddy)).toEqual(['ko-KR', 'en-US'])
    expect(languages({ ...sihanoukville, translations: { en: sihanoukville.translations.en } })).toEqual(['en-US'])
  })

  it('fills each info from its own translation', () => {
    const infos = childrenNamed(capRoot(sihanoukville), 'info')
    const km = infos[1]!
    expect(elementsOf(km).map((e) => e.name)).toEqual([
      'language', 'category', 'category', 'event', 'responseType', 'urgency', 'severity', 'certainty',
      'eventCode', 'effective', 'expires', 'senderName', 'headline', 'description', 'web', 'area',
    ])
    const value = (name: string) => textOf(onlyChild(km, name))
    expect({
      event: value('event'),
      effective: value('effective'),
      expires: value('expires'),
      senderName: value('senderName'),
      headline: value('headline'),
      description: value('description'),
      web: value('web'),
    }).toEqual({
      event: 'កម្រិត ៣',
      effective: '2024-09-01T00:00:00+00:00',
      expires: '2025-09-01T00:00:00+00:00',
      senderName: 'Homeward',
      headline: 'ក្រុងព្រះសីហនុ',
      description: 'មជ្ឈមណ្ឌលបោកប្រាស់',
      web: `${SITE}/km/advisories/kh-sihanoukville/`,
    })
    expect(infos.map((info) => textOf(onlyChild(info, 'event')))).toEqual(['3단계 출국권고', 'កម្រិត ៣', 'Level 3: Leave the area'])
  })

  it('describes the area with every region and geocodes the ones with an ISO 3166-2 code', () => {
    for (const info of childrenNamed(capRoot(sihanoukville), 'info')) {
      const area = onlyChild(info, 'area')
      expect(textOf(onlyChild(area, 'areaDesc'))).toBe('Preah Sihanouk, Bavet, Oddar Meanchey')
      expect(
        childrenNamed(area, 'geocode').map((g) => [textOf(onlyChild(g, 'valueName')), textOf(onlyChild(g, 'value'))]),
      ).toEqual([
        ['ISO3166-2', 'KH-18'],
        ['ISO3166-2', 'KH-22'],
      ])
    }
  })

  it('leaves expires out when the advisory has none and takes senderName per language', () => {
    const infos = childrenNamed(capRoot(myawaddy, { senderName: { ko: '홈워드' } }), 'info')
    expect(infos.map((info) => childrenNamed(info, 'expires').length)).toEqual([0, 0])
    expect(infos.map((info) => textOf(onlyChild(info, 'senderName')))).toEqual(['홈워드', 'Homeward'])
  })

  it.each([
    ['4', ['Safety', 'Security'], ['Avoid', 'Evacuate'], 'Extreme'],
    ['3', ['Safety', 'Security'], ['Avoid'], 'Severe'],
    ['2.5', ['Safety'], ['Monitor'], 'Moderate'],
    ['2', ['Safety'], ['Monitor'], 'Moderate'],
    ['1', ['Safety'], ['Monitor'], 'Minor'],
  ] as const)('maps level %s to %j, %j, %s', (level, categories, responseTypes, severity) => {
    const info = childrenNamed(capRoot(withLevel(level)), 'info')[2]!
    expect({
      category: texts(info, 'category'),
      responseType: texts(info, 'responseType'),
      urgency: texts(info, 'urgency'),
      severity: texts(info, 'severity'),
      certainty: texts(info, 'certainty'),
      event: texts(info, 'event'),
      eventCode: texts(onlyChild(info, 'eventCode'), 'value'),
    }).toEqual({
      category: categories,
      responseType: responseTypes,
      urgency: ['Expected'],
      severity: [severity],
      certainty: ['Likely'],
      event: [LEVEL_NAMES.en[level]],
      eventCode: [level],
    })
  })

  it('escapes hostile text in every element', () => {
    const xml = capAlert(myawaddy, CAP_OPTIONS)
    expect(xml).not.toContain('<script>')
    const en = childrenNamed(parseXml(xml).root, 'info')[1]!
    expect(textOf(onlyChild(en, 'headline'))).toBe(HOSTILE)
    expect(textOf(onlyChild(en, 'description'))).toBe(`Summary ${HOSTILE}`)
    expect(textOf(onlyChild(en, 'web'))).toBe(`${SITE}/en/advisories/mm-myawaddy/?q="'<>`)
    const regions = capRoot({ ...myawaddy, regions: [{ id: 'x', name: HOSTILE, iso3166_2: '<&>' }] })
    const area = onlyChild(childrenNamed(regions, 'info')[0]!, 'area')
    expect(textOf(onlyChild(area, 'areaDesc'))).toBe(HOSTILE)
    expect(textOf(onlyChild(onlyChild(area, 'geocode'), 'value'))).toBe('<&>')
  })

  it('strips control characters from the text it is given', () => {
    const advisory = { ...myawaddy, translations: { en: { ...myawaddy.translations.en!, title: 'Bad\u0000 ti\u001Ftle\uFFFF' } } }
    expect(textOf(onlyChild(childrenNamed(capRoot(advisory), 'info')[0]!, 'headline'))).toBe('Bad title')
  })

  it('writes the same bytes on every build', () => {
    expect(capAlert(sihanoukville, CAP_OPTIONS)).toBe(capAlert(structuredClone(sihanoukville), CAP_OPTIONS))
  })

  it('refuses guides, levelless advisories and input CAP cannot carry', () => {
    expect(() => capAlert(jobOffers, CAP_OPTIONS)).toThrow(/guide/)
    expect(() => capAlert({ ...sihanoukville, level: undefined }, CAP_OPTIONS)).toThrow(/level/)
    expect(() => capAlert(sihanoukville, { ...CAP_OPTIONS, sender: 'Homeward, Seoul' })).toThrow(/sender/)
    expect(() => capAlert({ ...sihanoukville, id: 'kh sihanoukville' }, CAP_OPTIONS)).toThrow(/slug/)
    expect(() => capAlert({ ...sihanoukville, translations: {} }, CAP_OPTIONS)).toThrow(/translation/)
    expect(() => capAlert(sihanoukville, { ...CAP_OPTIONS, levelNames: { ...LEVEL_NAMES, km: {} as Record<AdvisoryLevel, string> } })).toThrow(/levelNames\.km/)
    const relative = { ...sihanoukville, translations: { en: { ...sihanoukville.translations.en!, url: '/en/x/' } } }
    expect(() => capAlert(relative, CAP_OPTIONS)).toThrow(/absolute/)
  })

  it('writes no area for an advisory without regions or country', () => {
    const info = childrenNamed(capRoot({ ...myawaddy, regions: [], country: undefined }), 'info')[0]!
    expect(childrenNamed(info, 'area')).toEqual([])
    const byCountry = childrenNamed(capRoot({ ...myawaddy, regions: [] }), 'info')[0]!
    expect(textOf(onlyChild(onlyChild(byCountry, 'area'), 'areaDesc'))).toBe('MM')
  })
})

describe('capProblems catches broken CAP (so the checks above can fail)', () => {
  const good = capAlert(sihanoukville, CAP_OPTIONS)

  it.each([
    ['identifier after sender', good.replace(/(<identifier>[^<]*<\/identifier>)(<sender>[^<]*<\/sender>)/, '$2$1'), /identifier/],
    ['severity before urgency', good.replace(/(<urgency>[^<]*<\/urgency>)(<severity>[^<]*<\/severity>)/g, '$2$1'), /urgency/],
    ['a Z date-time', good.replace('2025-03-01T00:00:00+00:00</sent>', '2025-03-01T00:00:00Z</sent>'), /<sent>/],
    ['a fractional expires', good.replace(/<expires>[^<]*/, '<expires>2025-09-01T00:00:00.000+00:00'), /<expires>/],
    ['an invented severity', good.replace('<severity>Severe<', '<severity>High<'), /High/],
    ['a missing urgency', good.replace(/<urgency>[^<]*<\/urgency>/, ''), /urgency> is missing/],
    ['the wrong namespace', good.replace(CAP_NS, 'urn:oasis:names:tc:emergency:cap:1.1'), /namespace|root/],
    ['a comma in the identifier', good.replace('kh-sihanoukville.2025', 'kh,sihanoukville.2025'), /identifier/],
    ['an unknown language', good.replace('<language>km-KH<', '<language>km<'), /language km/],
    ['malformed markup', good.replace('</sender>', '</sendr>'), /not well-formed/],
  ])('flags %s', (_, xml, problem) => {
    expect(xml).not.toBe(good)
    expect(capProblems(xml).join('\n')).toMatch(problem)
  })
})

describe('atomFeed', () => {
  const feedFor = (lang: Lang, entries = [sihanoukville, myawaddy, jobOffers]) =>
    atomFeed({ lang, siteUrl: `${SITE}/${lang}/`, feedUrl: `${SITE}/${lang}/feed.xml`, title: `Homeward (${lang})`, entries })

  it.each(['ko', 'km', 'en'] as const)('writes a valid Atom feed in %s', (lang) => {
    expect(atomProblems(feedFor(lang))).toEqual([])
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

describe('atomProblems catches broken feeds (so the checks above can fail)', () => {
  const good = atomFeed({ lang: 'en', siteUrl: SITE, feedUrl: `${SITE}/en/feed.xml`, title: 't', entries: [sihanoukville] })

  it.each([
    ['an entry without an id', good.replace(/<entry><id>[^<]*<\/id>/, '<entry>'), /entry 0 has 0 <id>/],
    ['an http entry id', good.replace(/<entry><id>tag:[^<]*/, '<entry><id>https://homeward.example/x'), /tag: or urn:/],
    ['an entry without a link', good.replace(/<link rel="alternate"[^>]*hreflang="en" href="[^"]*advisories[^"]*"\/>/, ''), /no alternate link/],
    ['a feed without updated', good.replace(/<updated>[^<]*<\/updated>/, ''), /feed has 0 <updated>/],
    ['a date without a zone', good.replaceAll('<updated>2025-03-01T00:00:00Z<', '<updated>2025-03-01T00:00:00<'), /updated is not RFC 3339/],
    ['no self link', good.replace('rel="self"', 'rel="related"'), /rel=self/],
    ['the wrong namespace', good.replace(ATOM_NS, 'http://purl.org/atom/ns#'), /root/],
  ])('flags %s', (_, xml, problem) => {
    expect(xml).not.toBe(good)
    expect(atomProblems(xml).join('\n')).toMatch(problem)
  })
})

describe('capIndex', () => {
  const alerts = [sihanoukville, myawaddy].map((advisory) => ({
    id: capIdentifier(advisory, SITE),
    title: advisory.translations.en!.title,
    updated: advisory.updated,
    capUrl: `${SITE}/cap/${advisory.id}.xml`,
  }))
  const xml = capIndex({ siteUrl: SITE, feedUrl: `${SITE}/cap/index.xml`, alerts })

  it('writes a valid Atom feed of CAP links', () => {
    expect(capIndexProblems(xml)).toEqual([])
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
      alerts: [{ id: 'a.b', title: HOSTILE, updated: '2025-01-01', capUrl: `${SITE}/cap/x.xml?q="'<>` }],
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
