/**
 * PFIF 1.4 export of missing-person records (https://zesty.ca/pfif/1.4/), the format
 * Person Finder and its partners exchange; tests/unit/standards.ts writes out its rules.
 * The caller passes only what the person's consents allow sharing: this module writes
 * every field it is given.
 */
import { element, formatUtcDateTime, stripInvalidXmlChars, xmlDocument, type Markup } from './xml'

export const PFIF_NS = 'http://zesty.ca/pfif/1.4'

export const PFIF_SEXES = ['female', 'male', 'other'] as const
export type PfifSex = (typeof PFIF_SEXES)[number]

export const PFIF_NOTE_STATUSES = [
  'information_sought',
  'is_note_author',
  'believed_alive',
  'believed_missing',
  'believed_dead',
] as const
export type PfifNoteStatus = (typeof PFIF_NOTE_STATUSES)[number]

/** A date-time: a `Date` or an ISO string with `Z` or an offset; written as UTC `…Z`. */
export type PfifDateTime = Date | string
/** Several lines: a string with line breaks, or one array item per line. */
export type PfifLines = string | readonly string[]

export interface PfifNote {
  noteRecordId: string
  /** Filled in from the enclosing person when left out; must match it when given. */
  personRecordId?: string
  /** The record this note marks as the same person (a duplicate). */
  linkedPersonRecordId?: string
  entryDate?: PfifDateTime
  authorName: string
  authorEmail?: string
  authorPhone?: string
  sourceDate: PfifDateTime
  authorMadeContact?: boolean
  /** `''` means no status, as in PFIF. */
  status?: PfifNoteStatus | ''
  emailOfFoundPerson?: string
  phoneOfFoundPerson?: string
  lastKnownLocation?: string
  text: string
  photoUrl?: string
}

export interface PfifPerson {
  /** `domain/id`, e.g. `homeward.example/case.HW7K3MQ9X2`. */
  personRecordId: string
  entryDate?: PfifDateTime
  expiryDate?: PfifDateTime
  authorName?: string
  authorEmail?: string
  authorPhone?: string
  sourceName?: string
  sourceDate: PfifDateTime
  sourceUrl?: string
  /** One line per script, e.g. Hangul and Latin. */
  fullName: PfifLines
  givenName?: string
  familyName?: string
  alternateNames?: PfifLines
  description?: string
  sex?: PfifSex | ''
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  dateOfBirth?: string
  /** `N` or `N-M`. */
  age?: string | number
  homeStreet?: string
  homeNeighborhood?: string
  homeCity?: string
  homeState?: string
  homePostalCode?: string
  /** ISO 3166-1 alpha-2, e.g. `KR`. */
  homeCountry?: string
  photoUrl?: string
  profileUrls?: PfifLines
  notes?: readonly PfifNote[]
}

// A record id is `domain/unique-string` (PFIF 1.4 §2.1).
const RECORD_ID = /^[^\s/]+\.[^\s/]+\/\S+$/
const DATE_OF_BIRTH = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/
const AGE = /^(\d{1,3})(?:-(\d{1,3}))?$/
const COUNTRY = /^[A-Z]{2}$/

/**
 * The domain of PFIF record ids (`domain/id`), from configuration: a DNS name such as
 * `homeward.example`, or a URL whose host is one (SITE_URL). Never the request's host:
 * an export fetched through 127.0.0.1 or localhost must give the same ids as through the
 * public name. Returns null for anything PFIF would refuse as a domain: an IP address, a
 * name without a dot, a port or a path.
 */
export function pfifDomain(configured: string | undefined): string | null {
  let host = (configured ?? '').trim().toLowerCase()
  if (host.includes('://')) {
    try {
      host = new URL(host).hostname
    } catch {
      return null
    }
  }
  const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/
  const labels = host.split('.')
  if (labels.length < 2 || host.length > 253 || !labels.every((l) => label.test(l))) return null
  // An IPv4 address is all digits; a top-level domain never is.
  if (/^\d+$/.test(labels.at(-1)!)) return null
  return host
}

/** Invalid input to `pfifDocument`; the message names the record and the field. */
export class PfifError extends Error {
  override name = 'PfifError'
}

function fail(where: string, message: string): never {
  throw new PfifError(`${where}: ${message}`)
}

/** Text as it will be written: trimmed, without the characters XML cannot carry; blank is unset. */
function clean(value: PfifLines | number | undefined): string | undefined {
  if (value === undefined) return undefined
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : value.join('\n')
  const cleaned = stripInvalidXmlChars(text).trim()
  return cleaned === '' ? undefined : cleaned
}

function required(where: string, field: string, value: PfifLines | undefined): string {
  return clean(value) ?? fail(where, `${field} is required`)
}

function recordId(where: string, field: string, value: string | undefined): string | undefined {
  const id = clean(value)
  if (id !== undefined && !RECORD_ID.test(id)) fail(where, `${field} must be domain/id, not ${JSON.stringify(id)}`)
  return id
}

function dateTime(where: string, field: string, value: PfifDateTime | undefined): string | undefined {
  if (value === undefined || value === '') return undefined
  try {
    return formatUtcDateTime(value, 'Z')
  } catch {
    return fail(where, `${field} is not a date-time with a time zone: ${JSON.stringify(value)}`)
  }
}

function oneOf<T extends string>(where: string, field: string, allowed: readonly T[], value: unknown): T | undefined {
  if (value === undefined || value === '') return undefined
  if (!(allowed as readonly unknown[]).includes(value)) {
    fail(where, `${field} must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`)
  }
  return value as T
}

function checkAge(where: string, value: string | number | undefined): string | undefined {
  const age = clean(value)
  if (age === undefined) return undefined
  const match = AGE.exec(age) ?? fail(where, `age must be N or N-M, not ${JSON.stringify(age)}`)
  if (match[2] !== undefined && Number(match[2]) < Number(match[1])) fail(where, `age range ${age} is reversed`)
  return age
}

/** `<pfif:name>value</pfif:name>`, or nothing when the value is not set. */
function field(name: string, value: string | undefined): Markup | null {
  return value === undefined ? null : element(`pfif:${name}`, {}, value)
}

function noteElement(note: PfifNote, personRecordId: string): Markup {
  const where = `note ${note.noteRecordId ?? '(no note_record_id)'}`
  const ownPersonId = recordId(where, 'person_record_id', note.personRecordId)
  if (ownPersonId !== undefined && ownPersonId !== personRecordId) {
    fail(where, `person_record_id ${ownPersonId} does not match the enclosing person ${personRecordId}`)
  }
  if (note.authorMadeContact !== undefined && typeof note.authorMadeContact !== 'boolean') {
    fail(where, `author_made_contact must be true or false, not ${JSON.stringify(note.authorMadeContact)}`)
  }
  const noteRecordId = recordId(where, 'note_record_id', note.noteRecordId) ?? fail(where, 'note_record_id is required')
  const linked = recordId(where, 'linked_person_record_id', note.linkedPersonRecordId)
  if (linked === personRecordId) fail(where, 'a note cannot link a person to itself')
  // Field order of PFIF 1.4 §3.2.
  return element(
    'pfif:note',
    {},
    field('note_record_id', noteRecordId),
    field('person_record_id', personRecordId),
    field('linked_person_record_id', linked),
    field('entry_date', dateTime(where, 'entry_date', note.entryDate)),
    field('author_name', required(where, 'author_name', note.authorName)),
    field('author_email', clean(note.authorEmail)),
    field('author_phone', clean(note.authorPhone)),
    field('source_date', dateTime(where, 'source_date', note.sourceDate) ?? fail(where, 'source_date is required')),
    field('author_made_contact', note.authorMadeContact === undefined ? undefined : String(note.authorMadeContact)),
    field('status', oneOf(where, 'status', PFIF_NOTE_STATUSES, note.status)),
    field('email_of_found_person', clean(note.emailOfFoundPerson)),
    field('phone_of_found_person', clean(note.phoneOfFoundPerson)),
    field('last_known_location', clean(note.lastKnownLocation)),
    field('text', required(where, 'text', note.text)),
    field('photo_url', clean(note.photoUrl)),
  )
}

function personElement(person: PfifPerson): Markup {
  const where = `person ${person.personRecordId ?? '(no person_record_id)'}`
  const personRecordId =
    recordId(where, 'person_record_id', person.personRecordId) ?? fail(where, 'person_record_id is required')
  const homeCountry = clean(person.homeCountry)
  if (homeCountry !== undefined && !COUNTRY.test(homeCountry)) {
    fail(where, `home_country must be an ISO 3166-1 alpha-2 code, not ${JSON.stringify(homeCountry)}`)
  }
  const dateOfBirth = clean(person.dateOfBirth)
  if (dateOfBirth !== undefined && !DATE_OF_BIRTH.test(dateOfBirth)) {
    fail(where, `date_of_birth must be YYYY, YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(dateOfBirth)}`)
  }
  // Field order of PFIF 1.4 §3.1; the notes follow the person's own fields.
  return element(
    'pfif:person',
    {},
    field('person_record_id', personRecordId),
    field('entry_date', dateTime(where, 'entry_date', person.entryDate)),
    field('expiry_date', dateTime(where, 'expiry_date', person.expiryDate)),
    field('author_name', clean(person.authorName)),
    field('author_email', clean(person.authorEmail)),
    field('author_phone', clean(person.authorPhone)),
    field('source_name', clean(person.sourceName)),
    field('source_date', dateTime(where, 'source_date', person.sourceDate) ?? fail(where, 'source_date is required')),
    field('source_url', clean(person.sourceUrl)),
    field('full_name', required(where, 'full_name', person.fullName)),
    field('given_name', clean(person.givenName)),
    field('family_name', clean(person.familyName)),
    field('alternate_names', clean(person.alternateNames)),
    field('description', clean(person.description)),
    field('sex', oneOf(where, 'sex', PFIF_SEXES, person.sex)),
    field('date_of_birth', dateOfBirth),
    field('age', checkAge(where, person.age)),
    field('home_street', clean(person.homeStreet)),
    field('home_neighborhood', clean(person.homeNeighborhood)),
    field('home_city', clean(person.homeCity)),
    field('home_state', clean(person.homeState)),
    field('home_postal_code', clean(person.homePostalCode)),
    field('home_country', homeCountry),
    field('photo_url', clean(person.photoUrl)),
    field('profile_urls', clean(person.profileUrls)),
    (person.notes ?? []).map((note) => noteElement(note, personRecordId)),
  )
}

/**
 * A PFIF 1.4 document. Throws a `PfifError` naming the record and field when a mandatory
 * field is missing, an enumerated value is not allowed, or a record id repeats.
 */
export function pfifDocument(persons: readonly PfifPerson[]): string {
  const seen = new Set<string>()
  const once = (kind: string, id: string) => {
    if (seen.has(`${kind} ${id}`)) fail(`${kind} ${id}`, 'appears more than once in the document')
    seen.add(`${kind} ${id}`)
  }
  for (const person of persons) {
    once('person', person.personRecordId)
    for (const note of person.notes ?? []) once('note', note.noteRecordId)
  }
  return xmlDocument(element('pfif:pfif', { 'xmlns:pfif': PFIF_NS }, persons.map(personElement)))
}
