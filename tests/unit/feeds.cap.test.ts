import { describe, expect, it } from 'vitest'
import { capAlert, capDateTime, type AdvisoryForFeed } from '../../core/feeds'
import type { AdvisoryLevelText } from '../../core/places'
import { element } from '../../core/xml'
import { capAreasFor, capRing, CAP_MAX_POLYGON_POINTS, POINT_AREAS } from '../../core/cap-areas'
import {
  childrenNamed,
  elementsOf,
  onlyChild,
  parseXml,
  textOf,
  type XmlElement,
} from './xml-dom'
import { CAP_NS, capProfileProblems, capSchemaErrors } from './schemas'
import {
  SITE,
  LEVEL_NAMES,
  CAP_DATE_TIME,
  INSTRUCTIONS,
  CONTACT,
  CAP_OPTIONS,
  SHAPES,
  sihanoukville,
  HOSTILE,
  myawaddy,
  jobOffers,
  withLevel,
  capRoot,
  texts,
} from './feed-fixtures'

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
    expect(() => capAlert(sihanoukville, { ...CAP_OPTIONS, levelNames: { ...LEVEL_NAMES, km: {} as Record<AdvisoryLevelText, string> } })).toThrow(/levelNames\.km/)
    const relative = { ...sihanoukville, translations: { en: { ...sihanoukville.translations.en!, url: '/en/x/' } } }
    expect(() => capAlert(relative, CAP_OPTIONS)).toThrow(/absolute/)
    expect(() => capAlert(sihanoukville, { ...CAP_OPTIONS, instructions: { ...INSTRUCTIONS, ko: {} as Record<AdvisoryLevelText, string> } })).toThrow(/instructions\.ko/)
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

