/**
 * The offer check's place table: the names and resolved advisory levels of PLACES,
 * without the Chinese names (no offer the check was tested on uses them; `findPlaces`
 * still reads them) and without any name another name of the same place already matches.
 * `placeTable()` in gazetteer.ts makes it on first use in the Worker, Node and the tests;
 * the browser build of the check puts the finished table in place of this module
 * (scripts/place-table.mjs), so the check page ships neither PLACES, with its display
 * names and sources, nor the code that derives the table.
 */
import { placeTable } from './gazetteer'
import type { NormalizedText } from './offer-check/normalize'
import { compilePlaces, type PlaceMatch } from './place-matcher'

let table: string | undefined
/** The table, in the format of place-matcher.ts. */
export function offerPlaceTable(): string {
  return (table ??= placeTable())
}

let matcher: ((norm: NormalizedText) => PlaceMatch[]) | undefined
/** Places named in a normalised, despaced text; offsets point into the original. */
export function matchPlaceTable(norm: NormalizedText): PlaceMatch[] {
  return (matcher ??= compilePlaces(offerPlaceTable()))(norm)
}
