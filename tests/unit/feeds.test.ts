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
import { capAreasFor, capRing, CAP_MAX_POLYGON_POINTS, POINT_AREAS, type ProvinceShape } from '../../core/cap-areas'
import { childrenNamed, elementsOf, onlyChild, parseXml, sequenceProblems, textOf, type XmlElement } from './xml-dom'
import { ATOM_NS, CAP_NS, atomSchemaErrors, capIndexProblems, capProfileProblems, capSchemaErrors } from './schemas'

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

// CAP's date-time: no Z, no fractions (CAP 1.2 §3.3.2).
const CAP_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/

const INSTRUCTIONS: CapAlertOptions['instructions'] = {
  ko: { '1': '안전 위험을 확인하십시오.', '2': '여행을 자제하십시오.', '2.5': '여행을 취소하십시오.', '3': '출국하십시오.', '4': '방문하지 마십시오.' },
  km: { '1': 'ដឹងពីហានិភ័យ។', '2': 'ជៀសវាងការធ្វើដំណើរ។', '2.5': 'ជៀសវាង។', '3': 'ចាកចេញ។', '4': 'កុំធ្វើដំណើរ។' },
  en: { '1': 'Know the risks.', '2': 'Avoid travel.', '2.5': 'Avoid travel there.', '3': 'Leave.', '4': 'Do not travel there.' },
}
const CONTACT: CapAlertOptions['contact'] = {
  ko: '외교부 영사콜센터: +82-2-3210-0404',
  km: 'មជ្ឈមណ្ឌលកុងស៊ុល៖ +82-2-3210-0404',
  en: 'Consular call centre: +82-2-3210-0404',
}

const CAP_OPTIONS: CapAlertOptions = {
  sender: 'alerts@homeward.example',
  siteUrl: SITE,
  levelNames: LEVEL_NAMES,
  instructions: INSTRUCTIONS,
  contact: CONTACT,
}

// A square "province" and a two-piece one (mainland and an island), in GeoJSON's [lon, lat].
const SHAPES: ProvinceShape[] = [
  { properties: { shapeISO: 'KH-18' }, geometry: { type: 'MultiPolygon', coordinates: [[[[103.5, 10.5], [103.6, 10.5], [103.6, 10.6], [103.5, 10.5]]], [[[103.0, 10.0], [104.0, 10.0], [104.0, 11.0], [103.0, 11.0], [103.0, 10.0]]]] } },
  { properties: { shapeISO: 'KH-22' }, geometry: { type: 'Polygon', coordinates: [[[103.0, 14.0], [104.0, 14.0], [104.0, 14.5], [103.0, 14.0]]] } },
]


const sihanoukville: AdvisoryForFeed = {
  id: 'kh-sihanoukville',
  kind: 'advisory',
  level: '3',
  country: 'KH',
  regions: [
    { id: 'kh-sihanoukville', name: 'Preah Sihanouk', names: { ko: '시아누크빌', km: 'ព្រះសីហនុ' }, iso3166_2: 'KH-18', areas: capAreasFor({ id: 'kh-sihanoukville', kind: 'province', iso: 'KH-18' }, SHAPES) },
    { id: 'kh-bavet', name: 'Bavet', areas: capAreasFor({ id: 'kh-bavet', kind: 'town' }, SHAPES) },
    { id: 'kh-oddar-meanchey', name: 'Oddar Meanchey', iso3166_2: 'KH-22' },
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
  regions: [{ id: 'mm-myawaddy', name: 'Myawaddy', areas: capAreasFor({ id: 'mm-myawaddy', kind: 'town' }, SHAPES) }],
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
  it('writes CAP 1.2 alerts the OASIS schema accepts', async () => {
    expect(await capSchemaErrors(capAlert(sihanoukville, CAP_OPTIONS))).toEqual([])
    expect(await capSchemaErrors(capAlert(myawaddy, CAP_OPTIONS))).toEqual([])
  })

  it('meets the aggregator profile: expires, instruction, contact and geometry in every info', () => {
    expect(capProfileProblems(capAlert(sihanoukville, CAP_OPTIONS))).toEqual([])
    expect(capProfileProblems(capAlert(myawaddy, CAP_OPTIONS))).toEqual([])
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
      'eventCode', 'effective', 'expires', 'senderName', 'headline', 'description', 'instruction', 'web', 'contact',
      'area', 'area', 'area', 'area',
    ])
    const value = (name: string) => textOf(onlyChild(km, name))
    expect({
      event: value('event'),
      effective: value('effective'),
      expires: value('expires'),
      senderName: value('senderName'),
      headline: value('headline'),
      description: value('description'),
      instruction: value('instruction'),
      web: value('web'),
      contact: value('contact'),
    }).toEqual({
      event: 'កម្រិត ៣',
      effective: '2024-09-01T00:00:00+00:00',
      expires: '2025-09-01T00:00:00+00:00',
      senderName: 'Homeward',
      headline: 'ក្រុងព្រះសីហនុ',
      description: 'មជ្ឈមណ្ឌលបោកប្រាស់',
      instruction: 'ចាកចេញ។',
      web: `${SITE}/km/advisories/kh-sihanoukville/`,
      contact: 'មជ្ឈមណ្ឌលកុងស៊ុល៖ +82-2-3210-0404',
    })
    expect(infos.map((info) => textOf(onlyChild(info, 'event')))).toEqual(['3단계 출국권고', 'កម្រិត ៣', 'Level 3: Leave the area'])
  })

  it('gives each piece of land its own area, named in the info\'s language, with a polygon, circle or geocode', () => {
    const areasIn = (info: XmlElement) =>
      childrenNamed(info, 'area').map((area) => ({
        areaDesc: textOf(onlyChild(area, 'areaDesc')),
        polygon: childrenNamed(area, 'polygon').map(textOf),
        circle: childrenNamed(area, 'circle').map(textOf),
        geocode: childrenNamed(area, 'geocode').map((g) => `${textOf(onlyChild(g, 'valueName'))} ${textOf(onlyChild(g, 'value'))}`),
      }))
    const [ko, km, en] = childrenNamed(capRoot(sihanoukville), 'info')
    expect(areasIn(en!)).toEqual([
      // The island: its own area; the province code goes with the mainland only.
      { areaDesc: 'Preah Sihanouk', polygon: ['10.5,103.5 10.5,103.6 10.6,103.6 10.5,103.5'], circle: [], geocode: [] },
      { areaDesc: 'Preah Sihanouk', polygon: ['10,103 10,104 11,104 11,103 10,103'], circle: [], geocode: ['ISO3166-2 KH-18'] },
      { areaDesc: 'Bavet', polygon: [], circle: ['11.07,106.16 8'], geocode: [] },
      { areaDesc: 'Oddar Meanchey', polygon: [], circle: [], geocode: ['ISO3166-2 KH-22'] },
    ])
    expect(areasIn(ko!).map((a) => a.areaDesc)).toEqual(['시아누크빌', '시아누크빌', 'Bavet', 'Oddar Meanchey'])
    expect(areasIn(km!).map((a) => a.areaDesc)).toEqual(['ព្រះសីហនុ', 'ព្រះសីហនុ', 'Bavet', 'Oddar Meanchey'])
  })

  it('places an advisory without regions by its country code', () => {
    const info = childrenNamed(capRoot({ ...myawaddy, regions: [] }), 'info')[0]!
    const area = onlyChild(info, 'area')
    expect([textOf(onlyChild(area, 'areaDesc')), textOf(onlyChild(onlyChild(area, 'geocode'), 'value'))]).toEqual(['MM', 'MM'])
  })

  it('refuses a region it cannot place on a map', () => {
    const unplaced = { ...myawaddy, regions: [{ id: 'mm-somewhere', name: 'Somewhere' }] }
    expect(() => capAlert(unplaced, CAP_OPTIONS)).toThrow(/mm-somewhere.*polygon, circle or geocode/)
    const open = { ...myawaddy, regions: [{ id: 'x', name: 'X', areas: [{ polygons: [[[1, 1], [1, 2], [2, 2], [2, 1]] as Array<[number, number]>] }] }] }
    expect(() => capAlert(open, CAP_OPTIONS)).toThrow(/closed ring/)
  })

  it('expires on the advisory\'s review date, else a year after its last update', () => {
    const expiresOf = (advisory: AdvisoryForFeed) => childrenNamed(capRoot(advisory), 'info').map((info) => textOf(onlyChild(info, 'expires')))
    expect(expiresOf(sihanoukville)).toEqual(Array(3).fill('2025-09-01T00:00:00+00:00'))
    expect(expiresOf(myawaddy)).toEqual(Array(2).fill('2026-04-02T00:00:00+00:00'))
  })

  it('takes senderName per language', () => {
    const infos = childrenNamed(capRoot(myawaddy, { senderName: { ko: '홈워드' } }), 'info')
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
    expect(() => capAlert(sihanoukville, { ...CAP_OPTIONS, instructions: { ...INSTRUCTIONS, ko: {} as Record<AdvisoryLevel, string> } })).toThrow(/instructions\.ko/)
    expect(() => capAlert(sihanoukville, { ...CAP_OPTIONS, contact: { ...CONTACT, en: '' } })).toThrow(/contact\.en/)
  })

  it('writes no area for an advisory without regions or country', () => {
    const info = childrenNamed(capRoot({ ...myawaddy, regions: [], country: undefined }), 'info')[0]!
    expect(childrenNamed(info, 'area')).toEqual([])
    const byCountry = childrenNamed(capRoot({ ...myawaddy, regions: [] }), 'info')[0]!
    expect(textOf(onlyChild(onlyChild(byCountry, 'area'), 'areaDesc'))).toBe('MM')
  })
})

describe('the CAP schema and profile checks catch broken CAP (so the checks above can fail)', () => {
  const good = capAlert(sihanoukville, CAP_OPTIONS)

  it.each([
    ['identifier after sender', good.replace(/(<identifier>[^<]*<\/identifier>)(<sender>[^<]*<\/sender>)/, '$2$1'), /sender/],
    ['severity before urgency', good.replace(/(<urgency>[^<]*<\/urgency>)(<severity>[^<]*<\/severity>)/g, '$2$1'), /severity/],
    ['a Z date-time', good.replace('2025-03-01T00:00:00+00:00</sent>', '2025-03-01T00:00:00Z</sent>'), /sent/],
    ['a fractional expires', good.replace(/<expires>[^<]*/, '<expires>2025-09-01T00:00:00.000+00:00'), /expires/],
    ['an invented severity', good.replace('<severity>Severe<', '<severity>High<'), /severity/],
    ['a missing urgency', good.replace(/<urgency>[^<]*<\/urgency>/, ''), /severity/],
    ['the wrong namespace', good.replace(CAP_NS, 'urn:oasis:names:tc:emergency:cap:1.1'), /alert/],
    ['an element CAP does not have', good.replace('<scope>Public</scope>', '<scope>Public</scope><colour>red</colour>'), /colour/],
  ])('the schema flags %s', async (_, xml, problem) => {
    expect(xml).not.toBe(good)
    expect((await capSchemaErrors(xml)).join('\n')).toMatch(problem)
  })

  it('the schema refuses markup that is not well-formed', async () => {
    expect(await capSchemaErrors(good.replace('</sender>', '</sendr>'))).not.toEqual([])
  })

  it.each([
    ['an info without expires', good.replace(/<expires>[^<]*<\/expires>/, ''), /ko-KR: no <expires>/],
    ['expires before sent', good.replace(/<expires>[^<]*<\/expires>/, '<expires>2020-01-01T00:00:00+00:00</expires>'), /not after <sent>/],
    ['an info without instruction', good.replace(/<instruction>[^<]*<\/instruction>/, ''), /no <instruction>/],
    ['an info without contact', good.replace(/<contact>[^<]*<\/contact>/, ''), /no <contact>/],
    ['an unverified number', good.replace('+82-2-3210-0404</contact>', '+855-23-211-900</contact>'), /\+855-23-211-900, not a verified number/],
    ['a Korean info in English', good.replace('<instruction>출국하십시오.</instruction>', '<instruction>Leave.</instruction>'), /<instruction> is not in ko/],
    ['an area with only a description', good.replace(/<circle>[^<]*<\/circle>/g, ''), /\(Bavet\): no polygon, circle or geocode/],
    ['an open polygon', good.replace(/(<polygon>[^<]*) 10,103<\/polygon>/g, '$1 10.1,103</polygon>'), /polygon is not closed/],
    ['a polygon past the point limit', good.replace(/<polygon>[^<]*<\/polygon>/, `<polygon>${Array(101).fill('10,103').join(' ')}</polygon>`), /101 points, more than 100/],
    ['an undeclared geocode scheme', good.replaceAll('ISO3166-2', 'PROVINCE'), /scheme PROVINCE is not declared/],
  ])('the profile flags %s', (_, xml, problem) => {
    expect(xml).not.toBe(good)
    expect(capProfileProblems(xml).join('\n')).toMatch(problem)
  })
})

describe('CAP polygons from province shapes', () => {
  it('simplifies a ring to the point limit, closed, in lat,lon order', () => {
    const ring = Array.from({ length: 400 }, (_, i) => {
      const a = (i / 400) * 2 * Math.PI
      return [104 + Math.cos(a) + 0.01 * Math.sin(17 * a), 12 + Math.sin(a)]
    })
    const cap = capRing([...ring, ring[0]!])
    expect(cap.length).toBeLessThanOrEqual(CAP_MAX_POLYGON_POINTS)
    expect(cap.length).toBeGreaterThan(20)
    expect(cap[0]).toEqual(cap.at(-1))
    expect(cap.every(([lat, lon]) => lat > 10.9 && lat < 13.1 && lon > 102.9 && lon < 105.1)).toBe(true)
  })

  it('uses a documented circle for towns and zones, and refuses a place it has no geometry for', () => {
    expect(capAreasFor({ id: 'kh-poipet', kind: 'town' }, SHAPES)).toEqual([{ circles: [{ lat: 13.66, lon: 102.56, radiusKm: 8 }] }])
    expect(Object.values(POINT_AREAS).every((p) => p.basis.length > 20)).toBe(true)
    expect(capAreasFor({ id: 'mm-shan', kind: 'province' }, SHAPES)).toEqual([{ geocodes: [{ valueName: 'ISO3166-2', value: 'MM-17' }] }])
    expect(() => capAreasFor({ id: 'mm-tachileik', kind: 'town' }, SHAPES)).toThrow(/mm-tachileik/)
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
