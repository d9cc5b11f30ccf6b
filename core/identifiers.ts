/**
 * Normalizers for identifiers that are compared across reports through blind indexes.
 * Two reports of the same person must normalize to the same string even when their
 * relatives wrote it differently; the Worker then indexes HMAC(kind, normalized).
 */

/** Letters and digits only, NFKC, lowercase: "Lee  Min-su" → "leeminsu". */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/** Passport numbers: uppercase letters and digits only. */
export function normalizePassport(value: string): string {
  return value.normalize('NFKC').toUpperCase().replace(/[^A-Z0-9]/g, '')
}

const COUNTRY_CODES = ['855', '82', '84', '63', '66', '95', '856', '86']

/**
 * Phone numbers in national form: "+82 10-1234-5678", "82 10 1234 5678" and
 * "010-1234-5678" all become "01012345678". Returns null for fewer than 6 digits.
 */
export function normalizePhone(value: string): string | null {
  let digits = value.normalize('NFKC').replace(/\D/g, '')
  if (value.trim().startsWith('+') || digits.startsWith('00')) {
    digits = digits.replace(/^00/, '')
    const cc = COUNTRY_CODES.find((code) => digits.startsWith(code))
    if (cc) digits = `0${digits.slice(cc.length).replace(/^0/, '')}`
  }
  return digits.length >= 6 ? digits : null
}

/** Messenger handles: lowercase, without a leading @ or a t.me/ link prefix. */
export function normalizeHandle(value: string): string | null {
  const handle = value
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^(t\.me|telegram\.me)\//, '')
    .replace(/^@/, '')
  return handle.length >= 2 ? handle : null
}
