/**
 * A small, strict XML 1.0 parser for tests: it throws on anything that is not
 * well-formed (https://www.w3.org/TR/xml/) or namespace-well-formed
 * (https://www.w3.org/TR/xml-names/), so a builder that writes bad XML fails its tests.
 * Names keep their prefixes (`pfif:person`); each element also carries its resolved
 * namespace. No DTDs: a DOCTYPE is rejected, and so are entities other than the five
 * predefined ones.
 */

export interface XmlElement {
  /** The name as written, prefix included. */
  name: string
  /** The namespace the prefix (or the default namespace) resolves to. */
  namespace: string | null
  attributes: Record<string, string>
  children: XmlNode[]
}

/** An element, or a run of character data (text, references and CDATA merged). */
export type XmlNode = XmlElement | string

export interface XmlDocument {
  version: string | null
  encoding: string | null
  root: XmlElement
}

export class XmlParseError extends Error {
  override name = 'XmlParseError'
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace'
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/'

// XML 1.0 (fifth edition) §2.2 Char, §2.3 NameStartChar / NameChar.
const NOT_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u
const NAME_START =
  'A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D' +
  '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}'
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`
const NCNAME = `[${NAME_START}][${NAME_CHAR}]*`
// Names are read with colons allowed, then checked as QNames (one optional prefix).
const NAME_AT = new RegExp(`[:${NAME_START}][:${NAME_CHAR}]*`, 'uy')
const QNAME = new RegExp(`^(?:${NCNAME}:)?${NCNAME}$`, 'u')
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

class Parser {
  private pos = 0

  constructor(private readonly src: string) {}

  parseDocument(): XmlDocument {
    let version: string | null = null
    let encoding: string | null = null
    if (this.src.startsWith('\uFEFF')) this.pos = 1
    if (/^<\?xml[ \t\n]/.test(this.src.slice(this.pos, this.pos + 6))) {
      ;({ version, encoding } = this.xmlDeclaration())
    }
    this.misc()
    if (this.src.startsWith('<!DOCTYPE', this.pos)) this.fail('DOCTYPE is not supported')
    if (this.peek() !== '<') this.fail('expected the root element')
    const root = this.element(new Map([['xml', XML_NS]]))
    this.misc()
    if (this.pos < this.src.length) this.fail('content after the root element')
    return { version, encoding, root }
  }

  private fail(message: string): never {
    const before = this.src.slice(0, this.pos)
    const line = before.split('\n').length
    const column = this.pos - before.lastIndexOf('\n')
    throw new XmlParseError(`${message} at ${line}:${column}`)
  }

  private peek(): string {
    return this.src[this.pos] ?? ''
  }

  private expect(literal: string): void {
    if (!this.src.startsWith(literal, this.pos)) this.fail(`expected ${JSON.stringify(literal)}`)
    this.pos += literal.length
  }

  private whitespace(): boolean {
    const start = this.pos
    while (/[ \t\n]/.test(this.peek())) this.pos++
    return this.pos > start
  }

  private name(): string {
    NAME_AT.lastIndex = this.pos
    const match = NAME_AT.exec(this.src)
    if (!match) this.fail('expected a name')
    this.pos += match[0].length
    return match[0]
  }

  private xmlDeclaration(): { version: string; encoding: string | null } {
    this.expect('<?xml')
    const pseudo: Record<string, string> = {}
    const order = ['version', 'encoding', 'standalone']
    let last = -1
    while (this.whitespace() && this.peek() !== '?') {
      const key = this.name()
      const index = order.indexOf(key)
      if (index <= last) this.fail(`unexpected ${key} in the XML declaration`)
      last = index
      this.whitespace()
      this.expect('=')
      this.whitespace()
      const quote = this.peek()
      if (quote !== '"' && quote !== "'") this.fail('expected a quoted value')
      const end = this.src.indexOf(quote, this.pos + 1)
      if (end < 0) this.fail('unterminated value')
      pseudo[key] = this.src.slice(this.pos + 1, end)
      this.pos = end + 1
    }
    this.expect('?>')
    const version = pseudo['version']
    if (version === undefined || !/^1\.\d+$/.test(version)) this.fail('the XML declaration needs version="1.x"')
    const encoding = pseudo['encoding'] ?? null
    if (encoding !== null && !/^[A-Za-z][A-Za-z0-9._-]*$/.test(encoding)) this.fail('bad encoding name')
    const standalone = pseudo['standalone']
    if (standalone !== undefined && standalone !== 'yes' && standalone !== 'no') this.fail('bad standalone value')
    return { version, encoding }
  }

  /** Comments, processing instructions and whitespace outside the root element. */
  private misc(): void {
    for (;;) {
      this.whitespace()
      if (this.src.startsWith('<!--', this.pos)) this.comment()
      else if (this.src.startsWith('<?', this.pos)) this.processingInstruction()
      else return
    }
  }

  private comment(): void {
    this.expect('<!--')
    const end = this.src.indexOf('--', this.pos)
    if (end < 0) this.fail('unterminated comment')
    this.pos = end
    if (!this.src.startsWith('-->', this.pos)) this.fail('"--" inside a comment')
    this.pos += 3
  }

  private processingInstruction(): void {
    this.expect('<?')
    const target = this.name()
    if (target.toLowerCase() === 'xml') this.fail('the XML declaration is only allowed at the very start')
    if (target.includes(':')) this.fail('a processing instruction target cannot contain a colon')
    const end = this.src.indexOf('?>', this.pos)
    if (end < 0) this.fail('unterminated processing instruction')
    if (end > this.pos && !this.whitespace()) this.fail('expected whitespace after the target')
    this.pos = end + 2
  }

  private reference(): string {
    this.expect('&')
    const end = this.src.indexOf(';', this.pos)
    if (end < 0) this.fail('"&" must start a reference ending in ";"')
    const body = this.src.slice(this.pos, end)
    let text: string
    if (/^#[0-9]+$/.test(body) || /^#x[0-9A-Fa-f]+$/.test(body)) {
      const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10)
      if (code > 0x10ffff) this.fail(`character reference &${body}; is out of range`)
      text = String.fromCodePoint(code)
      if (NOT_CHAR.test(text)) this.fail(`character reference &${body}; is not an XML character`)
    } else if (body in PREDEFINED) {
      text = PREDEFINED[body]!
    } else {
      this.fail(`unknown entity &${body};`)
    }
    this.pos = end + 1
    return text
  }

  private attributeValue(): string {
    const quote = this.peek()
    if (quote !== '"' && quote !== "'") this.fail('expected a quoted attribute value')
    this.pos++
    let value = ''
    for (;;) {
      const c = this.peek()
      if (c === '') this.fail('unterminated attribute value')
      if (c === quote) break
      if (c === '<') this.fail('"<" in an attribute value')
      if (c === '&') value += this.reference()
      else {
        // Attribute-value normalization (§3.3.3): literal whitespace becomes a space.
        value += c === '\t' || c === '\n' ? ' ' : c
        this.pos++
      }
    }
    this.pos++
    return value
  }

  private element(scope: ReadonlyMap<string, string>): XmlElement {
    this.expect('<')
    const name = this.name()
    const raw: Array<[string, string]> = []
    for (;;) {
      const spaced = this.whitespace()
      if (this.src.startsWith('/>', this.pos) || this.peek() === '>') break
      if (!spaced) this.fail('expected whitespace before an attribute')
      const attribute = this.name()
      this.whitespace()
      this.expect('=')
      this.whitespace()
      if (raw.some(([seen]) => seen === attribute)) this.fail(`duplicate attribute ${attribute}`)
      raw.push([attribute, this.attributeValue()])
    }

    const inScope = new Map(scope)
    for (const [attribute, value] of raw) {
      if (attribute === 'xmlns') {
        if (value === XML_NS || value === XMLNS_NS) this.fail(`${value} cannot be the default namespace`)
        inScope.set('', value)
      } else if (attribute.startsWith('xmlns:')) {
        const prefix = attribute.slice(6)
        if (prefix === 'xmlns') this.fail('the xmlns prefix cannot be declared')
        if ((prefix === 'xml') !== (value === XML_NS)) this.fail('the xml prefix is bound to its own namespace only')
        if (value === '') this.fail(`prefix ${prefix} cannot be undeclared in XML 1.0`)
        inScope.set(prefix, value)
      }
    }
    const resolve = (qname: string, isElement: boolean): string | null => {
      if (!QNAME.test(qname)) this.fail(`${qname} is not a valid qualified name`)
      const colon = qname.indexOf(':')
      if (colon < 0) return isElement ? (inScope.get('') || null) : null
      const prefix = qname.slice(0, colon)
      const uri = inScope.get(prefix)
      if (uri === undefined) this.fail(`prefix ${prefix} is not declared`)
      return uri
    }
    const namespace = resolve(name, true)
    const attributes: Record<string, string> = {}
    const expanded = new Set<string>()
    for (const [attribute, value] of raw) {
      attributes[attribute] = value
      if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) continue
      const key = `${resolve(attribute, false) ?? ''} ${attribute.slice(attribute.indexOf(':') + 1)}`
      if (expanded.has(key)) this.fail(`attribute ${attribute} repeats one already given under another prefix`)
      expanded.add(key)
    }

    const result: XmlElement = { name, namespace, attributes, children: [] }
    if (this.src.startsWith('/>', this.pos)) {
      this.pos += 2
      return result
    }
    this.expect('>')
    this.content(result, inScope)
    this.expect('</')
    const closing = this.name()
    if (closing !== name) this.fail(`</${closing}> closes <${name}>`)
    this.whitespace()
    this.expect('>')
    return result
  }

  private content(parent: XmlElement, scope: ReadonlyMap<string, string>): void {
    let text = ''
    const flush = () => {
      if (text !== '') parent.children.push(text)
      text = ''
    }
    for (;;) {
      const c = this.peek()
      if (c === '') this.fail(`<${parent.name}> is not closed`)
      if (c === '<') {
        if (this.src.startsWith('</', this.pos)) break
        if (this.src.startsWith('<!--', this.pos)) this.comment()
        else if (this.src.startsWith('<![CDATA[', this.pos)) {
          this.pos += 9
          const end = this.src.indexOf(']]>', this.pos)
          if (end < 0) this.fail('unterminated CDATA section')
          text += this.src.slice(this.pos, end)
          this.pos = end + 3
        } else if (this.src.startsWith('<?', this.pos)) this.processingInstruction()
        else if (this.src.startsWith('<!', this.pos)) this.fail('markup declarations are not allowed in content')
        else {
          flush()
          parent.children.push(this.element(scope))
        }
      } else if (c === '&') {
        text += this.reference()
      } else {
        if (this.src.startsWith(']]>', this.pos)) this.fail('"]]>" in character data')
        text += c
        this.pos++
      }
    }
    flush()
  }
}

/** Parses a whole document; throws `XmlParseError` with line:column on anything malformed. */
export function parseXml(source: string): XmlDocument {
  const bad = NOT_CHAR.exec(source)
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
    throw new XmlParseError(`U+${code} is not an XML 1.0 character at offset ${bad.index}`)
  }
  // End-of-line handling (§2.11) happens before parsing.
  return new Parser(source.replace(/\r\n?/g, '\n')).parseDocument()
}

/** The element children of an element, in document order. */
export function elementsOf(parent: XmlElement): XmlElement[] {
  return parent.children.filter((node): node is XmlElement => typeof node !== 'string')
}

/** The element children named `name`. */
export function childrenNamed(parent: XmlElement, name: string): XmlElement[] {
  return elementsOf(parent).filter((child) => child.name === name)
}

/** The one child named `name`; throws when there is none or more than one. */
export function onlyChild(parent: XmlElement, name: string): XmlElement {
  const found = childrenNamed(parent, name)
  if (found.length !== 1) throw new Error(`<${parent.name}> has ${found.length} <${name}>, expected 1`)
  return found[0]!
}

/** All character data inside an element, descendants included. */
export function textOf(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('')
}

/**
 * Checks element names against a schema sequence written as a list, e.g.
 * `['identifier', 'source?', 'code*', 'info*']` (`?` optional, `*` any number, `+` one or
 * more, bare = exactly one). Returns one message per problem: unknown, out of order,
 * repeated or missing elements. `[]` means the names follow the sequence.
 */
export function sequenceProblems(actual: readonly string[], spec: readonly string[]): string[] {
  const entries = spec.map((item) => {
    const marker = /[?*+]$/.exec(item)?.[0] ?? ''
    return {
      name: marker ? item.slice(0, -1) : item,
      optional: marker === '?' || marker === '*',
      repeatable: marker === '*' || marker === '+',
    }
  })
  const problems: string[] = []
  const counts = new Map<string, number>()
  let current = -1
  let previous = ''
  for (const name of actual) {
    const index = entries.findIndex((entry) => entry.name === name)
    if (index < 0) {
      problems.push(`<${name}> is not in the sequence`)
      continue
    }
    if (index < current) problems.push(`<${name}> comes after <${previous}>, but the sequence puts it before`)
    else if (index === current && !entries[index]!.repeatable) problems.push(`<${name}> appears more than once`)
    else current = index
    previous = name
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  for (const entry of entries) {
    if (!entry.optional && !counts.has(entry.name)) problems.push(`<${entry.name}> is missing`)
  }
  return problems
}
