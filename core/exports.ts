import { toCsv } from './csv'
import { pfifDocument, type PfifNote, type PfifPerson } from './pfif'
import type { FamilyReport } from './report'

/** What an export needs of one case: the decrypted view the Worker reads for staff. */
export type ExportCase = {
  caseRef: string
  kind: 'family' | 'self'
  status: string
  lang: string
  priority: number
  createdAt: string
  updatedAt: string
  links: string[]
  details: Record<string, unknown>
}

const CSV_COLUMNS = [
  'case_ref', 'kind', 'status', 'priority', 'language', 'received', 'full_name', 'latin_name', 'other_names', 'date_of_birth',
  'approx_age', 'sex', 'nationality', 'passport_number', 'phones', 'messengers', 'destination_country', 'destination_town',
  'departure_date', 'last_contact_date', 'danger_signs', 'known_location', 'recruiter', 'recruiter_contacts',
  'reporter_name', 'reporter_relationship', 'reporter_phone', 'reporter_email', 'reporter_messenger', 'self_location',
  'self_can_talk', 'self_contact', 'linked_cases',
] as const

export function casesToCsv(cases: ExportCase[]): string {
  const rows = cases.map((c) => {
    const d = c.details as Partial<FamilyReport> & { situation?: Record<string, unknown> }
    const p = d.person
    const j = d.journey
    const r = d.reporter
    const s = d.situation
    const values: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      case_ref: c.caseRef, kind: c.kind, status: c.status, priority: c.priority, language: c.lang, received: c.createdAt,
      full_name: p?.fullName, latin_name: p?.latinName, other_names: p?.otherNames, date_of_birth: p?.birthDate, approx_age: p?.approxAge,
      sex: p?.sex, nationality: p?.nationality, passport_number: p?.passportNumber, phones: p?.phones, messengers: p?.messengers,
      destination_country: j?.destinationCountry, destination_town: j?.destinationTown, departure_date: j?.departureDate,
      last_contact_date: j?.lastContactDate, danger_signs: j?.dangerSigns, known_location: j?.knownLocation, recruiter: j?.recruiterName,
      recruiter_contacts: j?.recruiterContacts, reporter_name: r?.name, reporter_relationship: r?.relationship, reporter_phone: r?.phone,
      reporter_email: r?.email, reporter_messenger: r?.messenger, self_location: s?.location, self_can_talk: s?.canTalk,
      self_contact: s?.contact, linked_cases: c.links,
    }
    return CSV_COLUMNS.map((col) => values[col])
  })
  return toCsv(CSV_COLUMNS, rows)
}

const PFIF_STATUS: Record<string, PfifNote['status']> = {
  new: 'information_sought',
  acknowledged: 'information_sought',
  investigating: 'information_sought',
  located: 'believed_alive',
  safe: 'believed_alive',
  returned: 'believed_alive',
  closed: '',
}

/**
 * PFIF 1.4 for partners (Person Finder and the like). Only family reports whose
 * reporter agreed to sharing with police and authorities are included; the reporter's
 * own contact details never are. Returns the document and the cases left out.
 */
export function casesToPfif(cases: ExportCase[], domain: string): { xml: string; skipped: string[] } {
  const skipped: string[] = []
  const persons: PfifPerson[] = []
  const recordId = (caseRef: string) => `${domain}/case.${caseRef.replace(/-/g, '')}`
  for (const c of cases) {
    const d = c.details as Partial<FamilyReport>
    if (c.kind !== 'family' || !d.person || d.consents?.sharePolice !== true) {
      skipped.push(c.caseRef)
      continue
    }
    const p = d.person
    const sex = p.sex === 'female' || p.sex === 'male' || p.sex === 'other' ? p.sex : ''
    persons.push({
      personRecordId: recordId(c.caseRef),
      entryDate: c.createdAt,
      sourceName: 'Homeward',
      sourceDate: c.updatedAt,
      fullName: [p.fullName, p.latinName].filter((n): n is string => Boolean(n)),
      alternateNames: p.otherNames?.split(/[,;\n]/).map((n) => n.trim()).filter(Boolean),
      description: p.description,
      sex,
      dateOfBirth: p.birthDate,
      age: p.birthDate ? undefined : p.approxAge,
      homeCountry: p.nationality && p.nationality !== 'other' ? p.nationality : undefined,
      notes: [
        {
          noteRecordId: `${domain}/note.${c.caseRef.replace(/-/g, '')}.status`,
          authorName: 'Homeward consular staff',
          sourceDate: c.updatedAt,
          status: PFIF_STATUS[c.status] ?? '',
          lastKnownLocation: d.journey?.knownLocation ?? d.journey?.destinationTown,
          text: `Status: ${c.status}.`,
        },
        ...c.links.map((linked) => ({
          noteRecordId: `${domain}/note.${c.caseRef.replace(/-/g, '')}.link.${linked.replace(/-/g, '')}`,
          linkedPersonRecordId: recordId(linked),
          authorName: 'Homeward consular staff',
          sourceDate: c.updatedAt,
          text: 'Linked as the same person by consular staff.',
        })),
      ],
    })
  }
  return { xml: pfifDocument(persons), skipped }
}

export type AccessLogRow = { at: string; staffEmail: string; ip: string | null; caseRef: string | null; action: string; reason: string | null }

/** The access log as CSV for supervisors; a reason staff typed is text, never a formula. */
export function accessLogToCsv(rows: readonly AccessLogRow[]): string {
  return toCsv(
    ['at', 'staff', 'ip', 'case', 'action', 'reason'],
    rows.map((r) => [r.at, r.staffEmail, r.ip, r.caseRef, r.action, r.reason]),
  )
}
