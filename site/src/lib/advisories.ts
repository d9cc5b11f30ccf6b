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

export const LEVELS = ['4', '3', '2.5', '2', '1'] as const
export type Level = (typeof LEVELS)[number]
