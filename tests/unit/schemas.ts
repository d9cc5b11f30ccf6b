/**
 * Validity by the schemas the CAP and Atom communities publish, checked with libxml2's
 * xmllint (xmllint-wasm), and the profile rules aggregators add on top, as plain
 * assertions. Schemas and their sources: tests/fixtures/schemas/README.md.
 */
import { readFileSync } from 'node:fs'
import { validateXML } from 'xmllint-wasm'
import { childrenNamed, onlyChild, parseXml, textOf } from './xml-dom'

const schemaDir = new URL('../fixtures/schemas/', import.meta.url)
const CAP_XSD = { fileName: 'CAP-v1.2.xsd', contents: readFileSync(new URL('CAP-v1.2.xsd', schemaDir), 'utf8') }
const ATOM_RNG = { fileName: 'atom.rng', contents: readFileSync(new URL('atom.rng', schemaDir), 'utf8') }

export const CAP_NS = 'urn:oasis:names:tc:emergency:cap:1.2'
export const ATOM_NS = 'http://www.w3.org/2005/Atom'

async function schemaErrors(xml: string, schema: { fileName: string; contents: string }, extension: 'schema' | 'relaxng') {
  const result = await validateXML({ xml: { fileName: 'document.xml', contents: xml }, schema, extension })
  return result.valid ? [] : result.errors.map((error) => `line ${error.loc?.lineNumber ?? '?'}: ${error.message}`)
}

/** What the OASIS CAP 1.2 XML Schema says is wrong; `[]` when the alert is valid. */
export function capSchemaErrors(xml: string): Promise<string[]> {
  return schemaErrors(xml, CAP_XSD, 'schema')
}

/** What the RFC 4287 RELAX NG grammar, plus its two Schematron rules, says is wrong. */
export async function atomSchemaErrors(xml: string): Promise<string[]> {
  const errors = await schemaErrors(xml, ATOM_RNG, 'relaxng')
  return errors.length > 0 ? errors : atomRuleProblems(xml)
}

// The Schematron rules RFC 4287's grammar carries as annotations, which RELAX NG
// validators skip: a feed without an author needs one in every entry, and an entry
// needs an alternate link or content.
function atomRuleProblems(xml: string): string[] {
  const feed = parseXml(xml).root
  const problems: string[] = []
  const feedHasAuthor = childrenNamed(feed, 'author').length > 0
  for (const [index, entry] of childrenNamed(feed, 'entry').entries()) {
    if (!feedHasAuthor && childrenNamed(entry, 'author').length === 0) problems.push(`entry ${index} has no author`)
    const links = childrenNamed(entry, 'link').filter((l) => (l.attributes['rel'] ?? 'alternate') === 'alternate')
    if (links.length === 0 && childrenNamed(entry, 'content').length === 0) problems.push(`entry ${index} has no alternate link or content`)
  }
  return problems
}

// ---------------------------------------------------------------------------------------
// Profile rules (Google Public Alerts' CAP profile and the W3C Feed Validator's warnings)

/** The most point pairs in one polygon (FEMA IPAWS, the strictest common profile). */
export const MAX_POLYGON_POINTS = 100
/** Geocode schemes the alerts declare. */
export const GEOCODE_SCHEMES = ['ISO3166-1', 'ISO3166-2']
/** The verified numbers of core/contacts.ts; no other may appear in <contact>. */
export const VERIFIED_NUMBERS = ['+82-2-3210-0404', '112', '117', '+855-979-117-117', '0979-117-117']

const SCRIPT: Record<string, RegExp> = { ko: /[\uAC00-\uD7A3]/, km: /[\u1780-\u17FF]/, en: /^[^\uAC00-\uD7A3\u1780-\u17FF]*$/ }
const CAP_LANG: Record<string, string> = { 'ko-KR': 'ko', 'km-KH': 'km', 'en-US': 'en' }

/** True when `text` is written in `lang` (Hangul for ko, Khmer script for km, neither for en). */
export function inLanguage(text: string, lang: string): boolean {
  const script = SCRIPT[lang]
  return script !== undefined && script.test(text) && text.trim() !== ''
}

function polygonProblems(value: string, where: string): string[] {
  const pairs = value.trim().split(/\s+/)
  const problems: string[] = []
  const points = pairs.map((pair) => pair.split(',').map(Number))
  if (points.some((p) => p.length !== 2 || p.some((n) => !Number.isFinite(n)) || Math.abs(p[0]!) > 90 || Math.abs(p[1]!) > 180)) {
    problems.push(`${where}: polygon has a point that is not lat,lon`)
  }
  if (pairs.length < 4) problems.push(`${where}: polygon has ${pairs.length} points, fewer than 4`)
  if (pairs.length > MAX_POLYGON_POINTS) problems.push(`${where}: polygon has ${pairs.length} points, more than ${MAX_POLYGON_POINTS}`)
  if (pairs[0] !== pairs.at(-1)) problems.push(`${where}: polygon is not closed`)
  return problems
}

/**
 * Google's CAP profile on top of the schema: every <info> has <expires> after <sent>,
 * an <instruction> and a <contact> in its language (contacts only verified numbers);
 * every <area> a polygon, circle or geocode with a declared scheme.
 */
export function capProfileProblems(xml: string): string[] {
  const alert = parseXml(xml).root
  const problems: string[] = []
  const sent = Date.parse(textOf(onlyChild(alert, 'sent')))
  const infos = childrenNamed(alert, 'info')
  if (infos.length === 0) problems.push('alert has no <info>')
  for (const info of infos) {
    const language = textOf(onlyChild(info, 'language'))
    const lang = CAP_LANG[language]
    const where = `info ${language}`
    if (!lang) {
      problems.push(`${where}: unexpected language`)
      continue
    }
    const one = (name: string) => childrenNamed(info, name)[0]
    const expires = one('expires')
    if (!expires) problems.push(`${where}: no <expires>`)
    else if (!(Date.parse(textOf(expires)) > sent)) problems.push(`${where}: <expires> is not after <sent>`)
    for (const name of ['instruction', 'contact', 'headline', 'description', 'event']) {
      const el = one(name)
      if (!el) problems.push(`${where}: no <${name}>`)
      // Proper names (Homeward, MOFA) may be Latin in any language; the rest must not be.
      else if (!inLanguage(textOf(el), lang) && name !== 'event') problems.push(`${where}: <${name}> is not in ${lang}`)
    }
    const contact = one('contact')
    if (contact) {
      for (const number of textOf(contact).match(/\+?\d[\d-]{4,}\d/g) ?? []) {
        if (!VERIFIED_NUMBERS.includes(number)) problems.push(`${where}: <contact> has ${number}, not a verified number`)
      }
    }
    const areas = childrenNamed(info, 'area')
    if (areas.length === 0) problems.push(`${where}: no <area>`)
    for (const [index, area] of areas.entries()) {
      const at = `${where} area ${index} (${textOf(onlyChild(area, 'areaDesc'))})`
      const polygons = childrenNamed(area, 'polygon')
      const circles = childrenNamed(area, 'circle')
      const geocodes = childrenNamed(area, 'geocode')
      if (polygons.length + circles.length + geocodes.length === 0) problems.push(`${at}: no polygon, circle or geocode`)
      for (const polygon of polygons) problems.push(...polygonProblems(textOf(polygon), at))
      for (const circle of circles) {
        const match = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/.exec(textOf(circle))
        if (!match || Number(match[3]) <= 0) problems.push(`${at}: circle ${textOf(circle)} is not "lat,lon radius"`)
      }
      for (const geocode of geocodes) {
        const scheme = textOf(onlyChild(geocode, 'valueName'))
        if (!GEOCODE_SCHEMES.includes(scheme)) problems.push(`${at}: geocode scheme ${scheme} is not declared`)
      }
    }
  }
  return problems
}

/** The W3C Feed Validator's warning on CAP indexes: every entry has a summary in the feed's language. */
export function capIndexProblems(xml: string): string[] {
  const feed = parseXml(xml).root
  const feedLang = feed.attributes['xml:lang'] ?? 'en'
  const problems: string[] = []
  for (const [index, entry] of childrenNamed(feed, 'entry').entries()) {
    const lang = entry.attributes['xml:lang'] ?? feedLang
    const summary = childrenNamed(entry, 'summary')[0]
    if (!summary) problems.push(`entry ${index} has no summary`)
    else if (!inLanguage(textOf(summary), lang)) problems.push(`entry ${index} summary is not in ${lang}`)
    const capLinks = childrenNamed(entry, 'link').filter(
      (l) => (l.attributes['rel'] ?? 'alternate') === 'alternate' && l.attributes['type'] === 'application/cap+xml',
    )
    if (capLinks.length === 0) problems.push(`entry ${index} has no application/cap+xml link`)
  }
  return problems
}
