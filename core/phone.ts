import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core'
import type { Lang } from './langs'
import metadata from './phone-metadata.json'

/**
 * Phone numbers as a person writes them, checked by libphonenumber-js (Google's
 * libphonenumber rules) against a cut of its metadata for the countries families and
 * workers call from and to (scripts/phone-metadata.mjs). A number written without its
 * country code is read as Korean, then as Cambodian: the two countries the service is
 * for. A number with a country code outside the cut is accepted when it has the shape
 * of an international number (ITU-T E.164: + and 8 to 15 digits), since we cannot
 * check it further.
 */
const META = metadata as unknown as MetadataJson
const CALLING_CODES = Object.keys(metadata.country_calling_codes)
/** Which country a number without its code is tried as first, by the reader's language. */
const NATIONAL_ORDER: Record<Lang, ReadonlyArray<'KR' | 'KH'>> = { ko: ['KR', 'KH'], km: ['KH', 'KR'], en: ['KR', 'KH'] }
// Digits, spaces and the separators people type; a letter means it is not a number.
const PHONE_CHARACTERS = /^\+?[\d\s().\-/]+$/

/** The number in international form (`+82 10 1234 5678`), or null when it is not a phone number. */
export function internationalPhone(text: string, lang: Lang = 'ko'): string | null {
  const value = text.trim()
  if (!PHONE_CHARACTERS.test(value)) return null
  const digits = value.replace(/\D/g, '')
  if (value.startsWith('+')) {
    if (!CALLING_CODES.some((code) => digits.startsWith(code))) return /^[1-9]\d{7,14}$/.test(digits) ? `+${digits}` : null
    const number = parsePhoneNumberFromString(value, META)
    return number?.isValid() ? number.formatInternational() : null
  }
  for (const country of NATIONAL_ORDER[lang]) {
    const number = parsePhoneNumberFromString(value, country, META)
    if (number?.isValid()) return number.formatInternational()
  }
  // 00 is how most countries dial abroad (0082…, 00855…).
  return value.startsWith('00') ? internationalPhone(`+${value.slice(2)}`, lang) : null
}

export const isPhoneNumber = (text: string): boolean => internationalPhone(text) !== null
