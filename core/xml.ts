/**
 * The smallest XML writer the feeds and exports need: escaping, one element helper and
 * UTC date-times. Pure string building, so it runs the same in Astro's build, in the
 * browser and in the Worker.
 */

// Everything outside the XML 1.0 `Char` production (https://www.w3.org/TR/xml/#charsets):
// C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and unpaired surrogates (with
// the `u` flag an unpaired surrogate is its own code point, so the negated class meets it).
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A literal CR is turned into LF by every parser (XML 1.0 §2.11); a reference survives.
  '\r': '&#xD;',
}

/** Removes every character XML 1.0 cannot carry, even as a character reference. */
export function stripInvalidXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '')
}

/**
 * Text safe for element content and for attribute values in either kind of quote:
 * escapes `& < > " '` (and CR, so it survives parsing) and strips characters that
 * XML 1.0 does not allow.
 */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"'\r]/g, (c) => ESCAPES[c]!)
}

// In attribute values a parser turns tab and LF into spaces (XML 1.0 §3.3.3) unless
// they are written as references.
function escapeAttribute(value: string): string {
  return escapeXml(value).replace(/[\t\n]/g, (c) => (c === '\t' ? '&#x9;' : '&#xA;'))
}

/** Markup built by `element`; strings passed beside it are text and get escaped. */
export interface Markup {
  readonly xml: string
}

/** An attribute left `undefined` is not written. */
export type Attributes = Readonly<Record<string, string | undefined>>

/** Text (escaped), markup (kept), lists of either, or nothing (`null`, `undefined`, `false`). */
export type Content = Markup | string | null | undefined | false | readonly Content[]

// Names the builders use: ASCII, optionally with one prefix (`pfif:person`, `xml:lang`).
const QNAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/

function serialize(content: Content): string {
  if (content === null || content === undefined || content === false) return ''
  if (typeof content === 'string') return escapeXml(content)
  if (Array.isArray(content)) return content.map(serialize).join('')
  return (content as Markup).xml
}

/**
 * `element('title', { type: 'text' }, 'Tom & Jerry')` → `<title type="text">Tom &amp; Jerry</title>`.
 * An element with no content is written self-closing.
 */
export function element(name: string, attributes: Attributes = {}, ...content: Content[]): Markup {
  if (!QNAME.test(name)) throw new Error(`Not an XML element name: ${JSON.stringify(name)}`)
  let open = name
  for (const [attribute, value] of Object.entries(attributes)) {
    if (value === undefined) continue
    if (!QNAME.test(attribute)) throw new Error(`Not an XML attribute name: ${JSON.stringify(attribute)}`)
    open += ` ${attribute}="${escapeAttribute(value)}"`
  }
  const inner = serialize(content)
  return { xml: inner === '' ? `<${open}/>` : `<${open}>${inner}</${name}>` }
}

/** A whole document: the XML declaration, the root element and a final newline. */
export function xmlDocument(root: Markup): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root.xml}\n`
}

// A calendar date, or a date-time that says its offset: a date-time without one would be
// read in whatever time zone the build machine is in.
const ISO_DATE_TIME = /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d))?$/

/** Parses a `Date`, a `YYYY-MM-DD` date (midnight UTC) or an ISO date-time with `Z` or an offset. */
export function toDate(dateOrIso: Date | string): Date {
  if (typeof dateOrIso === 'string' && !ISO_DATE_TIME.test(dateOrIso)) {
    throw new Error(`Not a date or a date-time with a time zone: ${JSON.stringify(dateOrIso)}`)
  }
  const date = typeof dateOrIso === 'string' ? new Date(dateOrIso) : dateOrIso
  if (Number.isNaN(date.getTime())) throw new Error(`Not a valid date: ${String(dateOrIso)}`)
  return date
}

/**
 * `YYYY-MM-DDThh:mm:ss` in UTC followed by `zone`, without fractions of a second:
 * `'Z'` for Atom (RFC 3339) and PFIF, `'+00:00'` for CAP, which forbids `Z`.
 */
export function formatUtcDateTime(dateOrIso: Date | string, zone: 'Z' | '+00:00'): string {
  return `${toDate(dateOrIso).toISOString().slice(0, 19)}${zone}`
}
