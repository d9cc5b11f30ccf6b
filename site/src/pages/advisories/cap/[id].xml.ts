import type { APIRoute } from 'astro'
import { capAlert } from '../../../../../core/feeds'
import { pickTranslation } from '../../../../../core/langs'
import { capTexts, levelNames, loadAdvisories, toFeedEntry } from '../../../lib/advisory-data'

export async function getStaticPaths() {
  const groups = await loadAdvisories()
  return [...groups]
    .filter(([, t]) => pickTranslation(t, 'en').value.data.kind === 'advisory')
    .map(([id]) => ({ params: { id } }))
}

/** One CAP 1.2 alert per advisory, one <info> per language. */
export const GET: APIRoute = async ({ params, site }) => {
  const groups = await loadAdvisories()
  const entry = toFeedEntry(params.id!, groups.get(params.id!)!, site!)
  const xml = capAlert(entry, { sender: `advisories@${site!.hostname}`, siteUrl: site!.href, levelNames: levelNames(), ...capTexts() })
  return new Response(xml, { headers: { 'content-type': 'application/cap+xml; charset=utf-8' } })
}
