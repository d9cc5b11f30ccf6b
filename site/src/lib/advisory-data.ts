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
    const entry = translations.en ?? translations.ko ?? translations.km
    if (!entry || entry.data.kind !== 'advisory' || !entry.data.level) continue
    for (const region of entry.data.regions) levels.set(region, entry.data.level)
  }
  return levels
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10)

import type { AdvisoryForFeed, AdvisoryLevel } from '../../../core/feeds'
import { getPlace } from '../../../core/gazetteer'
import { LANGS } from '../../../core/langs'
import { createT } from '../../../core/i18n'

/** An entry with all its translations, in the shape the feed builders take. */
export function toFeedEntry(id: string, translations: Partial<Record<Lang, AdvisoryEntry>>, site: URL): AdvisoryForFeed {
  const base = (translations.en ?? translations.ko ?? translations.km)!.data
  return {
    id,
    kind: base.kind,
    level: base.level,
    country: base.country,
    regions: base.regions.map((region) => {
      const place = getPlace(region)!
      return { id: region, name: place.names.en, iso3166_2: place.kind === 'province' ? place.iso : undefined }
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

/** The localized level names CAP's `<event>` carries. */
export function levelNames(): Record<Lang, Record<AdvisoryLevel, string>> {
  return Object.fromEntries(
    LANGS.map((lang) => {
      const t = createT(lang)
      return [lang, Object.fromEntries((['1', '2', '2.5', '3', '4'] as const).map((level) => [level, t(`advisory.level.${level}` as 'advisory.level.1')]))]
    }),
  ) as Record<Lang, Record<AdvisoryLevel, string>>
}
