/**
 * Looking places up and finding them in text: the lookups over PLACES (places.ts) and the
 * matcher the Worker, the advisory pages and the map use. Pure: no DOM, Node or network
 * imports.
 */
import type { Lang } from './langs'
import { normalizeText, type NormalizedText } from './offer-check/normalize'
import { compilePlaces, type PlaceHit, type PlaceMatch } from './place-matcher'
import { ADVISORY_SOURCES, PLACES, type AdvisoryLevel, type AdvisorySource, type Place } from './places'

export { ADVISORY_AS_OF, ADVISORY_LEVELS, ADVISORY_SOURCES, COMPOUND_SOURCES, PLACES } from './places'
export type { AdvisoryLevel, AdvisoryLevelText, AdvisorySource, Place, PlaceKind } from './places'
export type { PlaceHit } from './place-matcher'

const BY_ID = new Map(PLACES.map((p) => [p.id, p]))

/** The place with this id, or undefined. */
export function getPlace(id: string): Place | undefined {
  return BY_ID.get(id)
}

/** A place's name in `lang`; in English where it has none in Khmer. */
export function placeName(place: Place, lang: Lang): string {
  return place.names[lang] ?? place.names.en
}

/** A place's advisory with where it comes from; `placeId` is the place whose level it is. */
export type Advisory = AdvisorySource & { level: AdvisoryLevel; placeId: string; inheritedFrom?: string }

function levelHolder(id: string): Place | undefined {
  // Countries have no single level (Cambodia's varies by province), so the walk stops below them.
  for (let place = BY_ID.get(id); place && place.kind !== 'country'; place = place.parent ? BY_ID.get(place.parent) : undefined) {
    if (place.level !== null) return place
  }
  return undefined
}

/** The level in force for a place: its own, or the nearest enclosing place's. */
export function levelOf(id: string): AdvisoryLevel | null {
  return levelHolder(id)?.level ?? null
}

/**
 * The advisory in force for a place, with its sources: its own, or else the nearest
 * enclosing place's (Shwe Kokko lies inside Myawaddy township), named in `inheritedFrom`.
 */
export function advisoryOf(id: string): Advisory | null {
  const holder = levelHolder(id)
  if (!holder) return null
  const source = ADVISORY_SOURCES[holder.id]!
  return { ...source, level: holder.level!, placeId: holder.id, ...(holder.id !== id ? { inheritedFrom: holder.id } : {}) }
}

// ── Matcher ─────────────────────────────────────────────────────────────────
// Every name and alias is normalised the same way as the text it is matched against
// (lower case, NFKC, no zero-width characters, spaced-out letters joined) and goes into
// one regular expression (place-matcher.ts). The offer check uses the table without the
// Chinese names (place-table.ts); `findPlaces` here reads them too.

// Names that are also ordinary words, matched only in the longer forms listed as aliases:
// កណ្ដាល is "middle" (ឈ្មួញកណ្តាល, a broker), កែប also a crab.
const UNMATCHED = new Set(['កណ្ដាល', 'កណ្តាល', 'កែប'])
const HAN = /[\u4e00-\u9fff]/

/**
 * The matcher table for PLACES in the format of place-matcher.ts, without the Chinese
 * names unless asked.
 */
export function placeTable(opts: { chinese?: boolean } = {}): string {
  // Spaces are optional when matching ("Phnom Penh", "phnompenh"), so a name's place is
  // looked up by its letters alone, and the first place to use them owns them.
  const compact = (key: string) => key.replace(/ /g, '')
  const owner = new Map<string, string>()
  const seen = new Set<string>()
  const lines: { place: Place; keys: string[] }[] = []
  for (const place of PLACES) {
    const keys: string[] = []
    for (const name of [place.names.en, place.names.ko, place.names.km, ...place.aliases]) {
      if (!name || name.includes('(') || UNMATCHED.has(name)) continue
      const key = normalizeText(name, { despace: true }).text.trim()
      // Two-letter codes and one-syllable Hangul would match inside ordinary words.
      if (key.length < 3 && !/[\u1780-\u17ff\u4e00-\u9fff]/.test(key) && !/^[가-힣]{2}$/.test(key)) continue
      if (!opts.chinese && HAN.test(key)) continue
      if (!owner.has(compact(key))) owner.set(compact(key), place.id)
      if (!seen.has(key)) keys.push(key)
      seen.add(key)
    }
    lines.push({ place, keys })
  }
  // A name is redundant when another has the same letters and a space wherever it has
  // one ("poi pet" also matches "poipet"), as long as the first name left with those
  // letters still belongs to the place that owns them.
  const spaces = (key: string) => [...key].flatMap((c, i) => (c === ' ' ? [i - (key.slice(0, i).match(/ /g)?.length ?? 0)] : []))
  const all = lines.flatMap(({ place, keys }) => keys.map((key) => ({ key, id: place.id })))
  // Names compared only with those of the same letters, in table order: made on first use
  // in the Worker, so a check must not wait on comparing every name with every other.
  const byLetters = new Map<string, typeof all>()
  for (const a of all) byLetters.set(compact(a.key), [...(byLetters.get(compact(a.key)) ?? []), a])
  const redundant = new Set<string>()
  for (const b of all) {
    const same = byLetters.get(compact(b.key))!.filter((a) => a.key !== b.key && !redundant.has(a.key))
    if (same.some((a) => spaces(b.key).every((i) => spaces(a.key).includes(i))) && same[0]!.id === owner.get(compact(b.key))) redundant.add(b.key)
  }
  return lines
    .map(({ place, keys }) => ({ place, keys: keys.filter((k) => !redundant.has(k)) }))
    .filter(({ keys }) => keys.length > 0)
    .map(({ place, keys }) => [place.id, (levelOf(place.id) ?? '') + (place.compounds ? 'c' : ''), ...keys].join('|'))
    .join('\n')
}

let matcher: ((norm: NormalizedText) => PlaceMatch[]) | undefined

/** Place hits in an already normalised text; offsets point into the original. */
export function matchPlaces(norm: NormalizedText): PlaceHit[] {
  matcher ??= compilePlaces(placeTable({ chinese: true }))
  return matcher(norm).map(({ placeId, start, end, text }) => ({ placeId, start, end, text }))
}

/**
 * Find places named in a text, in English, Korean or Khmer script (and the Chinese
 * names common in recruitment ads), tolerant of case, fullwidth letters, zero-width
 * characters and letters spaced out to dodge filters. `start`/`end` are UTF-16 offsets
 * into `text`, and `text.slice(start, end) === hit.text`.
 */
export function findPlaces(text: string): PlaceHit[] {
  return matchPlaces(normalizeText(text, { despace: true }))
}
