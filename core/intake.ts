import { findPlaces, levelOf } from './gazetteer'
import { normalizeHandle, normalizeName, normalizePassport, normalizePhone } from './identifiers'
import { nameKeys } from './names'
import { extractIndicators, type Indicator } from './offer-check'
import { ackDeadline, scorePriority, type PriorityFactor } from './priority'
import type { FamilyReport, Report } from './report'

/**
 * The intake rules a report meets on arrival, with no storage in sight: whether the
 * person is a minor, the identifiers another report of the same person could share,
 * the most dangerous place named, the triage score and its deadline, and the
 * recruiter contacts to queue for staff. The Worker seals and stores what this returns.
 */
export type Triage = {
  minor: boolean
  region: string | null
  advisoryLevel: string | null
  score: number
  factors: PriorityFactor[]
  ackDeadline: string
  identifiers: Array<[kind: string, value: string]>
  recruiterIndicators: Indicator[]
}

export function triage(report: Report, now: Date): Triage {
  const family = report.kind === 'family' ? report : null
  const minor = family ? isMinor(family, now) : false
  const { region, level } = regionOf(report)
  const { score, factors } = scorePriority({
    kind: report.kind,
    dangerSigns: family?.journey.dangerSigns ?? [],
    minor,
    lastContactDate: family?.journey.lastContactDate,
    reportedAt: now,
    knownLocation: report.kind === 'family' ? Boolean(report.journey.knownLocation) : Boolean(report.situation.location),
    advisoryLevel: level,
  })
  return {
    minor,
    region,
    advisoryLevel: level,
    score,
    factors,
    ackDeadline: ackDeadline(score, now),
    identifiers: identifiersOf(report),
    recruiterIndicators: family ? extractIndicators([family.journey.recruiterContacts, family.journey.offerText].filter(Boolean).join('\n')) : [],
  }
}

export function isMinor(report: FamilyReport, now: Date): boolean {
  const { birthDate, approxAge } = report.person
  if (birthDate) {
    const eighteenth = new Date(`${birthDate}T00:00:00Z`)
    eighteenth.setUTCFullYear(eighteenth.getUTCFullYear() + 18)
    return eighteenth > now
  }
  return approxAge !== undefined && approxAge < 18
}

/** The identifiers two reports of one person could share, normalized for matching. */
export function identifiersOf(report: Report): Array<[kind: string, value: string]> {
  if (report.kind !== 'family') return []
  const out: Array<[string, string]> = []
  const { person } = report
  const names = [person.fullName, person.latinName, ...(person.otherNames?.split(/[,;\n]/) ?? [])]
  for (const name of names) {
    if (!name?.trim()) continue
    const exact = normalizeName(name)
    if (exact.length >= 2) out.push(['name', exact])
    // Romanization-folded Korean keys (이민수 = Lee Min-su = Yi Minsu = Minsu Rhee) and
    // word-order-free keys for other names: core/names.ts.
    for (const key of nameKeys(name)) out.push([key.startsWith('ko:') ? 'name.ko' : 'name.tokens', key])
  }
  if (person.birthDate) out.push(['dob', person.birthDate])
  if (person.passportNumber) {
    const passport = normalizePassport(person.passportNumber)
    if (passport) out.push(['passport', passport])
  }
  for (const phone of person.phones ?? []) {
    const normalized = normalizePhone(phone)
    if (normalized) out.push(['phone', normalized])
  }
  for (const messenger of person.messengers ?? []) {
    const handle = normalizeHandle(messenger.id)
    if (handle) out.push(['handle', handle])
  }
  return [...new Map(out.map((entry) => [entry.join('\u0000'), entry])).values()]
}

/**
 * The most dangerous place the report names (destination, known location, or where a
 * person in danger says they are), by the gazetteer's travel-advisory level: a region
 * id and level for triage and statistics, not the text itself.
 */
export function regionOf(report: Report): { region: string | null; level: string | null } {
  const text =
    report.kind === 'family'
      ? [report.journey.destinationTown, report.journey.knownLocation].filter(Boolean).join('\n')
      : report.situation.location
  let best: { region: string; level: number } | null = null
  for (const hit of findPlaces(text)) {
    const level = levelOf(hit.placeId) ?? 0
    if (!best || level > best.level) best = { region: hit.placeId, level }
  }
  return { region: best?.region ?? null, level: best && best.level > 0 ? String(best.level) : null }
}

/** The personal part of a report, sealed as one JSON document (the Turnstile token is not kept). */
export function detailsOf(report: Report): Omit<Report, 'turnstileToken'> {
  const { turnstileToken: _token, ...rest } = report
  return rest
}

const DAY_MS = 86_400_000

/** The date a closed case will be deleted, or null while it is open. */
export function purgeDate(closedAt: string | null, retainUntil: string | null, retentionDays: number): string | null {
  if (!closedAt) return null
  const byRule = new Date(Date.parse(closedAt) + retentionDays * DAY_MS).toISOString()
  return retainUntil && retainUntil > byRule ? retainUntil : byRule
}
