/**
 * Reading XML in tests with a maintained parser (@xmldom/xmldom), strict: any error or
 * fatal error throws, so a builder that writes XML that is not well-formed fails its
 * tests. Validity is the schemas' job (./schemas.ts); this only turns a document into
 * plain objects the tests can compare. Runs in Node and inside workerd.
 */
import { DOMParser, type Element as DomElement, type Node as DomNode } from '@xmldom/xmldom'

export interface XmlElement {
  /** The name as written, prefix included (`pfif:person`). */
  name: string
  /** The namespace the prefix (or the default namespace) resolves to. */
  namespace: string | null
  attributes: Record<string, string>
  children: XmlNode[]
}

/** An element, or a run of character data (text and CDATA merged). */
export type XmlNode = XmlElement | string

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const CDATA_SECTION_NODE = 4

function convert(element: DomElement): XmlElement {
  const attributes: Record<string, string> = {}
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes.item(i)!
    attributes[attribute.name] = attribute.value
  }
  const children: XmlNode[] = []
  for (let node: DomNode | null = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE) children.push(convert(node as DomElement))
    else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = (node as unknown as { data: string }).data
      if (typeof children.at(-1) === 'string') children[children.length - 1] += data
      else children.push(data)
    }
  }
  return { name: element.tagName, namespace: element.namespaceURI ?? null, attributes, children }
}

/** The document's root element; throws on XML that is not well-formed. */
export function parseXml(xml: string): { root: XmlElement } {
  const fail = (level: string) => (message: string) => {
    throw new Error(`XML ${level}: ${message}`)
  }
  const doc = new DOMParser({ onError: (level, message) => (level === 'warning' ? undefined : fail(level)(message)) }).parseFromString(
    xml,
    'text/xml',
  )
  const root = doc.documentElement
  if (!root) throw new Error('XML has no root element')
  return { root: convert(root) }
}

export function elementsOf(parent: XmlElement): XmlElement[] {
  return parent.children.filter((child): child is XmlElement => typeof child !== 'string')
}

export function childrenNamed(parent: XmlElement, name: string): XmlElement[] {
  return elementsOf(parent).filter((child) => child.name === name)
}

/** The one child of that name; throws when there is none or more than one. */
export function onlyChild(parent: XmlElement, name: string): XmlElement {
  const found = childrenNamed(parent, name)
  if (found.length !== 1) throw new Error(`<${parent.name}> has ${found.length} <${name}>, expected one`)
  return found[0]!
}

/** All character data inside, elements included. */
export function textOf(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('')
}

/**
 * Problems with the order of child element names against a spec sequence such as
 * `['a', 'b?', 'c*', 'd+']` (`?` optional, `*` any number, `+` one or more). For
 * formats without a published schema (PFIF 1.4).
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
