/**
 * Where each advisory applies, as CAP 1.2 `<area>` geometry (polygon, circle or geocode),
 * so alert aggregators can place it on a map (Google's CAP profile refuses an `<area>`
 * with only an `<areaDesc>`).
 *
 * - Cambodian provinces: their outline from `site/src/data/khm-adm1.geojson`
 *   (geoBoundaries gbOpen, KHM ADM1; source and licence in site/src/data/README.md),
 *   joined by ISO 3166-2 code and simplified to at most {@link CAP_MAX_POLYGON_POINTS}
 *   points. Each separate piece of land (an island, the mainland) is its own area, as
 *   CAP areas that are not contiguous should be. CAP polygons have no holes: Kandal's
 *   outline therefore takes in Phnom Penh; its ISO 3166-2 geocode is exact.
 * - Towns and zones below province level: a circle around a documented centre
 *   ({@link POINT_AREAS}), sized to take in the area the advisory names, no more.
 * - Myanmar's states, which have no shapes here: an ISO 3166-2 geocode.
 *
 * Pure functions and data: the site build passes the GeoJSON in.
 */
import simplify from 'simplify-js'

/** `[latitude, longitude]`, the order CAP writes. */
export type LatLon = [number, number]

export type CapArea = {
  /** Closed rings (first point = last), each of 4 to {@link CAP_MAX_POLYGON_POINTS} points. */
  polygons?: LatLon[][]
  circles?: Array<{ lat: number; lon: number; radiusKm: number }>
  /** `valueName` is the coding scheme, e.g. `ISO3166-2`. */
  geocodes?: Array<{ valueName: string; value: string }>
}

/**
 * The most points a polygon may have. CAP 1.2 sets no limit; the strictest profile in
 * common use (FEMA IPAWS, followed by many aggregators) allows 100 point pairs.
 */
export const CAP_MAX_POLYGON_POINTS = 100

/**
 * Centres and radii for places that are not provinces. Centres are the town centre or
 * the middle of the zone, to 0.01° (about 1 km), as on the advisory map
 * (site/src/components/CambodiaMap.astro); radii take in the built-up area or zone the
 * advisory names. Approximate by design: the advisory itself draws no boundary.
 */
export const POINT_AREAS: Readonly<Record<string, { lat: number; lon: number; radiusKm: number; basis: string }>> = {
  'kh-bokor': { lat: 10.63, lon: 104.05, radiusKm: 15, basis: 'Bokor hill station on the plateau of Bokor National Park, Kampot; 15 km takes in the mountain, not Kampot town' },
  'kh-bavet': { lat: 11.07, lon: 106.16, radiusKm: 8, basis: 'Bavet town and its casino strip on National Road 1 at the Moc Bai border crossing, Svay Rieng' },
  'kh-poipet': { lat: 13.66, lon: 102.56, radiusKm: 8, basis: 'Poipet town and its casino strip at the Aranyaprathet border crossing, Banteay Meanchey' },
  'mm-myawaddy': { lat: 16.69, lon: 98.51, radiusKm: 25, basis: 'Myawaddy town on the Moei river; 25 km takes in Shwe Kokko to the north and KK Park to the south' },
  // Inside Myawaddy's circle; their own small circles let an aggregator name them.
  'mm-shwe-kokko': { lat: 16.83, lon: 98.52, radiusKm: 5, basis: 'Shwe Kokko (Yatai New City) on the Moei river about 15 km north of Myawaddy; centre approximate' },
  'mm-kk-park': { lat: 16.62, lon: 98.58, radiusKm: 5, basis: 'KK Park on the Moei river south-east of Myawaddy; centre approximate' },
  'la-golden-triangle-sez': { lat: 20.36, lon: 100.09, radiusKm: 8, basis: 'The Golden Triangle Special Economic Zone at Ton Pheung, Bokeo, on the Mekong opposite Chiang Saen' },
}

/** ISO 3166-2 codes for the places only a geocode can carry here. */
export const GEOCODE_AREAS: Readonly<Record<string, string>> = {
  'mm-shan': 'MM-17',
  'mm-kayah': 'MM-12',
}

export type ProvinceShape = {
  properties: { shapeISO: string }
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] }
}

/** A GeoJSON ring (`[lon, lat]`) as a closed CAP ring of at most `max` points. */
export function capRing(ring: readonly number[][], max = CAP_MAX_POLYGON_POINTS): LatLon[] {
  const open = ring.map(([lon, lat]) => ({ x: lon!, y: lat! }))
  if (open.length > 1 && open[0]!.x === open.at(-1)!.x && open[0]!.y === open.at(-1)!.y) open.pop()
  let tolerance = 0
  let points = open
  // Douglas–Peucker with a growing tolerance until the ring (closed) fits.
  while (points.length + 1 > max) {
    tolerance = tolerance === 0 ? 0.001 : tolerance * 1.5
    points = simplify(open, tolerance, true)
  }
  const closed = [...points, points[0]!].map((p): LatLon => [round3(p.y), round3(p.x)])
  if (closed.length < 4) throw new Error('A CAP polygon needs at least three distinct points')
  return closed
}

const round3 = (n: number) => Math.round(n * 1000) / 1000

/** One area per piece of land: the outer ring of each polygon, holes left out. */
export function provinceAreas(iso: string, shapes: readonly ProvinceShape[]): CapArea[] {
  const shape = shapes.find((s) => s.properties.shapeISO === iso)
  if (!shape) throw new Error(`No province shape for ${iso}`)
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates
  // The province's code goes with its largest piece only: a geocode names the whole province.
  const largest = polygons.reduce((best, rings, i) => (rings[0]!.length > polygons[best]![0]!.length ? i : best), 0)
  return polygons.map((rings, i) => ({
    polygons: [capRing(rings[0]!)],
    geocodes: i === largest ? [{ valueName: 'ISO3166-2', value: iso }] : undefined,
  }))
}

/**
 * The CAP areas of one gazetteer place: a province's outline, a circle for a town or
 * zone, or a geocode. Throws for a place none of these covers, so an advisory cannot be
 * published with an area aggregators would drop.
 */
export function capAreasFor(place: { id: string; kind: string; iso?: string }, shapes: readonly ProvinceShape[]): CapArea[] {
  if (place.kind === 'province' && place.iso && shapes.some((s) => s.properties.shapeISO === place.iso)) {
    return provinceAreas(place.iso, shapes)
  }
  const point = POINT_AREAS[place.id]
  if (point) return [{ circles: [{ lat: point.lat, lon: point.lon, radiusKm: point.radiusKm }] }]
  const code = GEOCODE_AREAS[place.id] ?? place.iso
  if (code) return [{ geocodes: [{ valueName: 'ISO3166-2', value: code }] }]
  throw new Error(`No CAP geometry for ${place.id}: add a centre to POINT_AREAS or a code to GEOCODE_AREAS`)
}
