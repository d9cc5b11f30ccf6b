import { getCollection, type CollectionEntry } from 'astro:content'
import type { Lang } from '../../../core/langs'
import { groupByEntry, type Level } from './advisories'

export type AdvisoryEntry = CollectionEntry<'advisories'>

/** Every entry, grouped by id with its translations. */
export async function loadAdvisories(): Promise<Map<string, Partial<Record<Lang, AdvisoryEntry>>>> {
  const entries = await getCollection('advisories')
  return groupByEntry(entries.map((entry) => ({ id: entry.id, value: entry })))
}

/** The level of each gazetteer region, from the advisories that name it. */
export function levelsByRegion(groups: Map<string, Partial<Record<Lang, AdvisoryEntry>>>): Map<string, Level> {
  const levels = new Map<string, Level>()
  for (const translations of groups.values()) {
    const entry = pickTranslation(translations, 'en').value
    if (entry.data.kind !== 'advisory' || !entry.data.level) continue
    for (const region of entry.data.regions) levels.set(region, entry.data.level)
  }
  return levels
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10)

/**
 * A calendar day as a reader writes it (`4 ធ្នូ 2025`, `2025년 12월 4일`), from the one
 * date formatter. Advisory dates are days without a time, parsed as UTC midnight, and it
 * reads such days in UTC, so no zone moves them to the day before.
 */
export { formatDay } from '../../../core/dates'

const SCRIPT_OF: Partial<Record<Lang, RegExp>> = { km: /[\u1780-\u17FF]/, ko: /[\uAC00-\uD7A3]/ }

/**
 * The language to mark a source's title with: a title with none of the page's script
 * is the source's own English title, so screen readers and the language check read it
 * as English (WCAG 3.1.2, language of parts).
 */
export const sourceTitleLang = (title: string, lang: Lang): Lang | undefined => {
  const script = SCRIPT_OF[lang]
  return script && !script.test(title) ? 'en' : undefined
}

import geojson from '../data/khm-adm1.geojson?raw'
import { capAreasFor, type ProvinceShape } from '../../../core/cap-areas'
import { capIdentifier, capIndex, type AdvisoryForFeed } from '../../../core/feeds'
import { ADVISORY_LEVELS, getPlace, type AdvisoryLevelText } from '../../../core/gazetteer'
import { LANGS, pickTranslation } from '../../../core/langs'
import { createT } from '../../../core/i18n'

/** An entry with all its translations, in the shape the feed builders take. */
export function toFeedEntry(id: string, translations: Partial<Record<Lang, AdvisoryEntry>>, site: URL): AdvisoryForFeed {
  const base = pickTranslation(translations, 'en').value.data
  return {
    id,
    kind: base.kind,
    level: base.level,
    country: base.country,
    regions: base.regions.map((region) => {
      const place = getPlace(region)!
      return {
        id: region,
        name: place.names.en,
        names: place.names,
        iso3166_2: place.kind === 'province' ? place.iso : undefined,
        areas: capAreasFor(place, provinceShapes()),
      }
    }),
    issued: isoDay(base.issued),
    updated: isoDay(base.updated),
    expires: base.expires ? isoDay(base.expires) : undefined,
    sources: base.sources,
    translations: Object.fromEntries(
      LANGS.filter((lang) => translations[lang]).map((lang) => [
        lang,
        { title: translations[lang]!.data.title, summary: translations[lang]!.data.summary, url: new URL(`/${lang}/advisories/${id}/`, site).href },
      ]),
    ),
  }
}

let shapes: ProvinceShape[] | undefined
/** Cambodia's province outlines (site/src/data/README.md), parsed once per build. */
function provinceShapes(): ProvinceShape[] {
  shapes ??= (JSON.parse(geojson) as { features: ProvinceShape[] }).features
  return shapes
}

/** CAP's `<instruction>` for each level and `<contact>`, in each language (locale keys `cap.*`). */
export function capTexts(): { instructions: Record<Lang, Record<AdvisoryLevelText, string>>; contact: Record<Lang, string> } {
  return {
    instructions: Object.fromEntries(
      LANGS.map((lang) => [lang, Object.fromEntries(ADVISORY_LEVELS.map((level) => [level, createT(lang)(`cap.instruction.${level}` as 'cap.instruction.1')]))]),
    ) as Record<Lang, Record<AdvisoryLevelText, string>>,
    contact: Object.fromEntries(LANGS.map((lang) => [lang, createT(lang)('cap.contact')])) as Record<Lang, string>,
  }
}

/** The localized level names CAP's `<event>` carries. */
export function levelNames(): Record<Lang, Record<AdvisoryLevelText, string>> {
  return Object.fromEntries(
    LANGS.map((lang) => {
      const t = createT(lang)
      return [lang, Object.fromEntries(ADVISORY_LEVELS.map((level) => [level, t(`advisory.level.${level}` as 'advisory.level.1')]))]
    }),
  ) as Record<Lang, Record<AdvisoryLevelText, string>>
}

/** The Atom index of the CAP alerts, titles and summaries in `lang` (English where not translated). */
export async function capIndexFor(lang: Lang, feedUrl: string, site: URL): Promise<string> {
  const groups = await loadAdvisories()
  const alerts = [...groups]
    .map(([id, translations]) => toFeedEntry(id, translations, site))
    .filter((entry) => entry.kind === 'advisory')
    .map((entry) => {
      const shown = entry.translations[lang] ? lang : entry.translations.en ? 'en' : LANGS.find((l) => entry.translations[l])!
      const translation = entry.translations[shown]!
      return {
        id: capIdentifier(entry, site.href),
        title: translation.title,
        summary: translation.summary,
        lang: shown,
        updated: entry.updated,
        capUrl: new URL(`/advisories/cap/${entry.id}.xml`, site).href,
      }
    })
  const title = `${createT(lang)('advisories.title')} (CAP) – Homeward`
  return capIndex({ siteUrl: new URL(`/${lang}/advisories/`, site).href, feedUrl, alerts, lang, title })
}
