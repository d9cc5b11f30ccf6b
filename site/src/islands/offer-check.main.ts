/**
 * The offer check's Solid island, built on its own (scripts/build.mjs) rather than
 * through Astro's island runtime. The page's budget is 35 KB of gzipped JavaScript and
 * the engine alone is 28 KB; Astro's shared runtime would add the <astro-island> loader,
 * its Solid renderer with solid-js/store, and Solid's hydration code, 7.8 KB together,
 * for things this page never uses (props that change, slots, Suspense). So the server
 * renders the form as static HTML and this module renders the live one in its place.
 */
import { render } from 'solid-js/web'
import OfferCheck from './OfferCheck'

const root = document.getElementById('offer-check')
if (root) {
  const props = JSON.parse(root.dataset.props ?? '{}')
  // Keep anything typed into the static form before this module ran, and the focus.
  const typed = root.querySelector('textarea')?.value ?? ''
  const focused = root.contains(document.activeElement)
  root.textContent = ''
  render(() => OfferCheck({ ...props, initialText: typed }), root)
  if (focused) root.querySelector('textarea')?.focus()
  // Marks the live form (as Astro drops `ssr` from a hydrated <astro-island>).
  root.dataset.live = ''
}
