import { describe, expect, it } from 'vitest'
import { ADVISORY_SOURCES, COMPOUND_SOURCES, PLACES, advisoryOf, findPlaces, getPlace, levelOf, placeTable } from '../../core/gazetteer'
import { normalizeText } from '../../core/offer-check/normalize'
import { matchPlaceTable, offerPlaceTable } from '../../core/place-table'
import { inlinedPlaceTable } from '../../scripts/place-table.mjs'

describe('PLACES', () => {
  it('has unique ids whose parents exist and whose prefix is their country', () => {
    const ids = PLACES.map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const place of PLACES) {
      if (place.parent) expect(getPlace(place.parent), `${place.id} → ${place.parent}`).toBeDefined()
      expect(place.id === place.country || place.id.startsWith(place.country + '-'), place.id).toBe(true)
      expect(place.names.en.length).toBeGreaterThan(0)
      expect(place.names.ko).toMatch(/[가-힣]/)
      if (place.names.km) expect(place.names.km).toMatch(/^[\u1780-\u17ff ]+$/)
    }
  })

  it('lists all 25 Cambodian provinces with their ISO 3166-2 codes, once each', () => {
    const provinces = PLACES.filter((p) => p.country === 'kh' && p.kind === 'province')
    expect(provinces).toHaveLength(25)
    expect(new Set(provinces.map((p) => p.iso))).toEqual(new Set(Array.from({ length: 25 }, (_, i) => `KH-${i + 1}`)))
    for (const p of provinces) expect(p.names.km, p.id).toMatch(/[\u1780-\u17ff]/)
  })

  it('carries the 0404 levels in force on 2025-12-04', () => {
    const expected: Record<string, number | null> = {
      'kh-bokor': 4, 'kh-bavet': 4, 'kh-poipet': 4,
      'kh-sihanoukville': 3,
      'kh-oddar-meanchey': 2.5, 'kh-preah-vihear': 2.5, 'kh-banteay-meanchey': 2.5, 'kh-pailin': 2.5,
      'kh-battambang': 2.5, 'kh-pursat': 2.5, 'kh-koh-kong': 2.5,
      'kh-phnom-penh': 2,
      'kh-siem-reap': 1, 'kh-mondulkiri': 1, 'kh-kampot': 1, 'kh-svay-rieng': 1,
      'mm-myawaddy': 4, 'mm-shan': 4, 'mm-kayah': 4, 'la-golden-triangle-sez': 4, 'th-tak': 2,
      kh: null, mm: null, la: null, th: null, 'mm-shwe-kokko': null, 'th-mae-sot': null,
    }
    for (const [id, level] of Object.entries(expected)) expect(getPlace(id)?.level, id).toBe(level)
    // Every other Cambodian province went from 2 to 1 on 2025-12-04.
    const named = new Set(Object.keys(expected))
    for (const p of PLACES.filter((p) => p.country === 'kh' && p.kind === 'province' && !named.has(p.id))) expect(p.level, p.id).toBe(1)
  })

  it('gives a source for every level, and no source without a level', () => {
    for (const place of PLACES) {
      const source = ADVISORY_SOURCES[place.id]
      if (place.level === null) expect(source, place.id).toBeUndefined()
      else {
        expect(source, place.id).toBeDefined()
        expect(source!.sources.length, place.id).toBeGreaterThan(0)
        for (const url of source!.sources) expect(url).toMatch(/^https?:\/\/\S+$/)
      }
    }
    for (const id of Object.keys(ADVISORY_SOURCES)) expect(getPlace(id), id).toBeDefined()
  })

  it('marks the Myawaddy date as unverified rather than inventing one', () => {
    expect(ADVISORY_SOURCES['mm-myawaddy']).toMatchObject({ since: null, note: expect.stringContaining('UNVERIFIED') })
  })

  it('gives a source for every compound area', () => {
    const marked = PLACES.filter((p) => p.compounds).map((p) => p.id).sort()
    expect(Object.keys(COMPOUND_SOURCES).sort()).toEqual(marked)
  })
})

describe('advisoryOf', () => {
  it('returns a place\'s own level with its sources', () => {
    expect(advisoryOf('kh-kampot')).toMatchObject({ level: 1, placeId: 'kh-kampot', since: '2025-12-04' })
    expect(advisoryOf('kh-kampot')!.inheritedFrom).toBeUndefined()
  })

  it('falls back to the enclosing place and says so', () => {
    expect(advisoryOf('mm-kk-park')).toMatchObject({ level: 4, placeId: 'mm-myawaddy', inheritedFrom: 'mm-myawaddy' })
    expect(advisoryOf('th-mae-sot')).toMatchObject({ level: 2, inheritedFrom: 'th-tak' })
    expect(levelOf('mm-tachileik')).toBe(4)
  })

  it('does not give a country a single level', () => {
    expect(advisoryOf('kh')).toBeNull()
    expect(levelOf('mm-kayin')).toBeNull()
    expect(advisoryOf('no-such-place')).toBeNull()
  })
})

describe('findPlaces', () => {
  const ids = (text: string) => findPlaces(text).map((h) => h.placeId)

  it.each([
    ['Work in Sihanoukville', 'kh-sihanoukville', 'Sihanoukville'],
    ['근무지: 시아누크빌', 'kh-sihanoukville', '시아누크빌'],
    ['ធ្វើការនៅក្រុងព្រះសីហនុ', 'kh-sihanoukville', 'ក្រុងព្រះសីហនុ'],
    ['office in Poi Pet', 'kh-poipet', 'Poi Pet'],
    ['포이펫 온라인', 'kh-poipet', '포이펫'],
    ['ការងារនៅប៉ោយប៉ែត', 'kh-poipet', 'ប៉ោយប៉ែត'],
    ['보코산 리조트', 'kh-bokor', '보코산'],
    ['ភ្នំបូកគោ', 'kh-bokor', 'ភ្នំបូកគោ'],
    ['미얀마 미야와디', 'mm-myawaddy', '미야와디'],
    ['KK Park, Myawaddy', 'mm-kk-park', 'KK Park'],
    ['라오스 골든트라이앵글 경제특구', 'la-golden-triangle-sez', '골든트라이앵글 경제특구'],
    ['តំបន់សេដ្ឋកិច្ចពិសេសត្រីកោណមាស', 'la-golden-triangle-sez', 'តំបន់សេដ្ឋកិច្ចពិសេសត្រីកោណមាស'],
    ['via Mae Sot', 'th-mae-sot', 'Mae Sot'],
    ['캄보디아에서 일해요', 'kh', '캄보디아'],
  ])('finds the place in %s', (text, placeId, found) => {
    const hit = findPlaces(text).find((h) => h.placeId === placeId)
    expect(hit).toEqual({ placeId, start: text.indexOf(found), end: text.indexOf(found) + found.length, text: found })
  })

  it('prefers the longest name: one hit for ខេត្តព្រះសីហនុ, not two', () => {
    expect(findPlaces('ខេត្តព្រះសីហនុ')).toEqual([{ placeId: 'kh-sihanoukville', start: 0, end: 14, text: 'ខេត្តព្រះសីហនុ' }])
  })

  it('reads fullwidth, spaced-out and zero-width-broken names and points at the original characters', () => {
    expect(findPlaces('Ｐｏｉｐｅｔ')).toEqual([{ placeId: 'kh-poipet', start: 0, end: 6, text: 'Ｐｏｉｐｅｔ' }])
    expect(findPlaces('장소 시 아 누 크 빌')).toEqual([{ placeId: 'kh-sihanoukville', start: 3, end: 12, text: '시 아 누 크 빌' }])
    expect(findPlaces('Ba\u200bvet')).toEqual([{ placeId: 'kh-bavet', start: 0, end: 6, text: 'Ba\u200bvet' }])
  })

  it('does not match names inside other words', () => {
    expect(ids('I kept the receipt')).toEqual([])
    expect(ids('ត្រូវកែប្រែកិច្ចសន្យា')).toEqual([]) // កែប in កែប្រែ ("change") is not Kep
    expect(ids('ឈ្មួញកណ្តាល')).toEqual([]) // "broker" contains កណ្តាល, "middle", not Kandal
    expect(ids('타이핑 업무, 세부 사항은 면접에서')).toEqual([]) // not Thailand, not Cebu
    expect(ids('contact @bavet_cs')).toEqual([])
  })

  it('still matches Kep and Kandal when written as provinces', () => {
    expect(ids('សណ្ឋាគារនៅខេត្តកែប')).toEqual(['kh-kep'])
    expect(ids('ខេត្តកណ្តាល')).toEqual(['kh-kandal'])
    expect(ids('a hotel in Kep')).toEqual(['kh-kep'])
  })
})

describe('the offer check\'s place table', () => {
  it('is generated from PLACES, in the Worker and in the check page\'s bundle alike', async () => {
    const table = placeTable()
    expect(offerPlaceTable()).toBe(table)
    expect(await inlinedPlaceTable()).toContain(`const table = String.raw\`${table}\`\n`)
  })

  it('finds what findPlaces finds, with the level, country and compound flag of the gazetteer', () => {
    const names = PLACES.flatMap((p) => [p.names.en, p.names.ko, p.names.km ?? '', ...p.aliases]).filter((n) => n && !/[\u4e00-\u9fff]/.test(n))
    for (const name of names) {
      for (const text of [name, `work in ${name} now`, `${name}에서 근무`, `ធ្វើការនៅ${name}`, `Ｗｏｒｋ ${name.split('').join(' ')}`]) {
        const norm = normalizeText(text, { despace: true })
        const hits = matchPlaceTable(norm)
        expect(hits.map(({ placeId, start, end, text }) => ({ placeId, start, end, text })), text).toEqual(findPlaces(text))
        for (const hit of hits) {
          const place = getPlace(hit.placeId)!
          expect({ text, level: hit.level, country: hit.country, compounds: hit.compounds }).toEqual({ text, level: levelOf(place.id), country: place.country, compounds: !!place.compounds })
        }
      }
    }
  })

  it('leaves out only the Chinese names', () => {
    expect(matchPlaceTable(normalizeText('西港 柬埔寨', { despace: true }))).toEqual([])
    expect(findPlaces('西港 柬埔寨').map((h) => h.placeId)).toEqual(['kh-sihanoukville', 'kh'])
  })
})
