import { CAN_TALK, CONTACT_CHANNELS, DANGER_SIGNS, DESTINATION_COUNTRIES, MESSENGER_APPS, NATIONALITIES, POLICE_TOLD, RELATIONSHIPS, SEXES } from '../../core/report'
import { ACCESS_ACTIONS } from '../../core/labels'
import { STATUSES } from '../../core/workflow'
import { ROLES } from '../../core/roles'
import { INDICATOR_TYPES } from '../../core/offers'

/** Every stored enum value an officer must never read as such. */
const ENUMS = [
  ...SEXES, ...MESSENGER_APPS, ...CONTACT_CHANNELS, ...DANGER_SIGNS, ...RELATIONSHIPS, ...POLICE_TOLD, ...CAN_TALK,
  ...STATUSES, ...ACCESS_ACTIONS, ...ROLES, ...INDICATOR_TYPES, 'family', 'self', 'personalData', 'passportNumber', 'sensitiveData', 'sharePolice', 'storageAbroad',
]
const CODES = [...DESTINATION_COUNTRIES, ...NATIONALITIES].filter((c) => /^[A-Z]{2}$/.test(c))

/**
 * The raw values in a page's visible text. In Korean and Khmer every stored enum is
 * searched for as a whole word; in English, where "new" or "other" are also words, the
 * identifiers that are not English (passportTaken, access-log.view), plus, in every
 * language, true/false, ISO dates and the two-letter country codes we store.
 */
export function rawValues(page: string, lang: 'ko' | 'km' | 'en'): string[] {
  // Email addresses and handles are what people typed or are called, not stored codes.
  const text = page.replace(/\S*@\S+/g, ' ')
  const found: string[] = []
  const words = new Set(text.split(/[^A-Za-z.-]+/).map((w) => w.replace(/^[.-]+|[.-]+$/g, '')).filter(Boolean))
  for (const value of ENUMS) {
    const englishWord = /^[a-z]+$/.test(value)
    if (lang === 'en' && englishWord) continue
    if (words.has(value)) found.push(value)
  }
  for (const m of text.matchAll(/\b(true|false)\b/g)) found.push(m[0])
  for (const m of text.matchAll(/\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?/g)) found.push(m[0])
  for (const code of CODES) if (new RegExp(`\\b${code}\\b`).test(text)) found.push(code)
  return found
}
