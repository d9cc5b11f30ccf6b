/**
 * Places that matter to Homeward: the countries and towns where scam compounds operate,
 * the routes into them, and enough of the wider region to place a job offer. Each place
 * carries its names in English, Korean (Hangul) and Khmer script, common romanised and
 * alternate spellings, and the Korean 0404 travel-advisory level in force on
 * {@link ADVISORY_AS_OF}; {@link ADVISORY_SOURCES} says where each level comes from
 * (the news reports of the Ministry of Foreign Affairs' announcements), since when, and
 * what it covers.
 *
 * Levels are never inferred here: a place no source gives a level has `level: null`;
 * `advisoryOf()` (gazetteer.ts) then reports the nearest enclosing place's level and says
 * where it came from (Shwe Kokko lies inside Myawaddy township). Cambodian provinces carry
 * their ISO 3166-2 code so the advisory map can join them to `khm-adm1.geojson` by `shapeISO`.
 *
 * Data only, the one source of place data: gazetteer.ts looks places up and matches their
 * names; place-table.ts derives the offer check's smaller table from this list.
 */

/**
 * Korea's 0404 travel-advisory levels, highest first: 4 여행금지, 3 출국권고,
 * 2.5 특별여행주의보 (the special travel advisory), 2 여행자제, 1 여행유의. Written as
 * advisory files, locale keys (`advisory.level.2.5`) and CAP write them.
 */
export const ADVISORY_LEVELS = ['4', '3', '2.5', '2', '1'] as const
/** A level as advisory files, locale keys and CAP write it: `'2.5'`. */
export type AdvisoryLevelText = (typeof ADVISORY_LEVELS)[number]
type Numeric<T> = T extends `${infer N extends number}` ? N : never
/** A level as a number, for comparing and ordering: `2.5`. */
export type AdvisoryLevel = Numeric<AdvisoryLevelText>
export type PlaceKind = 'country' | 'province' | 'town' | 'zone'

export type Place = {
  /** Stable id: `kh`, `kh-sihanoukville`, `mm-myawaddy`… */
  id: string
  /** ISO 3166-1 alpha-2, lower case. */
  country: string
  kind: PlaceKind
  /** ISO 3166-2 code for first-level divisions (Cambodia: `KH-18` is Preah Sihanouk). */
  iso?: string
  /** Display names. Khmer is left out where no reliable spelling was found: show `en` then. */
  names: { en: string; ko: string; km?: string }
  /** Other spellings matched in text: romanisations, Hangul variants, Khmer forms, Chinese names used in ads. */
  aliases: string[]
  parent: string | null
  /** 0404 level in force on {@link ADVISORY_AS_OF}; null when no source gives this place one. */
  level: AdvisoryLevel | null
  /** A known scam-compound area (raids or advisories name it; see {@link COMPOUND_SOURCES}). */
  compounds?: true
}

/** Where a place's level comes from. */
export type AdvisorySource = {
  /** Date the level took effect (ISO 8601, as precise as the source), null when the source gives none. */
  since: string | null
  sources: string[]
  note?: string
}

/** The date the advisory levels were last checked against the sources below. */
export const ADVISORY_AS_OF = '2025-12-04'

// Sources for the levels. Re-check them before publishing a change of level.
const DEC04 = 'https://www.chosun.com/politics/goverment/2025/12/04/NWDVPH2RDVGS5KVNZRP4OKVB6A/?outputType=amp'
const OCT16 = 'https://www.ohmynews.com/NWS_Web/View/at_pg.aspx?CNTN_CD=A0003173850'
const OCT16_SBS = 'https://news.sbs.co.kr/news/endPage.do?cooper=SBSNEWSAMP&news_id=N1008293015&plink=ORI'
const BORDER = 'http://www.hangangpost.com/detail.php?cafe_mkt=1753773054&product_no=53097'
const LAOS_GT = 'https://news.sbs.co.kr/news/endPage.do?news_id=N1007495676&srm=comment'
const SHAN_KAYAH = 'https://news.jtbc.co.kr/article/article.aspx?news_id=NB12153682'
const MYAWADDY = 'http://media-on.kr/View.aspx?No=3495080'
const RAIDS = 'https://www.seoul.co.kr/news/society/2026/01/23/20260123500075'

// Built in a function marked pure so bundles that only need levels (the offer check) drop it.
function advisorySources(): Record<string, AdvisorySource> {
  const LEVEL4_KH: AdvisorySource = { since: '2025-10-16', sources: [OCT16, OCT16_SBS, DEC04], note: 'Unchanged on 2025-12-04.' }
  const LEVEL1_KH: AdvisorySource = { since: '2025-12-04', sources: [DEC04], note: 'Level 2 from 2025-10-16; lowered to 1 on 2025-12-04 with the other level-2 areas.' }
  const SPECIAL_BORDER: AdvisorySource = {
    since: '2025-07',
    sources: [BORDER, OCT16, DEC04],
    note: '특별여행주의보 for the seven border provinces after the Thai–Cambodian clash of 2025-07-24; unchanged on 2025-12-04.',
  }
  return {
    'kh-oddar-meanchey': SPECIAL_BORDER,
    'kh-preah-vihear': SPECIAL_BORDER,
    'kh-banteay-meanchey': SPECIAL_BORDER,
    'kh-pailin': SPECIAL_BORDER,
    'kh-battambang': SPECIAL_BORDER,
    'kh-pursat': SPECIAL_BORDER,
    'kh-koh-kong': SPECIAL_BORDER,
    'kh-sihanoukville': { since: '2025-10-16', sources: [OCT16, OCT16_SBS, DEC04], note: 'Whole province; special advisory from 2025-09-16, level 3 from 2025-10-16, unchanged on 2025-12-04.' },
    'kh-bavet': LEVEL4_KH,
    'kh-poipet': LEVEL4_KH,
    'kh-bokor': { ...LEVEL4_KH, note: 'The Bokor Mountain area of Kampot, not the whole province. Unchanged on 2025-12-04.' },
    'kh-phnom-penh': { since: '2025-12-04', sources: [DEC04], note: 'Special advisory from 2025-10-10; back to level 2 on 2025-12-04.' },
    'kh-siem-reap': LEVEL1_KH,
    'kh-mondulkiri': LEVEL1_KH,
    'kh-kampot': { ...LEVEL1_KH, note: LEVEL1_KH.note + ' The Bokor Mountain area inside it is level 4 (kh-bokor).' },
    'kh-svay-rieng': { ...LEVEL1_KH, note: LEVEL1_KH.note + ' Bavet inside it is level 4 (kh-bavet).' },
    'kh-kampong-cham': LEVEL1_KH,
    'kh-kampong-chhnang': LEVEL1_KH,
    'kh-kampong-speu': LEVEL1_KH,
    'kh-kampong-thom': LEVEL1_KH,
    'kh-kandal': LEVEL1_KH,
    'kh-kratie': LEVEL1_KH,
    'kh-prey-veng': LEVEL1_KH,
    'kh-ratanakiri': LEVEL1_KH,
    'kh-stung-treng': LEVEL1_KH,
    'kh-takeo': LEVEL1_KH,
    'kh-kep': LEVEL1_KH,
    'kh-tbong-khmum': LEVEL1_KH,
    'mm-shan': { since: '2023-11-25', sources: [SHAN_KAYAH], note: 'The source names northern and eastern Shan State; southern Shan is not covered by it.' },
    'mm-kayah': { since: '2023-11-25', sources: [SHAN_KAYAH] },
    'mm-myawaddy': { since: null, sources: [MYAWADDY], note: 'Raised from 3 to 4; the source dates it only as "27일" [date UNVERIFIED].' },
    'la-golden-triangle-sez': { since: '2024-02-01', sources: [LAOS_GT] },
    'th-tak': { since: null, sources: [MYAWADDY], note: 'Set with Myawaddy\'s rise to level 4; date shown only as "27일" [date UNVERIFIED].' },
  }
}

/** Provenance of every level in {@link PLACES}, by place id. */
export const ADVISORY_SOURCES: Readonly<Record<string, AdvisorySource>> = /* @__PURE__ */ advisorySources()

/** Why each compound area is marked as one. */
export const COMPOUND_SOURCES: Readonly<Record<string, string[]>> = {
  'kh-sihanoukville': [RAIDS],
  'kh-bavet': [OCT16],
  'kh-poipet': [OCT16, RAIDS],
  'kh-bokor': [OCT16],
  'kh-mondulkiri': [RAIDS],
  'mm-myawaddy': [MYAWADDY],
  'mm-shwe-kokko': [MYAWADDY],
  'mm-kk-park': [MYAWADDY],
  'la-golden-triangle-sez': [LAOS_GT],
}

type Names = Place['names']
const province = (slug: string, iso: string, names: Names, aliases: string[], level: AdvisoryLevel | null, extra: Partial<Place> = {}): Place => ({
  id: `kh-${slug}`, country: 'kh', kind: 'province', iso, names, aliases, parent: 'kh', level, ...extra,
})
const country = (id: string, names: Names, aliases: string[]): Place => ({
  id, country: id, kind: 'country', names, aliases, parent: null, level: null,
})

export const PLACES: readonly Place[] = [
  // ── Cambodia ──────────────────────────────────────────────────────────────
  {
    ...country('kh', { en: 'Cambodia', ko: '캄보디아', km: 'កម្ពុជា' }, ['Kampuchea', 'ប្រទេសកម្ពុជា', '柬埔寨', '캄보디야']),
    // No single level: it varies by province.
  },
  // The seven border provinces under the special advisory.
  province('oddar-meanchey', 'KH-22', { en: 'Oddar Meanchey', ko: '오다르민체이', km: 'ឧត្តរមានជ័យ' }, ['Otdar Meanchey', 'Oddor Meanchey', '오더민체이', '우더민체이'], 2.5),
  province('preah-vihear', 'KH-13', { en: 'Preah Vihear', ko: '프레아비히어', km: 'ព្រះវិហារ' }, ['쁘레아위히어', '프레아 비히어'], 2.5),
  province('banteay-meanchey', 'KH-1', { en: 'Banteay Meanchey', ko: '반테아이민체이', km: 'បន្ទាយមានជ័យ' }, ['Bantey Meanchey', 'Banteay Mean Chey', '반테이민체이', '반띠어이민쩨이'], 2.5),
  province('pailin', 'KH-24', { en: 'Pailin', ko: '파일린', km: 'ប៉ៃលិន' }, ['빠일린'], 2.5),
  province('battambang', 'KH-2', { en: 'Battambang', ko: '바탐방', km: 'បាត់ដំបង' }, ['Batdambang', '밧덤벙', '바탐봉'], 2.5),
  province('pursat', 'KH-15', { en: 'Pursat', ko: '푸르사트', km: 'ពោធិ៍សាត់' }, ['Pouthisat', '뽀삿', '포삿'], 2.5),
  province('koh-kong', 'KH-9', { en: 'Koh Kong', ko: '코콩', km: 'កោះកុង' }, ['Kaoh Kong', '꺼꽁', '코꽁'], 2.5),
  // Level 3, and the towns and zones at level 4.
  province(
    'sihanoukville', 'KH-18',
    { en: 'Sihanoukville (Preah Sihanouk)', ko: '시아누크빌', km: 'ខេត្តព្រះសីហនុ' },
    ['Sihanoukville', 'Sihanouk Ville', 'Sihanouk', 'Preah Sihanouk', 'Kampong Som', 'Kompong Som', 'Kompong Saom',
      '시하누크빌', '시하눅빌', '시아눅빌', '시하누크', '시아누크', '프레아시아누크',
      'ក្រុងព្រះសីហនុ', 'ព្រះសីហនុ', 'កំពង់សោម', '西港', '西哈努克'],
    3,
    { compounds: true },
  ),
  {
    id: 'kh-bavet', country: 'kh', kind: 'town', parent: 'kh-svay-rieng',
    names: { en: 'Bavet', ko: '바벳', km: 'បាវិត' },
    aliases: ['Bavet City', '바베트', '바벳시', 'ក្រុងបាវិត', '巴域', '巴韦'],
    level: 4, compounds: true,
  },
  {
    id: 'kh-poipet', country: 'kh', kind: 'town', parent: 'kh-banteay-meanchey',
    names: { en: 'Poipet', ko: '포이펫', km: 'ប៉ោយប៉ែត' },
    aliases: ['Poi Pet', 'Paoy Paet', 'Paoy Pet', '뽀이뻿', '포이뻿', 'ក្រុងប៉ោយប៉ែត', '波贝', '波比'],
    level: 4, compounds: true,
  },
  {
    id: 'kh-bokor', country: 'kh', kind: 'zone', parent: 'kh-kampot',
    names: { en: 'Bokor Mountain area', ko: '보코산', km: 'ភ្នំបូកគោ' },
    aliases: ['Bokor', 'Bokor Mountain', 'Bokor Hill', 'Phnom Bokor', 'Bokor National Park', '보코', '보코 산', '보코르', '보꼬', '보꼬산', 'បូកគោ', '波哥'],
    level: 4, compounds: true,
  },
  province('phnom-penh', 'KH-12', { en: 'Phnom Penh', ko: '프놈펜', km: 'ភ្នំពេញ' }, ['Phnom Pehn', 'Phnompenh', 'Pnom Penh', '프놈펜시', 'រាជធានីភ្នំពេញ', '金边'], 2),
  province('siem-reap', 'KH-17', { en: 'Siem Reap', ko: '시엠립', km: 'សៀមរាប' }, ['Siemreap', 'Siem Riep', 'Siem Reab', '씨엠립', '시엠레아프', '시엠리아프', '씨엠리업', 'ក្រុងសៀមរាប', '暹粒'], 1),
  province('mondulkiri', 'KH-11', { en: 'Mondulkiri', ko: '몬둘끼리', km: 'មណ្ឌលគិរី' }, ['Mondol Kiri', 'Mondulkiri Province', 'Mondolkiri', '몬돌끼리', '몬둘키리', '몬돌키리', '몬들키리'], 1, { compounds: true }),
  // The other provinces: level 1 since 2025-12-04 ("other level-2 areas → level 1").
  province('kampot', 'KH-7', { en: 'Kampot', ko: '캄폿', km: 'កំពត' }, ['깜뽓'], 1),
  province('svay-rieng', 'KH-20', { en: 'Svay Rieng', ko: '스바이리엥', km: 'ស្វាយរៀង' }, ['Svay Rieng Province', '스와이리엥', '스바이 리엥'], 1),
  province('kampong-cham', 'KH-3', { en: 'Kampong Cham', ko: '캄퐁참', km: 'កំពង់ចាម' }, ['Kompong Cham', '깜뽕짬', '껌뽕짬'], 1),
  province('kampong-chhnang', 'KH-4', { en: 'Kampong Chhnang', ko: '캄퐁츠낭', km: 'កំពង់ឆ្នាំង' }, ['Kompong Chhnang', '깜뽕치낭'], 1),
  province('kampong-speu', 'KH-5', { en: 'Kampong Speu', ko: '캄퐁스퍼', km: 'កំពង់ស្ពឺ' }, ['Kompong Speu', '깜뽕스쁘', '캄퐁스푸'], 1),
  province('kampong-thom', 'KH-6', { en: 'Kampong Thom', ko: '캄퐁톰', km: 'កំពង់ធំ' }, ['Kompong Thom', '깜뽕톰'], 1),
  province('kandal', 'KH-8', { en: 'Kandal', ko: '칸달', km: 'កណ្ដាល' }, ['깐달', 'ខេត្តកណ្ដាល', 'ខេត្តកណ្តាល'], 1),
  province('kratie', 'KH-10', { en: 'Kratie', ko: '크라티에', km: 'ក្រចេះ' }, ['Kracheh', '끄라쩨'], 1),
  province('prey-veng', 'KH-14', { en: 'Prey Veng', ko: '프레이벵', km: 'ព្រៃវែង' }, ['쁘레이벵'], 1),
  province('ratanakiri', 'KH-16', { en: 'Ratanakiri', ko: '라타나키리', km: 'រតនគិរី' }, ['Ratanakiri Province', 'Rattanakiri', 'Ratanak Kiri', '라따나끼리'], 1),
  province('stung-treng', 'KH-19', { en: 'Stung Treng', ko: '스퉁트렝', km: 'ស្ទឹងត្រែង' }, ['Stoeng Treng', '스떵뜨렝'], 1),
  province('takeo', 'KH-21', { en: 'Takeo', ko: '타케오', km: 'តាកែវ' }, ['Takev', '따께오'], 1),
  province('kep', 'KH-23', { en: 'Kep', ko: '켑', km: 'កែប' }, ['Kep Province', 'Krong Kep', '켑주', 'ខេត្តកែប', 'ក្រុងកែប'], 1),
  province('tbong-khmum', 'KH-25', { en: 'Tbong Khmum', ko: '트봉크몸', km: 'ត្បូងឃ្មុំ' }, ['Tboung Khmum', 'Tbaung Khmum', '뜨봉크뭄'], 1),

  // ── Myanmar ───────────────────────────────────────────────────────────────
  country('mm', { en: 'Myanmar', ko: '미얀마', km: 'មីយ៉ាន់ម៉ា' }, ['Burma', '버마', 'ភូមា', 'ប្រទេសមីយ៉ាន់ម៉ា', '缅甸']),
  {
    id: 'mm-shan', country: 'mm', kind: 'province', parent: 'mm',
    names: { en: 'Shan State', ko: '샨주', km: 'រដ្ឋសាន' },
    aliases: ['Shan', 'Eastern Shan', 'Northern Shan', 'Shan East', '샨 주', '샨州', '掸邦'],
    level: 4,
  },
  {
    id: 'mm-kayah', country: 'mm', kind: 'province', parent: 'mm',
    names: { en: 'Kayah State', ko: '카야주', km: 'រដ្ឋកាយ៉ា' },
    aliases: ['Kayah', 'Karenni', '카야 주'],
    level: 4,
  },
  {
    id: 'mm-kayin', country: 'mm', kind: 'province', parent: 'mm',
    names: { en: 'Kayin State', ko: '카인주' },
    aliases: ['Karen State', 'Kayin', '카렌주'],
    level: null,
  },
  {
    id: 'mm-myawaddy', country: 'mm', kind: 'town', parent: 'mm-kayin',
    names: { en: 'Myawaddy', ko: '미야와디', km: 'មៀវ៉ាឌី' },
    aliases: ['Myawadi', 'Myawady', 'Myawaddi', 'Myawaddy Township', '먀와디', '미와디', '妙瓦底'],
    level: 4, compounds: true,
  },
  {
    id: 'mm-shwe-kokko', country: 'mm', kind: 'zone', parent: 'mm-myawaddy',
    names: { en: 'Shwe Kokko', ko: '쉐코코', km: 'ស្វេកុក្កូ' },
    aliases: ['Shwe Koko', 'Shwe Kokko New City', 'Yatai New City', '슈웨코코', '쉐꼭꼬', '亚太新城'],
    level: null, compounds: true, // inside Myawaddy township: advisoryOf() reports Myawaddy's level
  },
  {
    id: 'mm-kk-park', country: 'mm', kind: 'zone', parent: 'mm-myawaddy',
    names: { en: 'KK Park', ko: 'KK파크', km: 'ខេខេផាក' },
    aliases: ['KKPark', 'K.K. Park', 'KK 파크', '케이케이파크', '케이케이 파크', 'KK园区'],
    level: null, compounds: true,
  },
  {
    id: 'mm-tachileik', country: 'mm', kind: 'town', parent: 'mm-shan',
    names: { en: 'Tachileik', ko: '타칠레익' },
    aliases: ['Tachilek', 'Tachileik Township', '따칠레익', '大其力'],
    level: null,
  },
  {
    id: 'mm-laukkai', country: 'mm', kind: 'town', parent: 'mm-shan',
    names: { en: 'Laukkai', ko: '라우카이' },
    aliases: ['Laukkaing', 'Kokang', '코캉', '果敢'],
    level: null,
  },

  // ── Laos ──────────────────────────────────────────────────────────────────
  country('la', { en: 'Laos', ko: '라오스', km: 'ឡាវ' }, ['Lao PDR', 'ប្រទេសឡាវ', '老挝']),
  {
    id: 'la-golden-triangle-sez', country: 'la', kind: 'zone', parent: 'la-bokeo',
    names: { en: 'Golden Triangle Special Economic Zone', ko: '골든트라이앵글 경제특구', km: 'តំបន់សេដ្ឋកិច្ចពិសេសត្រីកោណមាស' },
    aliases: ['Golden Triangle SEZ', 'Golden Triangle', 'GTSEZ', 'GT SEZ', 'Kings Romans', "King's Romans", 'Ton Pheung',
      '골든트라이앵글', '골든 트라이앵글', '골든트라이앵글 특구', '황금삼각지대', '황금 삼각지대', '킹스로만스', '킹스 로만스',
      'ត្រីកោណមាស', 'តំបន់ត្រីកោណមាស', '金三角'],
    level: 4, compounds: true,
  },
  {
    id: 'la-bokeo', country: 'la', kind: 'province', parent: 'la',
    names: { en: 'Bokeo', ko: '보케오' },
    aliases: ['Bokeo Province', '보께오'],
    level: null,
  },
  {
    id: 'la-vientiane', country: 'la', kind: 'town', parent: 'la',
    names: { en: 'Vientiane', ko: '비엔티안', km: 'វៀងចន្ទន៍' },
    aliases: ['Viang Chan', '위앙짠', '万象'],
    level: null,
  },

  // ── Thailand (routes in) ──────────────────────────────────────────────────
  country('th', { en: 'Thailand', ko: '태국', km: 'ថៃ' }, ['ប្រទេសថៃ', '泰国']),
  {
    id: 'th-tak', country: 'th', kind: 'province', parent: 'th',
    names: { en: 'Tak', ko: '딱' },
    aliases: ['Tak Province', '딱주', '딱 주'],
    level: 2,
  },
  {
    id: 'th-mae-sot', country: 'th', kind: 'town', parent: 'th-tak',
    names: { en: 'Mae Sot', ko: '매솟' },
    aliases: ['Maesot', 'Mae Sod', '메솟', '매쏫', '美索'],
    level: null,
  },
  {
    id: 'th-bangkok', country: 'th', kind: 'town', parent: 'th',
    names: { en: 'Bangkok', ko: '방콕', km: 'បាងកក' },
    aliases: ['Krung Thep', 'BKK Airport', 'Suvarnabhumi', '수완나품', '曼谷'],
    level: null,
  },
  {
    id: 'th-sa-kaeo', country: 'th', kind: 'province', parent: 'th',
    names: { en: 'Sa Kaeo', ko: '사깨오', km: 'ស្រះកែវ' },
    aliases: ['Sa Kaew', 'Srakaew', 'Aranyaprathet', '싸깨오', '아란야쁘라텟'],
    level: null,
  },
  {
    id: 'th-sungai-kolok', country: 'th', kind: 'town', parent: 'th',
    names: { en: 'Sungai Kolok', ko: '숭아이콜록' },
    aliases: ['Sungai Golok', 'Su-ngai Kolok'],
    level: null,
  },

  // ── Elsewhere: origins, transit hubs and other destinations ──────────────
  country('vn', { en: 'Vietnam', ko: '베트남', km: 'វៀតណាម' }, ['Viet Nam', 'ប្រទេសវៀតណាម', '越南']),
  {
    id: 'vn-ho-chi-minh', country: 'vn', kind: 'town', parent: 'vn',
    names: { en: 'Ho Chi Minh City', ko: '호치민', km: 'ហូជីមិញ' },
    aliases: ['Ho Chi Minh', 'HCMC', 'Saigon', '호찌민', '사이공', 'ព្រៃនគរ', '胡志明'],
    level: null,
  },
  {
    id: 'vn-moc-bai', country: 'vn', kind: 'town', parent: 'vn',
    names: { en: 'Moc Bai', ko: '목바이' },
    aliases: ['Mộc Bài', 'Moc Bai border'],
    level: null,
  },
  country('ph', { en: 'Philippines', ko: '필리핀', km: 'ហ្វីលីពីន' }, ['Manila', 'Cebu', '마닐라', '菲律宾']),
  country('my', { en: 'Malaysia', ko: '말레이시아', km: 'ម៉ាឡេស៊ី' }, ['Kuala Lumpur', '쿠알라룸푸르', '马来西亚']),
  country('sg', { en: 'Singapore', ko: '싱가포르', km: 'សិង្ហបុរី' }, ['싱가폴', '新加坡']),
  country('hk', { en: 'Hong Kong', ko: '홍콩', km: 'ហុងកុង' }, ['香港']),
  country('cn', { en: 'China', ko: '중국', km: 'ចិន' }, ['中国']),
  country('kr', { en: 'South Korea', ko: '대한민국', km: 'កូរ៉េខាងត្បូង' }, ['Korea', 'Republic of Korea', 'Seoul', 'Busan', '서울', '부산', 'កូរ៉េ', 'សាធារណរដ្ឋកូរ៉េ', '韩国']),
  country('jp', { en: 'Japan', ko: '일본', km: 'ជប៉ុន' }, ['Tokyo', 'Osaka', 'Hokkaido', '도쿄', '오사카', '홋카이도', 'ប្រទេសជប៉ុន', '日本']),
  {
    ...country('ae', { en: 'United Arab Emirates', ko: '아랍에미리트', km: 'អេមីរ៉ាតអារ៉ាប់រួម' }, ['UAE', 'U.A.E.', '아랍 에미리트']),
  },
  {
    id: 'ae-dubai', country: 'ae', kind: 'town', parent: 'ae',
    names: { en: 'Dubai', ko: '두바이', km: 'ឌូបៃ' },
    aliases: ['迪拜'],
    level: null,
  },
  country('au', { en: 'Australia', ko: '호주', km: 'អូស្ត្រាលី' }, ['Sydney', 'Melbourne', 'Western Australia', '시드니', '멜버른', '오스트레일리아']),
  country('ca', { en: 'Canada', ko: '캐나다', km: 'កាណាដា' }, ['Vancouver', 'Toronto', '밴쿠버', '토론토']),
  country('us', { en: 'United States', ko: '미국', km: 'សហរដ្ឋអាមេរិក' }, ['USA', 'U.S.A.', 'United States of America', 'អាមេរិក']),
  country('gb', { en: 'United Kingdom', ko: '영국', km: 'ចក្រភពអង់គ្លេស' }, ['UK', 'U.K.', 'England', 'Britain', 'NHS']),
  country('de', { en: 'Germany', ko: '독일', km: 'អាល្លឺម៉ង់' }, ['Deutschland']),
  country('is', { en: 'Iceland', ko: '아이슬란드' }, []),
  country('nz', { en: 'New Zealand', ko: '뉴질랜드', km: 'នូវែលសេឡង់' }, []),
]
