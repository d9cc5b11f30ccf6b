// What PFIF 1.4 requires, written out from its specification (https://zesty.ca/pfif/1.4/) rather than
// imported from the code under test (PFIF publishes no schema for 1.4). CAP and Atom
// are checked against their published schemas instead: see ./schemas.ts.
import { childrenNamed, elementsOf, parseXml, sequenceProblems, textOf, type XmlElement } from './xml-dom'

// PFIF 1.4, written out from https://zesty.ca/pfif/1.4/.
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
