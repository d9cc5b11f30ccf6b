/** The languages Homeward is published in, in the order the switcher shows them. */
export const LANGS = ['ko', 'km', 'en'] as const
export type Lang = (typeof LANGS)[number]
/** Korean is the default when nothing in Accept-Language matches: most readers are Korean families. */
export const DEFAULT_LANG: Lang = 'ko'

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value)
}

/** Each language's own name, written in its own script (the switcher, language choices). */
export const LANG_NAMES: Record<Lang, string> = { ko: '한국어', km: 'ខ្មែរ', en: 'English' }

/**
 * Which language to show when a text is missing in the reader's: theirs, then English,
 * then the other one (Starlight's way: a fallback with a notice, never a 404).
 */
export const FALLBACK_ORDER: Record<Lang, readonly Lang[]> = { ko: ['ko', 'en', 'km'], km: ['km', 'en', 'ko'], en: ['en', 'ko', 'km'] }

/** The translation to show a reader of `lang`, and whether it is a fallback. */
export function pickTranslation<T>(translations: Partial<Record<Lang, T | null>>, lang: Lang): { value: T; lang: Lang; fallback: boolean } {
  for (const candidate of FALLBACK_ORDER[lang]) {
    const value = translations[candidate]
    if (value !== undefined && value !== null) return { value, lang: candidate, fallback: candidate !== lang }
  }
  throw new Error('an entry with no translation at all')
}
