import type { APIRoute } from 'astro'
import { capIdentifier, capIndex } from '../../../../core/feeds'
import { loadAdvisories, toFeedEntry } from '../../lib/advisory-data'

/** The Atom index of CAP alerts (OASIS CAP feeds practice). */
export const GET: APIRoute = async ({ site }) => {
  const groups = await loadAdvisories()
  const alerts = [...groups]
    .map(([id, translations]) => toFeedEntry(id, translations, site!))
    .filter((entry) => entry.kind === 'advisory')
    .map((entry) => ({
      id: capIdentifier(entry, site!.href),
      title: entry.translations.en?.title ?? Object.values(entry.translations)[0]!.title,
      updated: entry.updated,
      capUrl: new URL(`/advisories/cap/${entry.id}.xml`, site).href,
    }))
  const xml = capIndex({ siteUrl: site!.href, feedUrl: new URL('/advisories/cap.xml', site).href, alerts })
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } })
}
