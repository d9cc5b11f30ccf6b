import { parseCaseRef } from './case-ref'
import { normalizeHandle, normalizeName, normalizePassport, normalizePhone } from './identifiers'
import { nameKeys } from './names'

/** What kind of term an officer searched for: logged instead of the term itself. */
export type SearchKind = 'caseRef' | 'dob' | 'phone' | 'handle' | 'document' | 'name'

export type SearchPlan = { kind: SearchKind; caseRef?: string; keys: Array<[indexKind: string, value: string]> }

/** 1990-03-14, 1990.3.14, 1990/03/14, 19900314 → 1990-03-14, or null. */
function isoDate(term: string): string | null {
  const m = /^(\d{4})[-./ ]?(\d{1,2})[-./ ]?(\d{1,2})\.?$/.exec(term)
  if (!m) return null
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
  const date = new Date(`${iso}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null
}

/**
 * Turns a search term into the blind-index keys the intake wrote for the same kind of
 * identifier (core/intake.ts identifiersOf), so a search is an exact index look-up and
 * never a decryption of the table. A name in Hangul or any romanization yields the
 * romanization-folded keys of core/names.ts: "Yi Min-soo" finds 이민수.
 */
export function planSearch(input: string): SearchPlan | null {
  const term = input.normalize('NFKC').trim()
  if (term.length < 2) return null
  const caseRef = parseCaseRef(term)
  // Nine letters and digits can be a passport number that happens to carry a valid check symbol.
  if (caseRef) return { kind: 'caseRef', caseRef, keys: /^[\p{L}\p{N}]+$/u.test(term) ? [['passport', normalizePassport(term)]] : [] }
  const dob = isoDate(term)
  if (dob) return { kind: 'dob', keys: [['dob', dob]] }
  if (/^@|^(https?:\/\/)?(t\.me|telegram\.me)\//i.test(term)) {
    const handle = normalizeHandle(term)
    return handle ? { kind: 'handle', keys: [['handle', handle]] } : null
  }
  if (/^[+\d][\d\s().-]*$/.test(term)) {
    const phone = normalizePhone(term)
    return phone ? { kind: 'phone', keys: [['phone', phone]] } : null
  }
  const oneWord = !/\s/.test(term)
  if (oneWord && /\d/.test(term) && /\p{L}/u.test(term)) {
    // A passport number (M12345678) or a messenger name with digits (minsu_0314).
    const keys: Array<[string, string]> = [['passport', normalizePassport(term)]]
    const handle = normalizeHandle(term)
    if (handle) keys.push(['handle', handle])
    return { kind: 'document', keys }
  }
  const keys: Array<[string, string]> = []
  const exact = normalizeName(term)
  if (exact.length >= 2) keys.push(['name', exact])
  for (const key of nameKeys(term)) keys.push([key.startsWith('ko:') ? 'name.ko' : 'name.tokens', key])
  if (oneWord) {
    const handle = normalizeHandle(term)
    if (handle) keys.push(['handle', handle])
  }
  return keys.length ? { kind: 'name', keys } : null
}
