/** The languages Homeward is published in, in the order the switcher shows them. */
export const LANGS = ['ko', 'km', 'en'] as const
export type Lang = (typeof LANGS)[number]
/** Korean is the default when nothing in Accept-Language matches (PRODUCT.md). */
export const DEFAULT_LANG: Lang = 'ko'

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value)
}

/** Each language's own name, written in its own script (the switcher, language choices). */
export const LANG_NAMES: Record<Lang, string> = { ko: '한국어', km: 'ខ្មែរ', en: 'English' }
