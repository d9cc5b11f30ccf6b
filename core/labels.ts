import type { MessageKey } from './i18n'
import { isLang, type Lang } from './langs'
import type { SearchKind } from './search'
import { LOCALE_TAG, formatDay, runtimeHasKhmer, type Translate } from './dates'

/**
 * The one place the console turns a stored value into words an officer reads: enums,
 * booleans, country codes, dates, lists. Every key below is a MessageKey, so a missing
 * locale string fails the type check, not the officer's screen.
 *
 * Islands pass their build-time `t` (any string key); the table is what is checked.
 */
export type { Translate } from './dates'
// Dates and times live in core/dates.ts, the one formatter for the console and the public site.
export { ZONES, defaultZone, formatAgo, formatDay, formatWhen, isZone, type Zone } from './dates'

/**
 * "A, B and C" in the officer's language. Chromium has no Khmer list patterns and would
 * write "A, B, and C" in a Khmer console; there CLDR's Khmer ones are used, as ICU writes
 * them ("ក និង\u200bខ", "ក, ខ និង គ"). `khmer: false` forces them (for tests that compare).
 */
export function listOf(items: string[], lang: Lang, khmer = runtimeHasKhmer()): string {
  if (lang === 'km' && !khmer) {
    if (items.length < 3) return items.join(' និង\u200b')
    return `${items.slice(0, -1).join(', ')} និង ${items[items.length - 1]}`
  }
  return new Intl.ListFormat(LOCALE_TAG[lang], { style: 'long', type: 'conjunction' }).format(items)
}

/** Each enum a report or the console stores, and the prefix of its words. */
const ENUM_PREFIX = {
  sex: 'report.person.sex',
  nationality: 'report.nationality',
  destinationCountry: 'report.country',
  lastContactChannel: 'report.channel',
  dangerSigns: 'report.danger',
  policeTold: 'report.police',
  relationship: 'report.relationship',
  preferredLanguage: 'lang.name',
  canTalk: 'report.canTalk',
} as const

type Section = 'person' | 'journey' | 'reporter' | 'consents' | 'situation'

/** The question a stored field answers, as the form asked it. */
const LABEL: Record<string, MessageKey> = {
  'person.photoAttached': 'staff.field.photoAttached',
  'situation.coordinates': 'staff.field.coordinates',
  'situation.location': 'report.self.location.label',
  'situation.canTalk': 'report.self.canTalk.label',
  'situation.contact': 'report.self.contact.label',
  'situation.name': 'report.self.name.label',
  'situation.details': 'report.self.details.label',
}

const DATE_FIELDS = new Set(['birthDate', 'departureDate', 'lastContactDate'])

function fieldLabel(t: Translate, section: Section, key: string): string {
  const explicit = LABEL[`${section}.${key}`]
  if (explicit) return t(explicit)
  if (section === 'consents') return t(`report.consents.${key}.title`)
  return t(`report.${section}.${key}.label`)
}

/** One stored answer in words: never an enum, a code, `true` or an ISO date. */
export function valueText(t: Translate, lang: Lang, section: Section, key: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return ''
  if (section === 'consents') return t(value === true ? 'staff.consent.given' : 'staff.consent.refused')
  if (typeof value === 'boolean') return t(value ? 'staff.value.yes' : 'staff.value.no')
  const prefix = ENUM_PREFIX[key as keyof typeof ENUM_PREFIX]
  if (prefix && Array.isArray(value)) return value.length ? listOf(value.map((v) => t(`${prefix}.${v}`)), lang) : t('staff.value.none')
  if (prefix) return t(`${prefix}.${value}`)
  if (DATE_FIELDS.has(key) && typeof value === 'string') return formatDay(value, lang)
  if (key === 'approxAge' && typeof value === 'number') return t('staff.value.age', { age: value })
  if (key === 'messengers' && Array.isArray(value)) {
    return listOf(value.map((m: { app: string; id: string }) => `${t(`report.messenger.${m.app}`)} ${m.id}`), lang)
  }
  if (key === 'coordinates' && typeof value === 'object') {
    const { lat, lon, accuracy } = value as { lat: number; lon: number; accuracy?: number }
    const n = new Intl.NumberFormat(lang, { maximumFractionDigits: 5 })
    return t(accuracy === undefined ? 'staff.value.coordinates' : 'staff.value.coordinatesWithin', { lat: n.format(lat), lon: n.format(lon), metres: Math.round(accuracy ?? 0) })
  }
  if (Array.isArray(value)) return listOf(value.map(String), lang)
  if (typeof value === 'number') return new Intl.NumberFormat(lang).format(value)
  return String(value)
}

/** A decrypted section of a report as label/value rows, in the order stored. */
export function sectionRows(t: Translate, lang: Lang, section: Section, data: Record<string, unknown> | undefined): Array<[string, string]> {
  return Object.entries(data ?? {})
    .map(([key, value]): [string, string] => [fieldLabel(t, section, key), valueText(t, lang, section, key, value)])
    .filter(([, text]) => text !== '')
}

/** What an officer did, as the access log stores it. */
export const ACCESS_ACTIONS = [
  'view',
  'queue',
  'search',
  'photo',
  'export',
  'status',
  'assign',
  'labels',
  'priority',
  'note',
  'message',
  'link',
  'retention',
  'correct',
  'erase',
  'access-log.view',
  'access-log.export',
] as const
export type AccessAction = (typeof ACCESS_ACTIONS)[number]

const ACTION_WORDS: Record<AccessAction, MessageKey> = {
  view: 'staff.action.view',
  queue: 'staff.action.queue',
  search: 'staff.action.search',
  photo: 'staff.action.photo',
  export: 'staff.action.export',
  status: 'staff.action.status',
  assign: 'staff.action.assign',
  labels: 'staff.action.labels',
  priority: 'staff.action.priority',
  note: 'staff.action.note',
  message: 'staff.action.message',
  link: 'staff.action.link',
  retention: 'staff.action.retention',
  correct: 'staff.action.correct',
  erase: 'staff.action.erase',
  'access-log.view': 'staff.action.accessLogView',
  'access-log.export': 'staff.action.accessLogExport',
}

export const actionText = (t: Translate, action: string) => (action in ACTION_WORDS ? t(ACTION_WORDS[action as AccessAction]) : t('staff.action.other'))

const SEARCH_WORDS: Record<SearchKind | 'unrecognized', MessageKey> = {
  caseRef: 'staff.search.caseRef',
  dob: 'staff.search.dob',
  phone: 'staff.search.phone',
  handle: 'staff.search.handle',
  document: 'staff.search.document',
  name: 'staff.search.name',
  unrecognized: 'staff.search.unrecognized',
}

const SECTION_WORDS: Record<'person' | 'journey' | 'reporter', MessageKey> = {
  person: 'staff.case.person',
  journey: 'staff.case.journey',
  reporter: 'staff.case.reporter',
}

/**
 * An access-log reason in words where the log stores a code: what kind of term was
 * searched; which answer a correction changed ("Missing person, Full name: typo"), as
 * the form asked it, never the field path the log stores (`person.fullName: typo`).
 */
export function reasonText(t: Translate, action: string, reason: string | null): string {
  if (action === 'search' && reason && reason in SEARCH_WORDS) return t(SEARCH_WORDS[reason as keyof typeof SEARCH_WORDS])
  const corrected = action === 'correct' && reason ? /^(person|journey|reporter)\.([A-Za-z]{1,40}): ([\s\S]*)$/.exec(reason) : null
  if (corrected) {
    const [, section, key, why] = corrected as unknown as [string, 'person' | 'journey' | 'reporter', string, string]
    const labelKey = LABEL[`${section}.${key}`] ?? `report.${section}.${key}.label`
    const label = t(labelKey)
    const field = label === labelKey ? t('staff.value.other') : label
    return t('staff.log.corrected', { section: t(SECTION_WORDS[section]), field, reason: why })
  }
  return reason ?? ''
}

/** A language a case or family uses, by name in the officer's language. */
export const langText = (t: Translate, lang: string) => (isLang(lang) ? t(`lang.name.${lang}`) : t('staff.value.other'))

const INDICATOR_WORDS: Record<string, MessageKey> = {
  telegram: 'staff.indicator.telegram',
  kakao: 'staff.indicator.kakao',
  whatsapp: 'staff.indicator.whatsapp',
  line: 'staff.indicator.line',
  phone: 'staff.indicator.phone',
  email: 'staff.indicator.email',
  url: 'staff.indicator.url',
  domain: 'staff.indicator.domain',
  handle: 'staff.indicator.handle',
}

/** The kind of a recruiter's identifier: "Telegram account", "Web address". */
export const indicatorText = (t: Translate, type: string) => t(INDICATOR_WORDS[type] ?? 'staff.value.other')
