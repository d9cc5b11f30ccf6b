import type { APIRoute } from 'astro'
import { atomFeed } from '../../../../../core/feeds'
import { createT, langPaths, type Lang } from '../../../lib/i18n'
import { loadAdvisories, toFeedEntry } from '../../../lib/advisory-data'

export const getStaticPaths = langPaths

/** Atom feed of advisories and guides in one language (untranslated entries in English, marked). */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang
  const groups = await loadAdvisories()
  const xml = atomFeed({
    lang,
    siteUrl: new URL(`/${lang}/advisories/`, site).href,
    feedUrl: new URL(`/${lang}/advisories/feed.xml`, site).href,
    title: `${createT(lang)('advisories.title')} – Homeward`,
    entries: [...groups].map(([id, translations]) => toFeedEntry(id, translations, site!)),
  })
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } })
}
