import { LANGS, type Lang } from '../../../core/langs'

/** Order in which to show another language when an entry lacks the reader's. */
const FALLBACK: Record<Lang, Lang[]> = { ko: ['ko', 'en', 'km'], km: ['km', 'en', 'ko'], en: ['en', 'ko', 'km'] }

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

/**
 * The translation to show a reader of `lang`: theirs, or the first fallback with a
 * flag so the page can say so (a missing translation is never a 404).
 */
export function pickTranslation<T>(translations: Partial<Record<Lang, T>>, lang: Lang): { value: T; lang: Lang; fallback: boolean } {
  for (const candidate of FALLBACK[lang]) {
    const value = translations[candidate]
    if (value !== undefined) return { value, lang: candidate, fallback: candidate !== lang }
  }
  throw new Error('an entry with no translation at all')
}

export const LEVELS = ['4', '3', '2.5', '2', '1'] as const
export type Level = (typeof LEVELS)[number]
