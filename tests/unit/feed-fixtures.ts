// Fixtures shared by the feed tests: advisories, CAP options and small readers.
import {
  capAlert,
  type AdvisoryForFeed,
  type CapAlertOptions,
} from '../../core/feeds'
import type { AdvisoryLevelText } from '../../core/places'
import { capAreasFor, type ProvinceShape } from '../../core/cap-areas'
import { childrenNamed, parseXml, textOf, type XmlElement } from './xml-dom'

export const SITE = 'https://homeward.example'

export const LEVEL_NAMES: CapAlertOptions['levelNames'] = {
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
export const CAP_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/

export const INSTRUCTIONS: CapAlertOptions['instructions'] = {
  ko: { '1': '안전 위험을 확인하십시오.', '2': '여행을 자제하십시오.', '2.5': '여행을 취소하십시오.', '3': '출국하십시오.', '4': '방문하지 마십시오.' },
  km: { '1': 'ដឹងពីហានិភ័យ។', '2': 'ជៀសវាងការធ្វើដំណើរ។', '2.5': 'ជៀសវាង។', '3': 'ចាកចេញ។', '4': 'កុំធ្វើដំណើរ។' },
  en: { '1': 'Know the risks.', '2': 'Avoid travel.', '2.5': 'Avoid travel there.', '3': 'Leave.', '4': 'Do not travel there.' },
}
export const CONTACT: CapAlertOptions['contact'] = {
  ko: '외교부 영사콜센터: +82-2-3210-0404',
  km: 'មជ្ឈមណ្ឌលកុងស៊ុល៖ +82-2-3210-0404',
  en: 'Consular call centre: +82-2-3210-0404',
}

export const CAP_OPTIONS: CapAlertOptions = {
  sender: 'alerts@homeward.example',
  siteUrl: SITE,
  levelNames: LEVEL_NAMES,
  instructions: INSTRUCTIONS,
  contact: CONTACT,
}

// A square "province" and a two-piece one (mainland and an island), in GeoJSON's [lon, lat].
export const SHAPES: ProvinceShape[] = [
  { properties: { shapeISO: 'KH-18' }, geometry: { type: 'MultiPolygon', coordinates: [[[[103.5, 10.5], [103.6, 10.5], [103.6, 10.6], [103.5, 10.5]]], [[[103.0, 10.0], [104.0, 10.0], [104.0, 11.0], [103.0, 11.0], [103.0, 10.0]]]] } },
  { properties: { shapeISO: 'KH-22' }, geometry: { type: 'Polygon', coordinates: [[[103.0, 14.0], [104.0, 14.0], [104.0, 14.5], [103.0, 14.0]]] } },
]


export const sihanoukville: AdvisoryForFeed = {
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

export const HOSTILE = `<script>alert("x")</script> & 'quoted'`

// Level 4, no Khmer yet, and a title that tries to break out of the markup.
export const myawaddy: AdvisoryForFeed = {
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

export const jobOffers: AdvisoryForFeed = {
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

export function withLevel(level: AdvisoryLevelText): AdvisoryForFeed {
  return { ...sihanoukville, level }
}

export function capRoot(advisory: AdvisoryForFeed, options: Partial<CapAlertOptions> = {}): XmlElement {
  return parseXml(capAlert(advisory, { ...CAP_OPTIONS, ...options })).root
}

export function texts(parent: XmlElement, name: string): string[] {
  return childrenNamed(parent, name).map(textOf)
}

// ---------------------------------------------------------------------------------------
