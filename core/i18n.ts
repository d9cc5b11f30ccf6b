import i18next, { type TFunction } from 'i18next'
import en from '../locales/en.json' with { type: 'json' }
import ko from '../locales/ko.json' with { type: 'json' }
import km from '../locales/km.json' with { type: 'json' }

import { DEFAULT_LANG, FALLBACK_ORDER, LANGS, isLang, type Lang } from './langs'

export { DEFAULT_LANG, LANGS, isLang, type Lang }
/** en.json is the source of keys; ko and km translate it (tests/unit/locales.test.ts keeps them in step). */
export type MessageKey = keyof typeof en

export const messages: Record<Lang, Record<string, string>> = { en, ko, km }

const cache = new Map<Lang, TFunction>()

/**
 * One i18next instance per language, falling back in FALLBACK_ORDER. Keys are flat and
 * dotted (`report.person.fullName.label`), so key and namespace separators are off.
 */
export function createT(lang: Lang): (key: MessageKey, options?: Record<string, unknown>) => string {
  let t = cache.get(lang)
  if (!t) {
    const instance = i18next.createInstance()
    instance.init({
      lng: lang,
      fallbackLng: FALLBACK_ORDER[lang].slice(1),
      resources: { en: { translation: en }, ko: { translation: ko }, km: { translation: km } },
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      initAsync: false,
    })
    t = instance.t
    cache.set(lang, t)
  }
  const bound = t
  return (key, options) => bound(key, options ?? {}) as string
}

/**
 * Picks the best language from an Accept-Language header by quality, matching on the
 * primary subtag (ko-KR → ko). Returns DEFAULT_LANG when nothing matches.
 */
export function negotiateLang(header: string | null | undefined): Lang {
  if (!header) return DEFAULT_LANG
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      const quality = q ? Number.parseFloat(q.slice(2)) : 1
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index }
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0]
    if (isLang(primary)) return primary
  }
  return DEFAULT_LANG
}
