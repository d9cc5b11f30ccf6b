import { LANGS, createT, type Lang } from '../../../core/i18n'

export { LANGS, createT, type Lang }

/** Native names for the switcher, written in their own script. */
export const LANG_NAMES: Record<Lang, string> = { ko: '한국어', km: 'ខ្មែរ', en: 'English' }

/** getStaticPaths for a page that exists once per language. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang } }))
}

/** `/{lang}/{path}` with Astro's trailing slash. `path` is '' for the home page. */
export function localizedPath(lang: Lang, path: string): string {
  const clean = path.replace(/^\/+|\/+$/g, '')
  return clean ? `/${lang}/${clean}/` : `/${lang}/`
}
