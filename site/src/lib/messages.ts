import { createT, type Lang } from './i18n'
import { messages as all } from '../../../core/i18n'
import en from '../../../locales/en.json'

/**
 * The strings an island needs, resolved at build time by i18next (with its English
 * fallback) and passed as props, so islands ship neither i18next nor other languages.
 * Every island also gets the words core/dates.ts names a time zone with and the
 * language's "label:" pattern, so any island can show a time or a labelled value.
 */
const EVERY_ISLAND = ['time.', 'labelled']

export function islandMessages(lang: Lang, prefixes: string[]): Record<string, string> {
  const t = createT(lang)
  const out: Record<string, string> = {}
  for (const key of Object.keys(en) as Array<keyof typeof en>) {
    if (![...prefixes, ...EVERY_ISLAND].some((prefix) => key.startsWith(prefix))) continue
    // Plural forms a language does not have (Korean and Khmer: no `_one`) are left out,
    // so the island's plural rule picks `_other` rather than an English fallback.
    if (key.endsWith('_one') && !(key in all[lang])) continue
    out[key] = t(key)
  }
  return out
}
