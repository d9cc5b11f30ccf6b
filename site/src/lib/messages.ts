import { createT, type Lang } from './i18n'
import en from '../../../locales/en.json'

/**
 * The strings an island needs, resolved at build time by i18next (with its English
 * fallback) and passed as props, so islands ship neither i18next nor other languages.
 */
export function islandMessages(lang: Lang, prefixes: string[]): Record<string, string> {
  const t = createT(lang)
  const out: Record<string, string> = {}
  for (const key of Object.keys(en) as Array<keyof typeof en>) {
    if (prefixes.some((prefix) => key.startsWith(prefix))) out[key] = t(key)
  }
  return out
}
