/**
 * Feeds of travel advisories: Atom 1.0 per language (RFC 4287), one CAP 1.2 document per
 * advisory, and the Atom index of CAP documents that alert aggregators poll.
 * CAP: OASIS CAP 1.2 (https://docs.oasis-open.org/emergency/cap/v1.2/CAP-v1.2-os.html);
 * tests/unit/schemas.ts checks the output against its published schema.
 */
import type { CapArea } from './cap-areas'
import { LANGS, type Lang } from './langs'
import type { AdvisoryLevelText } from './places'
import { element, formatUtcDateTime, xmlDocument, type Content, type Markup } from './xml'


export type AdvisoryTranslation = {
  title: string
  summary: string
  /** Absolute URL of the page in this language. */
  url: string
}

export type AdvisoryForFeed = {
  id: string
  kind: 'advisory' | 'guide'
  level?: AdvisoryLevelText
  country?: string
  regions: Array<{
    id: string
    /** The English name; `names` gives it in other languages. */
    name: string
    names?: Partial<Record<Lang, string>>
    iso3166_2?: string
    /** CAP geometry (see core/cap-areas.ts): one `<area>` each. */
    areas?: CapArea[]
  }>
  /** `YYYY-MM-DD` */
  issued: string
  /** `YYYY-MM-DD` */
  updated: string
  /** `YYYY-MM-DD`: when the advisory must be reviewed; CAP's `<expires>` (see `capExpires`). */
  expires?: string
  sources: Array<{ title: string; url: string }>
  translations: Partial<Record<Lang, AdvisoryTranslation>>
}

const ATOM_NS = 'http://www.w3.org/2005/Atom'
export const CAP_NS = 'urn:oasis:names:tc:emergency:cap:1.2'
export const CAP_MEDIA_TYPE = 'application/cap+xml'

/** RFC 3066 tags for CAP `<info><language>`. */
export const CAP_LANGUAGE: Record<Lang, string> = { ko: 'ko-KR', km: 'km-KH', en: 'en-US' }

const DEFAULT_AUTHOR = 'Homeward'

// Content ids become part of Atom tag: URIs and CAP identifiers, which allow no spaces,
// commas, `<` or `&` (CAP 1.2 §3.2.1): keep them to slugs rather than encode them.
const ADVISORY_ID = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/
const CAP_TOKEN = /^[^\s,<&]+$/

function assertCapToken(what: string, value: string): void {
  if (!CAP_TOKEN.test(value)) {
    throw new Error(`CAP ${what} must not contain spaces, commas, < or &: ${JSON.stringify(value)}`)
  }
}

function assertAdvisoryId(id: string): void {
  if (!ADVISORY_ID.test(id)) throw new Error(`Advisory id must be a slug: ${JSON.stringify(id)}`)
}

function absoluteUrl(url: string, what: string): string {
  try {
    new URL(url)
  } catch {
    throw new Error(`${what} must be an absolute URL: ${JSON.stringify(url)}`)
  }
  return url
}

function hostOf(siteUrl: string): string {
  return new URL(absoluteUrl(siteUrl, 'siteUrl')).hostname
}

/** RFC 3339 in UTC with `Z`, as Atom wants it. */
function atomDateTime(dateOrIso: Date | string): string {
  return formatUtcDateTime(dateOrIso, 'Z')
}

/** `YYYY-MM-DDThh:mm:ss+00:00`: CAP 1.2 date-times allow neither `Z` nor fractions. */
export function capDateTime(dateOrIso: Date | string): string {
  return formatUtcDateTime(dateOrIso, '+00:00')
}

/** The feed's `updated`: the one given, else the newest of its entries. */
function latest(given: Date | string | undefined, dates: ReadonlyArray<Date | string>): string {
  if (given !== undefined) return atomDateTime(given)
  if (dates.length === 0) throw new Error('A feed with no entries needs an explicit `updated`')
  return dates.map(atomDateTime).sort().at(-1)!
}

function atomLink(rel: string, href: string, type?: string, hreflang?: string): Markup {
  return element('link', { rel, type, hreflang, href: absoluteUrl(href, `link rel=${rel}`) })
}

/** The translation an entry shows in `lang`: its own, else English, else the first there is. */
function pickTranslation(advisory: AdvisoryForFeed, lang: Lang): [Lang, AdvisoryTranslation] {
  for (const candidate of [lang, 'en', ...LANGS] as const) {
    const translation = advisory.translations[candidate]
    if (translation) return [candidate, translation]
  }
  throw new Error(`Advisory ${advisory.id} has no translation`)
}

// A tag: URI (RFC 4151) from the site's host and the date the advisory was first issued,
// so it survives edits, re-deploys and changes of URL path. One per language edition:
// the km entry that falls back to English today becomes the Khmer entry later.
function entryTagUri(host: string, advisory: AdvisoryForFeed, lang: Lang): string {
  assertAdvisoryId(advisory.id)
  const issuedDate = atomDateTime(advisory.issued).slice(0, 10)
  return `tag:${host},${issuedDate}:advisories/${advisory.id}/${lang}`
}

function byUpdatedDescending(a: AdvisoryForFeed, b: AdvisoryForFeed): number {
  const byDate = atomDateTime(b.updated).localeCompare(atomDateTime(a.updated))
  return byDate !== 0 ? byDate : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

export interface AtomFeedOptions {
  lang: Lang
  /** The page the feed mirrors (the alternate link). */
  siteUrl: string
  /** Where the feed itself is served (the self link and the feed id). */
  feedUrl: string
  title: string
  /** Defaults to the most recent entry's `updated`, so a rebuild gives the same bytes. */
  updated?: Date | string
  entries: readonly AdvisoryForFeed[]
  /** Defaults to "Homeward". */
  authorName?: string
}

/**
 * An Atom 1.0 feed of advisories and guides in one language, newest first. An entry not
 * yet translated into `lang` is shown in English and carries `xml:lang="en"`.
 */
export function atomFeed(options: AtomFeedOptions): string {
  const host = hostOf(options.siteUrl)
  const entries = [...options.entries].sort(byUpdatedDescending).map((advisory) => {
    const [shownLang, translation] = pickTranslation(advisory, options.lang)
    return element(
      'entry',
      { 'xml:lang': shownLang === options.lang ? undefined : shownLang },
      element('id', {}, entryTagUri(host, advisory, options.lang)),
      element('title', {}, translation.title),
      element('updated', {}, atomDateTime(advisory.updated)),
      element('published', {}, atomDateTime(advisory.issued)),
      element('summary', {}, translation.summary),
      atomLink('alternate', translation.url, 'text/html', shownLang),
    )
  })
  const feed = element(
    'feed',
    { xmlns: ATOM_NS, 'xml:lang': options.lang },
    element('id', {}, absoluteUrl(options.feedUrl, 'feedUrl')),
    element('title', {}, options.title),
    element('updated', {}, latest(options.updated, options.entries.map((e) => e.updated))),
    atomLink('self', options.feedUrl, 'application/atom+xml'),
    atomLink('alternate', options.siteUrl, 'text/html', options.lang),
    element('author', {}, element('name', {}, options.authorName ?? DEFAULT_AUTHOR)),
    entries,
  )
  return xmlDocument(feed)
}

type CapResponseType = 'Evacuate' | 'Avoid' | 'Monitor'
type CapSeverity = 'Extreme' | 'Severe' | 'Moderate' | 'Minor'

// Our mapping of the 0404 levels to CAP's severity and response. Level 2 and the special
// advisory ask travellers to reconsider, not to prepare for an event: Monitor.
const LEVEL_TO_CAP: Record<AdvisoryLevelText, { severity: CapSeverity; responseTypes: CapResponseType[] }> = {
  '4': { severity: 'Extreme', responseTypes: ['Avoid', 'Evacuate'] },
  '3': { severity: 'Severe', responseTypes: ['Avoid'] },
  '2.5': { severity: 'Moderate', responseTypes: ['Monitor'] },
  '2': { severity: 'Moderate', responseTypes: ['Monitor'] },
  '1': { severity: 'Minor', responseTypes: ['Monitor'] },
}

/** The `eventCode` value name under which the raw 0404 level is carried. */
export const LEVEL_EVENT_CODE = 'KR-MOFA-0404-level'

/**
 * The CAP identifier of one version of an advisory: unique per sender, and new whenever
 * the advisory's `updated` date changes. Example: `homeward.example.advisory.kh-sihanoukville.2025-03-01`.
 */
export function capIdentifier(advisory: Pick<AdvisoryForFeed, 'id' | 'updated'>, siteUrl: string): string {
  assertAdvisoryId(advisory.id)
  return `${hostOf(siteUrl)}.advisory.${advisory.id}.${capDateTime(advisory.updated).slice(0, 10)}`
}

export interface CapAlertOptions {
  /** CAP sender: a domain or address without spaces, commas, `<` or `&`. */
  sender: string
  siteUrl: string
  /** Defaults to the advisory's `updated` date at 00:00 UTC, so rebuilds are identical. */
  sent?: Date | string
  /** The `<event>` of each `<info>`: the level's name in that language (from the locale files). */
  levelNames: Record<Lang, Record<AdvisoryLevelText, string>>
  /** `<senderName>`, per language or one for all; defaults to "Homeward". */
  senderName?: string | Partial<Record<Lang, string>>
  /** `<instruction>` per language and level: what to do (from the locale files). */
  instructions: Record<Lang, Record<AdvisoryLevelText, string>>
  /** `<contact>` per language: only the verified contacts of core/contacts.ts. */
  contact: Record<Lang, string>
}

/**
 * Days an advisory stays in force in CAP after it was last updated, when it names no
 * review date of its own: an advisory nobody has re-checked for a year should not be
 * shown as current. Aggregators drop alerts past `<expires>`.
 */
export const CAP_VALID_DAYS = 365

/** `<expires>`: the advisory's own review date, else {@link CAP_VALID_DAYS} after it was last updated. */
export function capExpires(advisory: Pick<AdvisoryForFeed, 'updated' | 'expires'>): string {
  if (advisory.expires) return capDateTime(advisory.expires)
  const updated = new Date(capDateTime(advisory.updated))
  return capDateTime(new Date(updated.getTime() + CAP_VALID_DAYS * 86_400_000))
}

const formatNumber = (n: number) => String(Number(n.toFixed(3)))

function capAreaElement(areaDesc: string, area: CapArea, where: string): Markup {
  const polygons = area.polygons ?? []
  const circles = area.circles ?? []
  const geocodes = area.geocodes ?? []
  if (polygons.length + circles.length + geocodes.length === 0) {
    throw new Error(`${where}: an area needs a polygon, a circle or a geocode`)
  }
  for (const ring of polygons) {
    const [first, last] = [ring[0], ring.at(-1)]
    if (ring.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1]) {
      throw new Error(`${where}: a polygon must be a closed ring of at least 4 points`)
    }
  }
  for (const geocode of geocodes) assertCapToken(`${where} geocode valueName`, geocode.valueName)
  return element(
    'area',
    {},
    element('areaDesc', {}, areaDesc),
    polygons.map((ring) => element('polygon', {}, ring.map(([lat, lon]) => `${formatNumber(lat)},${formatNumber(lon)}`).join(' '))),
    circles.map((c) => element('circle', {}, `${formatNumber(c.lat)},${formatNumber(c.lon)} ${formatNumber(c.radiusKm)}`)),
    geocodes.map((g) => element('geocode', {}, element('valueName', {}, g.valueName), element('value', {}, g.value))),
  )
}

/**
 * A CAP 1.2 alert for one advisory, with one `<info>` per translation (ko, km, en).
 * Throws for guides, which are not alerts, and for advisories without a level.
 */
export function capAlert(advisory: AdvisoryForFeed, options: CapAlertOptions): string {
  if (advisory.kind !== 'advisory') {
    throw new Error(`Only advisories become CAP alerts, not a ${advisory.kind}: ${advisory.id}`)
  }
  if (!advisory.level) throw new Error(`Advisory ${advisory.id} has no level to map to a CAP severity`)
  assertCapToken('sender', options.sender)
  const level = advisory.level
  const { severity, responseTypes } = LEVEL_TO_CAP[level]
  const langs = LANGS.filter((lang) => advisory.translations[lang])
  if (langs.length === 0) throw new Error(`Advisory ${advisory.id} has no translation`)

  // One <area> per piece of geometry, so areas that are not contiguous stay apart; a
  // region without geometry is placed by its ISO 3166-2 code, an advisory without
  // regions by its country (ISO 3166-1). An advisory with neither has no area.
  const areasIn = (lang: Lang): Content =>
    advisory.regions.length > 0
      ? advisory.regions.flatMap((region) => {
          const areaDesc = region.names?.[lang] ?? region.name
          const geometry = region.areas?.length
            ? region.areas
            : region.iso3166_2
              ? [{ geocodes: [{ valueName: 'ISO3166-2', value: region.iso3166_2 }] }]
              : []
          if (geometry.length === 0) {
            throw new Error(`Region ${region.id} of ${advisory.id} has no polygon, circle or geocode for CAP`)
          }
          return geometry.map((area) => capAreaElement(areaDesc, area, `Region ${region.id}`))
        })
      : advisory.country
        ? capAreaElement(advisory.country, { geocodes: [{ valueName: 'ISO3166-1', value: advisory.country }] }, advisory.id)
        : null
  const expires = capExpires(advisory)

  const infos = langs.map((lang) => {
    const translation = advisory.translations[lang]!
    const event = options.levelNames[lang]?.[level]
    if (!event) throw new Error(`levelNames.${lang} has no name for level ${level}`)
    const instruction = options.instructions[lang]?.[level]
    if (!instruction) throw new Error(`instructions.${lang} has no text for level ${level}`)
    const contact = options.contact[lang]
    if (!contact) throw new Error(`contact.${lang} is missing`)
    const senderName =
      typeof options.senderName === 'string' ? options.senderName : (options.senderName?.[lang] ?? DEFAULT_AUTHOR)
    return element(
      'info',
      {},
      element('language', {}, CAP_LANGUAGE[lang]),
      element('category', {}, 'Safety'),
      level === '3' || level === '4' ? element('category', {}, 'Security') : null,
      element('event', {}, event),
      responseTypes.map((responseType) => element('responseType', {}, responseType)),
      element('urgency', {}, 'Expected'),
      element('severity', {}, severity),
      element('certainty', {}, 'Likely'),
      element('eventCode', {}, element('valueName', {}, LEVEL_EVENT_CODE), element('value', {}, level)),
      // In force since first issued; an update does not restart it.
      element('effective', {}, capDateTime(advisory.issued)),
      element('expires', {}, expires),
      element('senderName', {}, senderName),
      element('headline', {}, translation.title),
      element('description', {}, translation.summary),
      element('instruction', {}, instruction),
      element('web', {}, absoluteUrl(translation.url, `translations.${lang}.url`)),
      element('contact', {}, contact),
      areasIn(lang),
    )
  })

  const alert = element(
    'alert',
    { xmlns: CAP_NS },
    element('identifier', {}, capIdentifier(advisory, options.siteUrl)),
    element('sender', {}, options.sender),
    element('sent', {}, capDateTime(options.sent ?? advisory.updated)),
    element('status', {}, 'Actual'),
    element('msgType', {}, 'Alert'),
    element('scope', {}, 'Public'),
    infos,
  )
  return xmlDocument(alert)
}

export type CapIndexEntry = {
  /** The CAP identifier (see `capIdentifier`). */
  id: string
  title: string
  /** The advisory's summary in the index's language: aggregators show it beside the title. */
  summary: string
  updated: Date | string
  /** Absolute URL of the CAP document. */
  capUrl: string
  /** Language of title and summary when it is not the index's (an untranslated advisory). */
  lang?: Lang
}

export interface CapIndexOptions {
  siteUrl: string
  feedUrl: string
  /** Defaults to the most recent alert's `updated`. */
  updated?: Date | string
  alerts: readonly CapIndexEntry[]
  /** Defaults to "Homeward travel advisories (CAP)". */
  title?: string
  /** Defaults to `en`. */
  lang?: Lang
  authorName?: string
}

/**
 * The Atom index of CAP documents (OASIS CAP feeds practice): one entry per alert,
 * linked with `rel="alternate" type="application/cap+xml"`.
 */
export function capIndex(options: CapIndexOptions): string {
  const host = hostOf(options.siteUrl)
  const entries = options.alerts.map((alert) => {
    assertCapToken('identifier', alert.id)
    // Each CAP message is its own entry: a new version has a new identifier and a new id.
    const tagDate = atomDateTime(alert.updated).slice(0, 10)
    if (alert.summary.trim() === '') throw new Error(`CAP index entry ${alert.id} has no summary`)
    return element(
      'entry',
      { 'xml:lang': alert.lang && alert.lang !== (options.lang ?? 'en') ? alert.lang : undefined },
      // One entry per CAP message and language edition (English keeps the bare id).
      element('id', {}, `tag:${host},${tagDate}:cap/${encodeURIComponent(alert.id)}${options.lang && options.lang !== 'en' ? `/${options.lang}` : ''}`),
      element('title', {}, alert.title),
      element('updated', {}, atomDateTime(alert.updated)),
      element('summary', {}, alert.summary),
      atomLink('alternate', alert.capUrl, CAP_MEDIA_TYPE),
    )
  })
  const feed = element(
    'feed',
    { xmlns: ATOM_NS, 'xml:lang': options.lang ?? 'en' },
    element('id', {}, absoluteUrl(options.feedUrl, 'feedUrl')),
    element('title', {}, options.title ?? 'Homeward travel advisories (CAP)'),
    element('updated', {}, latest(options.updated, options.alerts.map((a) => a.updated))),
    atomLink('self', options.feedUrl, 'application/atom+xml'),
    atomLink('alternate', options.siteUrl, 'text/html'),
    element('author', {}, element('name', {}, options.authorName ?? DEFAULT_AUTHOR)),
    entries,
  )
  return xmlDocument(feed)
}
