/**
 * The offer check hands the offer over to the page the person opens next, in this tab's
 * sessionStorage: never in the URL, where it would reach request lines, logs and history.
 */

/** "Record this trip" (TripForm): the offer goes into the trip's details. */
export const TRIP_OFFER_KEY = 'homeward.trip.offer'
/** "Report this offer" (OfferReport): the text to send, kept there as the draft until it is sent. */
export const OFFER_REPORT_KEY = 'homeward.check.report'

/** Hands `text` over under `key`; with storage blocked the next page opens empty. */
export function handOver(key: string, text: string): void {
  try {
    sessionStorage.setItem(key, text)
  } catch {
    /* the next page opens empty */
  }
}

/** What was handed over under `key`, or '' (storage blocked or nothing there). */
export function takeOver(key: string): string {
  try {
    return sessionStorage.getItem(key) ?? ''
  } catch {
    return ''
  }
}

/** Forgets what was handed over under `key` (the report was sent). */
export function forget(key: string): void {
  try {
    sessionStorage.removeItem(key)
  } catch {
    /* nothing was stored */
  }
}
