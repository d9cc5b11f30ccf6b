import type { APIRoute } from 'astro'
import { langPaths, type Lang } from '../../../lib/i18n'
import { capIndexFor } from '../../../lib/advisory-data'

export const getStaticPaths = langPaths

/** The Atom index of CAP alerts with titles and summaries in one language. */
export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang
  return new Response(await capIndexFor(lang, new URL(`/${lang}/advisories/cap.xml`, site).href, site!), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  })
}
