// What CAP 1.2 and Atom require, written out from /work/shared/standards/cap-1.2.md and
// RFC 4287 rather than imported from the code under test. Shared by the builder tests
// and the tests of the documents the site build publishes.
import { childrenNamed, elementsOf, parseXml, sequenceProblems, textOf, type XmlElement } from './xml-parse'
// What the standards say, written out here rather than imported from the code under test.

export const CAP_NS = 'urn:oasis:names:tc:emergency:cap:1.2'
export const ATOM_NS = 'http://www.w3.org/2005/Atom'

// CAP 1.2 element sequences, from /work/shared/standards/cap-1.2.md.
export const ALERT_ORDER = [
  'identifier', 'sender', 'sent', 'status', 'msgType', 'source?', 'scope', 'restriction?',
  'addresses?', 'code*', 'note?', 'references?', 'incidents?', 'info*',
]
export const INFO_ORDER = [
  'language?', 'category+', 'event', 'responseType*', 'urgency', 'severity', 'certainty',
  'audience?', 'eventCode*', 'effective?', 'onset?', 'expires?', 'senderName?', 'headline?',
  'description?', 'instruction?', 'web?', 'contact?', 'parameter*', 'resource*', 'area*',
]
export const AREA_ORDER = ['areaDesc', 'polygon*', 'circle*', 'geocode*', 'altitude?', 'ceiling?']

export const CAP_ENUMS: Record<string, readonly string[]> = {
  status: ['Actual', 'Exercise', 'System', 'Test', 'Draft'],
  msgType: ['Alert', 'Update', 'Cancel', 'Ack', 'Error'],
  scope: ['Public', 'Restricted', 'Private'],
  category: ['Geo', 'Met', 'Safety', 'Security', 'Rescue', 'Fire', 'Health', 'Env', 'Transport', 'Infra', 'CBRNE', 'Other'],
  responseType: ['Shelter', 'Evacuate', 'Prepare', 'Execute', 'Avoid', 'Monitor', 'Assess', 'AllClear', 'None'],
  urgency: ['Immediate', 'Expected', 'Future', 'Past', 'Unknown'],
  severity: ['Extreme', 'Severe', 'Moderate', 'Minor', 'Unknown'],
  certainty: ['Observed', 'Likely', 'Possible', 'Unlikely', 'Unknown'],
}
export const CAP_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/
export const CAP_LANGUAGES = ['ko-KR', 'km-KH', 'en-US']
// identifier and sender: "no spaces, commas or < &" (CAP 1.2 §3.2.1).
export const CAP_TOKEN = /^[^\s,<&]+$/

// RFC 3339 date-time, as Atom requires (RFC 4287 §3.3).
export const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/

/** Everything wrong with a CAP document; `[]` when it passes. */
export function capProblems(xml: string): string[] {
  let root: XmlElement
  try {
    root = parseXml(xml).root
  } catch (error) {
    return [`not well-formed: ${(error as Error).message}`]
  }
  const problems: string[] = []
  if (root.name !== 'alert' || root.namespace !== CAP_NS) problems.push(`root is <${root.name}> in ${root.namespace}`)
  const checkEnum = (el: XmlElement) => {
    const allowed = CAP_ENUMS[el.name]
    if (allowed && !allowed.includes(textOf(el))) problems.push(`<${el.name}> ${JSON.stringify(textOf(el))} is not allowed`)
  }
  const checkDate = (el: XmlElement) => {
    if (['sent', 'effective', 'onset', 'expires'].includes(el.name) && !CAP_DATE_TIME.test(textOf(el))) {
      problems.push(`<${el.name}> ${JSON.stringify(textOf(el))} is not a CAP date-time`)
    }
  }
  const walk = (parent: XmlElement) => {
    for (const child of elementsOf(parent)) {
      if (child.namespace !== CAP_NS) problems.push(`<${child.name}> is outside the CAP namespace`)
      checkEnum(child)
      checkDate(child)
    }
  }

  problems.push(...sequenceProblems(elementsOf(root).map((e) => e.name), ALERT_ORDER))
  walk(root)
  for (const name of ['identifier', 'sender']) {
    for (const el of childrenNamed(root, name)) {
      if (!CAP_TOKEN.test(textOf(el))) problems.push(`<${name}> has spaces, commas, < or &`)
    }
  }
  for (const info of childrenNamed(root, 'info')) {
    problems.push(...sequenceProblems(elementsOf(info).map((e) => e.name), INFO_ORDER).map((p) => `info: ${p}`))
    walk(info)
    for (const language of childrenNamed(info, 'language')) {
      if (!CAP_LANGUAGES.includes(textOf(language))) problems.push(`language ${textOf(language)} is unexpected`)
    }
    for (const area of childrenNamed(info, 'area')) {
      problems.push(...sequenceProblems(elementsOf(area).map((e) => e.name), AREA_ORDER).map((p) => `area: ${p}`))
      for (const geocode of childrenNamed(area, 'geocode')) {
        problems.push(...sequenceProblems(elementsOf(geocode).map((e) => e.name), ['valueName', 'value']).map((p) => `geocode: ${p}`))
      }
    }
  }
  return problems
}

/** Everything wrong with an Atom feed; `[]` when it passes. */
export function atomProblems(xml: string): string[] {
  let feed: XmlElement
  try {
    feed = parseXml(xml).root
  } catch (error) {
    return [`not well-formed: ${(error as Error).message}`]
  }
  const problems: string[] = []
  if (feed.name !== 'feed' || feed.namespace !== ATOM_NS) problems.push(`root is <${feed.name}> in ${feed.namespace}`)
  const exactlyOne = (parent: XmlElement, name: string, where: string) => {
    const found = childrenNamed(parent, name)
    if (found.length !== 1) problems.push(`${where} has ${found.length} <${name}>`)
    return found[0]
  }
  const isIri = (value: string) => /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(value)
  for (const name of ['id', 'title', 'updated']) exactlyOne(feed, name, 'feed')
  const feedId = childrenNamed(feed, 'id')[0]
  if (feedId && !isIri(textOf(feedId))) problems.push('feed id is not an IRI')
  const feedUpdated = childrenNamed(feed, 'updated')[0]
  if (feedUpdated && !RFC3339.test(textOf(feedUpdated))) problems.push('feed updated is not RFC 3339')
  const links = childrenNamed(feed, 'link')
  if (!links.some((l) => l.attributes['rel'] === 'self')) problems.push('feed has no rel=self link')
  if (!links.some((l) => l.attributes['rel'] === 'alternate')) problems.push('feed has no rel=alternate link')
  const entries = childrenNamed(feed, 'entry')
  const feedAuthor = childrenNamed(feed, 'author').some((a) => childrenNamed(a, 'name').length === 1)
  const ids = new Set<string>()
  for (const [index, entry] of entries.entries()) {
    const where = `entry ${index}`
    const id = exactlyOne(entry, 'id', where)
    exactlyOne(entry, 'title', where)
    const updated = exactlyOne(entry, 'updated', where)
    if (id) {
      if (!/^(tag|urn):/.test(textOf(id))) problems.push(`${where} id ${textOf(id)} is not a tag: or urn: URI`)
      if (ids.has(textOf(id))) problems.push(`${where} repeats id ${textOf(id)}`)
      ids.add(textOf(id))
    }
    if (updated && !RFC3339.test(textOf(updated))) problems.push(`${where} updated is not RFC 3339`)
    for (const published of childrenNamed(entry, 'published')) {
      if (!RFC3339.test(textOf(published))) problems.push(`${where} published is not RFC 3339`)
    }
    const alternates = childrenNamed(entry, 'link').filter((l) => (l.attributes['rel'] ?? 'alternate') === 'alternate')
    if (alternates.length === 0) problems.push(`${where} has no alternate link`)
    if (!feedAuthor && childrenNamed(entry, 'author').length === 0) problems.push(`${where} has no author`)
  }
  return problems
}

/** An Atom feed whose every entry links to a CAP document (OASIS CAP feeds practice). */
export function capIndexProblems(xml: string): string[] {
  const problems = atomProblems(xml)
  if (problems.length > 0) return problems
  for (const [index, entry] of childrenNamed(parseXml(xml).root, 'entry').entries()) {
    const links = childrenNamed(entry, 'link').filter(
      (l) => (l.attributes['rel'] ?? 'alternate') === 'alternate' && l.attributes['type'] === 'application/cap+xml',
    )
    if (links.length === 0) problems.push(`entry ${index} has no application/cap+xml link`)
  }
  return problems
}

// PFIF 1.4, written out from /work/shared/standards/pfif-1.4.md.
export const PFIF_NS = 'http://zesty.ca/pfif/1.4'
export const PERSON_ORDER = [
  'person_record_id', 'entry_date?', 'expiry_date?', 'author_name?', 'author_email?', 'author_phone?',
  'source_name?', 'source_date', 'source_url?', 'full_name', 'given_name?', 'family_name?',
  'alternate_names?', 'description?', 'sex?', 'date_of_birth?', 'age?', 'home_street?',
  'home_neighborhood?', 'home_city?', 'home_state?', 'home_postal_code?', 'home_country?',
  'photo_url?', 'profile_urls?', 'note*',
].map((name) => `pfif:${name}`)
export const NOTE_ORDER = [
  'note_record_id', 'person_record_id?', 'linked_person_record_id?', 'entry_date?', 'author_name',
  'author_email?', 'author_phone?', 'source_date', 'author_made_contact?', 'status?',
  'email_of_found_person?', 'phone_of_found_person?', 'last_known_location?', 'text', 'photo_url?',
].map((name) => `pfif:${name}`)
export const PFIF_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/
export const DATE_FIELDS = ['pfif:entry_date', 'pfif:expiry_date', 'pfif:source_date']
export const ENUMS: Record<string, readonly string[]> = {
  'pfif:sex': ['female', 'male', 'other'],
  'pfif:status': ['information_sought', 'is_note_author', 'believed_alive', 'believed_missing', 'believed_dead'],
  'pfif:author_made_contact': ['true', 'false'],
}

/** Everything wrong with a PFIF document; `[]` when it passes. */
export function pfifProblems(xml: string): string[] {
  let root: XmlElement
  try {
    root = parseXml(xml).root
  } catch (error) {
    return [`not well-formed: ${(error as Error).message}`]
  }
  const problems: string[] = []
  if (root.name !== 'pfif:pfif' || root.namespace !== PFIF_NS) problems.push(`root is <${root.name}> in ${root.namespace}`)
  const checkFields = (record: XmlElement, where: string) => {
    for (const field of elementsOf(record)) {
      if (field.namespace !== PFIF_NS) problems.push(`${where}: <${field.name}> is outside the PFIF namespace`)
      if (field.name === 'pfif:note') continue
      if (elementsOf(field).length > 0) problems.push(`${where}: <${field.name}> holds elements`)
      const value = textOf(field)
      if (value.trim() === '') problems.push(`${where}: <${field.name}> is empty`)
      if (DATE_FIELDS.includes(field.name) && !PFIF_DATE_TIME.test(value)) problems.push(`${where}: <${field.name}> ${value} is not a UTC date-time`)
      const allowed = ENUMS[field.name]
      if (allowed && !allowed.includes(value)) problems.push(`${where}: <${field.name}> ${JSON.stringify(value)} is not allowed`)
    }
  }
  for (const person of elementsOf(root)) {
    if (person.name !== 'pfif:person') {
      problems.push(`<${person.name}> in <pfif:pfif>`)
      continue
    }
    const id = textOf(childrenNamed(person, 'pfif:person_record_id')[0] ?? '')
    problems.push(...sequenceProblems(elementsOf(person).map((e) => e.name), PERSON_ORDER).map((p) => `person ${id}: ${p}`))
    checkFields(person, `person ${id}`)
    for (const note of childrenNamed(person, 'pfif:note')) {
      problems.push(...sequenceProblems(elementsOf(note).map((e) => e.name), NOTE_ORDER).map((p) => `note: ${p}`))
      checkFields(note, 'note')
      const parent = childrenNamed(note, 'pfif:person_record_id')[0]
      if (parent && textOf(parent) !== id) problems.push(`note names person ${textOf(parent)} inside ${id}`)
    }
  }
  return problems
}

/** A record as `{ field: value }` without the prefix, notes left out. */
