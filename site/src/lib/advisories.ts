import { LANGS, pickTranslation, type Lang } from '../../../core/langs'

export type Localized<T> = { id: string; lang: Lang; value: T }

/** Groups `<id>/<lang>` entries by id: each id's translations. */
export function groupByEntry<T>(entries: Array<{ id: string; value: T }>): Map<string, Partial<Record<Lang, T>>> {
  const groups = new Map<string, Partial<Record<Lang, T>>>()
  for (const { id, value } of entries) {
    const [entryId, lang] = id.split('/')
    if (!(LANGS as readonly string[]).includes(lang)) throw new Error(`${id}: file name must be ko.md, km.md or en.md`)
    groups.set(entryId, { ...groups.get(entryId), [lang]: value })
  }
  return groups
}

export { pickTranslation }

// The pages' names for the one list of levels in core/places.ts.
export { ADVISORY_LEVELS as LEVELS, type AdvisoryLevelText as Level } from '../../../core/places'
