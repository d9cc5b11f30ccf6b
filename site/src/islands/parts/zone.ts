import { defaultZone, formatWhen, isZone, type Zone } from '../../../../core/labels'
import type { Lang } from '../../../../core/langs'
import type { T } from './t'

/** The officer's time zone lives in this browser: a setting, not personal data. */
export const ZONE_STORAGE_KEY = 'homeward.staff.zone'

export function readZone(lang: Lang): Zone {
  try {
    const stored = localStorage.getItem(ZONE_STORAGE_KEY)
    if (isZone(stored)) return stored
  } catch {
    // storage blocked: fall back to the language's zone
  }
  return defaultZone(lang)
}

export function saveZone(zone: Zone) {
  try {
    localStorage.setItem(ZONE_STORAGE_KEY, zone)
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}

/** A formatter for moments in the officer's language and zone, e.g. "3 Dec 2026, 18:31 KST". */
export function whenFormatter(lang: Lang, t: T): (iso: string) => string {
  const zone = readZone(lang)
  return (iso) => formatWhen(iso, lang, zone, t)
}
