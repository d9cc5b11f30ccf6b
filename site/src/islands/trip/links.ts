import type { Lang } from '../../../../core/langs'
import { ZONES, readerDates, readerZone } from '../../../../core/dates'
import type { TripDetails } from '../../../../core/trips'
import { DRAFT_KEY, emptyDraft } from '../report-form/draft'
import type { T } from '../parts/t'

/**
 * The browser's side of a trip's links. A link's secret rides in its fragment
 * (`…/check-in/#<secret>`): browsers never send the fragment to a server, so it is in
 * no request line, access log or cache; the pages post it in a request body.
 */

/** sessionStorage keys: the form's draft and the finished trip's links (the offer the check hands over: parts/handover.ts). */
export const TRIP_DRAFT_KEY = 'homeward.trip.draft'
export const TRIP_DONE_KEY = 'homeward.trip.done'
export { TRIP_OFFER_KEY } from '../parts/handover'
/** localStorage on the trusted person's subscribed device only: the link, so a notice can open the page. */
export const TRUSTED_LINK_KEY = 'homeward.trip.trusted'

/** 144 random bits, base64url: a link secret. */
export function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18))
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_')
}

/** A six-digit check-in code, uniformly drawn. */
export function newCode(): string {
  const [n] = crypto.getRandomValues(new Uint32Array(1))
  return String(n % 1_000_000).padStart(6, '0')
}

export const checkInLink = (origin: string, lang: Lang, secret: string) => `${origin}/${lang}/before-you-go/check-in/#${secret}`
export const trustedLink = (origin: string, lang: Lang, secret: string) => `${origin}/${lang}/before-you-go/trusted/#${secret}`

/** The secret in this page's fragment, if it looks like one. */
export function secretFromFragment(): string | null {
  const value = decodeURIComponent(location.hash.slice(1))
  return /^[A-Za-z0-9_-]{22,64}$/.test(value) ? value : null
}

/**
 * "3 ធ្នូ 2026 នៅម៉ោង 19:14 (ម៉ោងកម្ពុជា)": a moment as every public page writes it
 * (core/dates.ts), long, in the zone the reader's language suggests, the zone named.
 */
export const when = (iso: string, lang: Lang, t: T) => readerDates(lang, t).when(iso)

/** The day a trip will be deleted, as the case page writes a case's ("14 មីនា 2027"). */
export const deletionDay = (iso: string, lang: Lang, t: T) => readerDates(lang, t).day(iso)

/**
 * The calendar day of a moment in the same zone as `when`, as YYYY-MM-DD: a value for
 * the report form's date field, not words (the field shows it in the reader's words).
 */
const dayIn = (iso: string, lang: Lang) => new Date(iso).toLocaleDateString('en-CA', { timeZone: ZONES[readerZone(lang)].tz })

/**
 * The family report's draft, filled with what the traveller recorded, for the trusted
 * person to check, complete and send (the report form restores it from sessionStorage):
 * nothing reaches staff until they press send.
 */
export function prefilledReport(details: TripDetails, lastCheckIn: string, lang: Lang, t: T) {
  const draft = emptyDraft(lang)
  const today = new Date().toISOString().slice(0, 10)
  draft.person.fullName = details.name ?? ''
  draft.journey.destinationCountry = details.destinationCountry
  draft.journey.destinationTown = details.destinationTown ?? ''
  draft.journey.knownLocation = [details.employer, details.employerAddress].filter(Boolean).join(', ')
  draft.journey.recruiterContacts = details.recruiterContacts ?? ''
  draft.journey.offerText = details.offerText ?? ''
  if (details.flightDate && details.flightDate <= today) draft.journey.departureDate = details.flightDate
  draft.journey.lastContactDate = dayIn(lastCheckIn, lang)
  draft.journey.lastContactWords = t('trip.report.lastCheckIn', { when: when(lastCheckIn, lang, t) })
  return draft
}

export function openPrefilledReport(details: TripDetails, lastCheckIn: string, lang: Lang, t: T) {
  sessionStorage.setItem(DRAFT_KEY, JSON.stringify(prefilledReport(details, lastCheckIn, lang, t)))
  location.assign(`/${lang}/report/`)
}
