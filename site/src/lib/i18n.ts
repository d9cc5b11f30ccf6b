import { LANGS, createT, type Lang } from '../../../core/i18n'
import { LANG_NAMES } from '../../../core/langs'

export { LANGS, LANG_NAMES, createT, type Lang }

/** getStaticPaths for a page that exists once per language. */
export function langPaths() {
  return LANGS.map((lang) => ({ params: { lang } }))
}

/** `/{lang}/{path}` with Astro's trailing slash. `path` is '' for the home page. */
export function localizedPath(lang: Lang, path: string): string {
  const clean = path.replace(/^\/+|\/+$/g, '')
  return clean ? `/${lang}/${clean}/` : `/${lang}/`
}
