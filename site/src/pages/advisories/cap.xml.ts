import type { APIRoute } from 'astro'
import { capIndexFor } from '../../lib/advisory-data'

/** The Atom index of CAP alerts (OASIS CAP feeds practice), in English; /{lang}/advisories/cap.xml in each language. */
export const GET: APIRoute = async ({ site }) =>
  new Response(await capIndexFor('en', new URL('/advisories/cap.xml', site).href, site!), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  })
