import { createT, isLang, type Lang, type MessageKey } from '../core/i18n'
import { defaultZone, formatDay, formatWhen, type Translate } from '../core/labels'
import type { PushPayload } from '../core/push'
import type { SelfReport } from '../core/report'
import { alarmShredAfter, missedAfter, nextCheckInBy, shredAfter, type TripDetails, type TripRequest } from '../core/trips'
import { logPush } from './db/push'
import { findIdempotent } from './db/reports'
import {
  deleteTrip,
  deleteTripSubscriptionById,
  endTrip,
  insertTrip,
  listMissed,
  listShreddable,
  listTripSubscriptions,
  raiseAlarm,
  readTrip,
  type TripRow,
} from './db/trips'
import { fileReport } from './intake'
import { notifyOfficers, sendPush, type StoredSubscription } from './push'
import { fromBase64, getVault, toBase64, type Vault } from './vault'
import { openReplay } from './vault/cases'

/**
 * Trips and check-ins (issue 17). The keys, in short (README, "Before you go: how
 * check-ins are kept"):
 * - the trip's details are sealed under a random details key that is stored only
 *   wrapped, once by the traveller's lock and once by the trusted person's lock;
 * - a lock is HMAC(server key, link secret): the secret lives only in the link's
 *   fragment, which browsers never send, and the page posts it in a request body; the
 *   server key is derived from RECEIPT_KEY. A D1 dump alone opens nothing, and the
 *   secrets alone open nothing either;
 * - the server's own trip key (wrapped by MASTER_KEY, like a case key) seals only the
 *   trusted devices' push subscriptions, which the sweep must read with no link;
 * - the server answers the trusted person with the details only once the alarm is up.
 */

type TripEnv = Pick<Env, 'DB' | 'PHOTOS' | 'MASTER_KEY' | 'INDEX_KEY' | 'RECEIPT_KEY'> & {
  MASTER_KEY_PREVIOUS?: string
  VAPID_PRIVATE_JWK?: string
  VAPID_SUBJECT?: string
}

export type LinkRole = 'traveller' | 'trusted'

/** The HMAC a link secret is found by (never the secret itself). */
export const linkHash = (vault: Vault, role: LinkRole, secret: string) => vault.opaqueHash(`trip-${role}`, secret)

/** A code's HMAC, bound to its trip so the same code on two trips hashes apart. */
export const codeHash = (vault: Vault, tripId: string, code: string) => vault.opaqueHash('trip-code', `${tripId}\u0000${code.trim()}`)

/** The AES-KW key a link opens the details key with: HMAC of the secret under its own server key. */
async function lockKey(vault: Vault, role: LinkRole, secret: string): Promise<CryptoKey> {
  const hex = await vault.opaqueHash(`trip-lock:${role}`, secret)
  const raw = Uint8Array.from(hex.match(/../g)!, (h) => parseInt(h, 16))
  return crypto.subtle.importKey('raw', raw, 'AES-KW', false, ['wrapKey', 'unwrapKey'])
}

const detailsAad = (tripId: string) => `${tripId}:trip`
export const tripSubscriptionAad = (tripId: string, id: string) => `${tripId}:trip-push:${id}`

/** Records a trip: seals its details, wraps their key for both links, and writes one row. */
export async function recordTrip(db: D1Database, vault: Vault, input: TripRequest, keys: { idempotencyHash: string; requestHash: string }, now: Date) {
  const id = crypto.randomUUID()
  const detailsKey = (await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt'])) as CryptoKey
  const wrapFor = async (role: LinkRole, secret: string) =>
    toBase64(new Uint8Array(await crypto.subtle.wrapKey('raw', detailsKey, await lockKey(vault, role, secret), 'AES-KW')))
  const server = await vault.newDataKey()
  const at = now.toISOString()
  await insertTrip(db, {
    id,
    lang: input.lang,
    wrapped_key: server.wrapped,
    details: await vault.seal(detailsKey, detailsAad(id), JSON.stringify(input.trip)),
    traveller_lock: await wrapFor('traveller', input.travellerSecret),
    trusted_lock: await wrapFor('trusted', input.trustedSecret),
    travellerHash: await linkHash(vault, 'traveller', input.travellerSecret),
    trustedHash: await linkHash(vault, 'trusted', input.trustedSecret),
    code_hash: await codeHash(vault, id, input.code),
    duress_hash: await codeHash(vault, id, input.duressCode),
    interval_days: input.intervalDays,
    grace_hours: input.graceHours,
    last_check_in: at,
    deadline: missedAfter(now, input.intervalDays, input.graceHours).toISOString(),
    idempotencyHash: keys.idempotencyHash,
    requestHash: keys.requestHash,
    at,
  })
  return { nextCheckInBy: nextCheckInBy(now, input.intervalDays).toISOString() }
}

/** Opens the trip's details with one of its links. */
export async function openDetails(vault: Vault, row: TripRow, role: LinkRole, secret: string): Promise<TripDetails> {
  const lock = role === 'traveller' ? row.traveller_lock : row.trusted_lock
  const key = await crypto.subtle.unwrapKey('raw', fromBase64(lock), await lockKey(vault, role, secret), 'AES-KW', { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ])
  return JSON.parse(await vault.open(key, detailsAad(row.id), row.details)) as TripDetails
}

const tripLang = (row: Pick<TripRow, 'lang'>): Lang => (isLang(row.lang) ? row.lang : 'en')

function alarmPayload(lang: Lang): PushPayload {
  const t = createT(lang)
  // The link's secret is not the server's to put here: the trusted device keeps it (README).
  return { title: t('site.name'), body: t('trip.push.body'), url: `/${lang}/before-you-go/trusted/`, tag: 'homeward-trip' }
}

/** "A check-in was missed" to every device the trusted person subscribed, each in its language. */
export async function notifyTrusted(env: TripEnv, tripId: string): Promise<void> {
  const row = await readTrip(env.DB, tripId)
  if (!row) return
  const subscriptions = await listTripSubscriptions(env.DB, row.id)
  if (subscriptions.length === 0) {
    await logPush(env.DB, { caseRef: null, kind: 'trip-alarm', audience: 'nobody', outcome: 'no-device', status: null })
    return
  }
  const vault = await getVault(env)
  const key = await vault.unwrapDataKey(row.wrapped_key)
  for (const sub of subscriptions) {
    const stored = JSON.parse(await vault.open(key, tripSubscriptionAad(row.id, sub.id), sub.sealed)) as StoredSubscription
    const result = await sendPush(env, stored, alarmPayload(isLang(stored.lang) ? stored.lang : tripLang(row)), 'high')
    if (result.outcome === 'gone') await deleteTripSubscriptionById(env.DB, sub.id)
    await logPush(env.DB, { caseRef: null, kind: 'trip-alarm', audience: 'trusted', ...result })
  }
}

/**
 * The urgent case a duress check-in opens at once: a self-report (the highest
 * priority), labelled as a duress check-in, carrying the trip's facts in the
 * traveller's language; its recruiter contacts join the identifier index. The officers
 * on call hear of it as of any self-report.
 */
export async function fileDuressCase(env: TripEnv, vault: Vault, row: TripRow, details: TripDetails, now: Date): Promise<string> {
  const lang = tripLang(row)
  const t = createT(lang)
  const country = t(`report.country.${details.destinationCountry}`)
  const place = [details.destinationTown, country].filter(Boolean).join(', ')
  const line = (label: MessageKey, value: string | undefined) => (value ? `${t(label)}: ${value}` : null)
  const facts = [
    t('trip.duress.raised'),
    line('trip.field.destination', place),
    line('trip.field.employer', details.employer),
    line('trip.field.employerAddress', details.employerAddress),
    line('trip.field.recruiterContacts', details.recruiterContacts),
    line('trip.field.flightDate', details.flightDate ? formatDay(details.flightDate, lang) : undefined),
    line('trip.field.lastCheckIn', formatWhen(row.last_check_in, lang, defaultZone(lang), t as Translate)),
    line('trip.field.offerText', details.offerText?.slice(0, 1200)),
  ].filter(Boolean)
  const report: SelfReport = {
    kind: 'self',
    lang,
    turnstileToken: '',
    situation: {
      location: [place, details.employerAddress].filter(Boolean).join(' — ').slice(0, 1000),
      canTalk: 'no',
      contact: t('trip.duress.contact'),
      name: details.name || undefined,
      details: facts.join('\n').slice(0, 2000),
    },
  }
  // One case per trip and hour, however often the duress code is entered in it.
  const idempotencyKeyHash = await vault.opaqueHash('idempotency', `trip-duress:${row.id}:${now.toISOString().slice(0, 13)}`)
  const seen = await openReplay(vault, await findIdempotent(env.DB, idempotencyKeyHash, 'trip-duress'))
  if (seen?.kind === 'replay') return seen.created.caseRef
  const created = await fileReport(env.DB, env.PHOTOS, vault, {
    report,
    idempotencyKeyHash,
    requestHash: 'trip-duress',
    labels: [t('trip.duress.label')],
    recruiterText: [details.recruiterContacts, details.offerText].filter(Boolean).join('\n'),
  })
  await notifyOfficers(env, created.caseRef, 'self-report')
  return created.caseRef
}

/** Ends a trip ("I'm home"): no more deadlines; shredded SHRED_AFTER_DAYS later. */
export async function endTripNow(db: D1Database, row: TripRow, now: Date): Promise<string> {
  const deleteOn = shredAfter(now).toISOString()
  await endTrip(db, row.id, now.toISOString(), deleteOn)
  return deleteOn
}

const SWEEP_BATCH = 100

/**
 * The Cron Trigger's sweep. `now` is the scheduled event's time (controller.scheduledTime),
 * so the sweep answers for the moment it was scheduled, whatever delayed it. Missed
 * check-ins raise the alarm and tell the trusted person; ended trips past their date
 * are deleted. Both reads are range scans on partial indexes.
 */
export async function sweepTrips(env: TripEnv, now: Date): Promise<{ alarms: number; shredded: number }> {
  const at = now.toISOString()
  let alarms = 0
  let shredded = 0
  for (;;) {
    const missed = await listMissed(env.DB, at, SWEEP_BATCH)
    for (const { id } of missed) {
      if (!(await raiseAlarm(env.DB, id, at, at, alarmShredAfter(now).toISOString()))) continue
      alarms++
      await notifyTrusted(env, id).catch((err: unknown) => {
        console.error(JSON.stringify({ level: 'error', event: 'trip.push-failed', error: err instanceof Error ? err.name : 'unknown' }))
      })
    }
    if (missed.length < SWEEP_BATCH) break
  }
  for (;;) {
    const due = await listShreddable(env.DB, at, SWEEP_BATCH)
    for (const { id } of due) await deleteTrip(env.DB, id)
    shredded += due.length
    if (due.length < SWEEP_BATCH) break
  }
  if (alarms || shredded) console.log(JSON.stringify({ level: 'info', event: 'trips.sweep', alarms, shredded }))
  return { alarms, shredded }
}
