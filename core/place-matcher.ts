/**
 * The matcher behind findPlaces (gazetteer.ts) and the offer check (place-table.ts): one
 * regular expression over a table of names. The table has one line per place:
 * `id|level|name|name…`, where level is the advisory level or empty, followed by `c` for a
 * compound area. Names are already normalised as the matched text is (lower case, NFKC,
 * spaced-out letters joined). `placeTable()` in gazetteer.ts writes such tables from PLACES.
 */
import type { AdvisoryLevel } from './places'
import type { NormalizedText } from './offer-check/normalize'

export type PlaceHit = { placeId: string; start: number; end: number; text: string }
export type PlaceMatch = PlaceHit & { country: string; level: AdvisoryLevel | null; compounds: boolean }

// Every name goes into one regular expression, longest first, so a scan is a single
// pass and "ក្រុងព្រះសីហនុ" wins over "ព្រះសីហនុ". Latin edges need a word boundary ("Kep"
// is not in "kept"); Khmer edges must not cut a cluster (កែប is not the start of កែប្រែ);
// Hangul needs no boundary because particles attach to names (캄보디아에서).
function namePattern(name: string): string {
  const edge = (c: string, latin: string, khmer: string) => (/[a-z0-9]/.test(c) ? latin : /[\u1780-\u17ff]/.test(c) ? khmer : '')
  return (
    edge(name[0]!, '(?<![a-z0-9_])', '(?<!\u17d2)') +
    name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, ' ?') +
    edge(name[name.length - 1]!, '(?![a-z0-9_])', '(?![\u17b4-\u17d3\u17dd])')
  )
}

/** A matcher for a table in the format above. */
export function compilePlaces(table: string): (norm: NormalizedText) => PlaceMatch[] {
  // Spaces are optional when matching ("Phnom Penh", "phnompenh"), so places are keyed without them.
  const byName = new Map<string, Omit<PlaceMatch, keyof PlaceHit> & { placeId: string }>()
  const names = new Set<string>()
  for (const line of table.split('\n')) {
    const [placeId, level, ...keys] = line.split('|') as [string, string, ...string[]]
    const place = { placeId, country: placeId.split('-')[0]!, level: (parseFloat(level) || null) as AdvisoryLevel | null, compounds: level.endsWith('c') }
    for (const key of keys) {
      const compact = key.replace(/ /g, '')
      if (!byName.has(compact)) byName.set(compact, place)
      names.add(key)
    }
  }
  let re: RegExp | undefined
  return (norm) => {
    re ??= new RegExp([...names].sort((a, b) => b.length - a.length).map(namePattern).join('|'), 'g')
    const hits: PlaceMatch[] = []
    re.lastIndex = 0
    for (let m = re.exec(norm.text); m; m = re.exec(norm.text)) {
      const start = norm.starts[m.index]!
      const end = norm.ends[m.index + m[0].length - 1]!
      hits.push({ ...byName.get(m[0].replace(/ /g, ''))!, start, end, text: norm.source.slice(start, end) })
    }
    return hits
  }
}
