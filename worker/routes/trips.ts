import { Hono, type Context } from 'hono'
import type { CheckedIn, TripCreated, TripEnded, TripWatch } from '../../core/api'
import { CheckInInput, ExtendInput, TripInput, WatchInput, WatchPushInput, alarmShredAfter, missedAfter, nextCheckInBy, shredAfter, type TripRequest } from '../../core/trips'
import { countTripSubscriptions, findTripByIdempotency, findTripByTraveller, findTripByTrusted, findTripSubscriptionId, moveDeadline, raiseAlarm, recordCheckIn, upsertTripSubscription, type TripRow } from '../db/trips'
import type { AppEnv } from '../env'
import { limitBody } from '../middleware/body-limit'
import { isAllowed, rateLimited } from '../middleware/rate-limit'
import { validate } from '../middleware/validate'
import { problem } from '../problem'
import { turnstileProblem } from '../request'
import { afterResponse, vapidPublicKey } from '../push'
import { codeHash, endTripNow, fileDuressCase, linkHash, notifyTrusted, openDetails, recordTrip, tripSubscriptionAad } from '../trips'
import { getVault, type Vault } from '../vault'

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{16,200}$/
const HOUR_MS = 3_600_000
/** A trusted person's phones and a laptop, at most. */
const MAX_TRUSTED_DEVICES = 10

/**
 * SHA-256 of the trip as the browser meant it, to tell a retry from a different trip
 * under the same key. Without the Turnstile token: a retry carries a fresh one.
 */
async function requestHashOf(input: TripRequest): Promise<string> {
  const { turnstileToken: _token, ...trip } = input
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(trip))))
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** When the traveller promised the next check-in: the deadline less the grace period. */
const promisedBy = (row: Pick<TripRow, 'deadline' | 'grace_hours'>) =>
  row.deadline ? nextCheckInBy(new Date(Date.parse(row.deadline) - row.grace_hours * HOUR_MS), 0).toISOString() : null

type Traveller = { ok: true; vault: Vault; row: TripRow; duress: boolean } | { ok: false; response: Response }

/**
 * The traveller's link and a code: the trip, and whether the code was the duress one.
 * Both hashes are compared every time. A wrong code is a field error; an unknown or
 * ended trip is not found. Look-ups share the case look-ups' per-client limit.
 */
async function traveller(c: Context<AppEnv>, secret: string, code: string): Promise<Traveller> {
  if (!(await isAllowed(c, c.env.LOOKUP_LIMITER, 'trips'))) return { ok: false, response: rateLimited(c) }
  const vault = await getVault(c.env)
  const row = await findTripByTraveller(c.env.DB, await linkHash(vault, 'traveller', secret))
  if (!row || row.status === 'ended') return { ok: false, response: problem(c, 'not-found', 404) }
  const hash = await codeHash(vault, row.id, code)
  const normal = hash === row.code_hash
  const duress = hash === row.duress_hash
  if (!normal && !duress) return { ok: false, response: problem(c, 'validation', 400, { errors: [{ field: 'code', code: 'trip.code.error.wrong' }] }) }
  return { ok: true, vault, row, duress }
}

/**
 * A duress code, after the response has gone: the same answer as the real action was
 * already sent; now the alarm is raised, the trusted person told and an urgent case
 * opened, in that order, none of it visible to whoever watches the traveller's screen.
 */
function raiseDuress(c: Context<AppEnv>, vault: Vault, row: TripRow, secret: string) {
  afterResponse(c, async () => {
    const now = new Date()
    const details = await openDetails(vault, row, 'traveller', secret)
    if (await raiseAlarm(c.env.DB, row.id, now.toISOString(), null, alarmShredAfter(now).toISOString())) await notifyTrusted(c.env, row.id)
    await fileDuressCase(c.env, vault, row, details, now)
  })
}

/**
 * What every traveller action shares: the link and code checked (traveller()); with the
 * real code `act` writes and gives the answer; with the duress code nothing is written,
 * `pretend` gives the same answer, and the alarm goes up after the response.
 */
async function travellerAction<T extends object>(
  c: Context<AppEnv>,
  input: { secret: string; code: string },
  act: (row: TripRow, now: Date) => Promise<T>,
  pretend: (row: TripRow, now: Date) => T,
) {
  const found = await traveller(c, input.secret, input.code)
  if (!found.ok) return found.response
  const now = new Date()
  if (!found.duress) return c.json<T>(await act(found.row, now))
  raiseDuress(c, found.vault, found.row, input.secret)
  return c.json<T>(pretend(found.row, now))
}

/** A check-in with the right code: the next deadline is the interval and the grace period from now. */
const checkIn = (db: D1Database, row: TripRow, now: Date) =>
  recordCheckIn(db, row.id, now.toISOString(), missedAfter(now, row.interval_days, row.grace_hours).toISOString())

/** The trip a trusted person's link opens, within the look-ups' per-client limit. */
async function trustedTrip(c: Context<AppEnv>, secret: string): Promise<{ ok: true; vault: Vault; row: TripRow | null } | { ok: false; response: Response }> {
  if (!(await isAllowed(c, c.env.LOOKUP_LIMITER, 'trips'))) return { ok: false, response: rateLimited(c) }
  const vault = await getVault(c.env)
  return { ok: true, vault, row: await findTripByTrusted(c.env.DB, await linkHash(vault, 'trusted', secret)) }
}

const limit = limitBody(64 * 1024)

/**
 * /api/v1/trips: record a trip, check in, come home, move the next check-in, and the
 * trusted person's view. Link secrets travel only in request bodies (the pages read
 * them from the URL fragment, which browsers do not send); codes likewise.
 */
const trips = new Hono<AppEnv>()
  .post('/', limit, validate('json', TripInput), async (c) => {
    const idempotencyKey = c.req.header('idempotency-key') ?? ''
    if (!IDEMPOTENCY_KEY.test(idempotencyKey)) {
      return problem(c, 'bad-request', 400, { errors: [{ field: 'Idempotency-Key', code: 'error.idempotencyKey' }] })
    }
    const input = c.req.valid('json')
    const vault = await getVault(c.env)
    const idempotencyHash = await vault.opaqueHash('trip-idempotency', idempotencyKey)
    const requestHash = await requestHashOf(input)
    const replay = async () => {
      const seen = await findTripByIdempotency(c.env.DB, idempotencyHash)
      if (!seen) return null
      if (seen.request_hash !== requestHash) return problem(c, 'idempotency-mismatch', 422)
      c.header('Idempotent-Replayed', 'true')
      return c.json<TripCreated>({ nextCheckInBy: nextCheckInBy(new Date(seen.last_check_in), seen.interval_days).toISOString() }, 201)
    }
    const seen = await replay()
    if (seen) return seen
    if (!(await isAllowed(c, c.env.WRITE_LIMITER, 'trips'))) return rateLimited(c)
    // After the fields and the replay, as for a report: a token is single-use, and a
    // retry of a trip already recorded carries one the first attempt spent.
    const refused = await turnstileProblem(c, input.turnstileToken, 'trip')
    if (refused) return refused
    try {
      return c.json<TripCreated>(await recordTrip(c.env.DB, vault, input, { idempotencyHash, requestHash }, new Date()), 201)
    } catch (err) {
      // Two retries racing: the second insert fails on the idempotency key.
      const raced = await replay()
      if (raced) return raced
      // A link secret another trip already has: never drawn by a browser (144 random bits), so the request is refused, not retried.
      if (/UNIQUE.*trips\.(traveller|trusted)_hash/.test(String((err as Error).message))) {
        return problem(c, 'validation', 400, { errors: [{ field: 'travellerSecret', code: 'error.invalid' }] })
      }
      throw err
    }
  })
  .post('/check-in', limit, validate('json', CheckInInput), (c) => {
    const answer = (row: TripRow, now: Date): CheckedIn => ({ nextCheckInBy: nextCheckInBy(now, row.interval_days).toISOString() })
    const act = async (row: TripRow, now: Date) => {
      await checkIn(c.env.DB, row, now)
      return answer(row, now)
    }
    return travellerAction(c, c.req.valid('json'), act, answer)
  })
  .post('/extend', limit, validate('json', ExtendInput), (c) => {
    const { days, ...input } = c.req.valid('json')
    // A check-in too, then the next one moved later by the days asked for.
    const answer = (row: TripRow, now: Date): CheckedIn => ({ nextCheckInBy: nextCheckInBy(now, row.interval_days + days).toISOString() })
    return travellerAction(
      c,
      input,
      async (row, now) => {
        await checkIn(c.env.DB, row, now)
        await moveDeadline(c.env.DB, row.id, missedAfter(now, row.interval_days + days, row.grace_hours).toISOString())
        return answer(row, now)
      },
      answer,
    )
  })
  .post('/home', limit, validate('json', CheckInInput), (c) =>
    travellerAction<TripEnded>(
      c,
      c.req.valid('json'),
      async (row, now) => ({ deleteOn: await endTripNow(c.env.DB, row, now) }),
      (_row, now) => ({ deleteOn: shredAfter(now).toISOString() }),
    ),
  )
  .post('/watch', limit, validate('json', WatchInput), async (c) => {
    const { secret } = c.req.valid('json')
    const found = await trustedTrip(c, secret)
    if (!found.ok) return found.response
    const { vault, row } = found
    if (!row) return problem(c, 'not-found', 404)
    return c.json<TripWatch>({
      status: row.status,
      lastCheckIn: row.last_check_in,
      nextCheckInBy: row.status === 'active' ? promisedBy(row) : null,
      alarmAt: row.alarm_at,
      deleteOn: row.shred_after,
      // The details only once the alarm is up: until then the trusted person sees when the traveller last checked in.
      details: row.status === 'alarm' ? await openDetails(vault, row, 'trusted', secret) : null,
    })
  })
  .post('/watch/push', limit, validate('json', WatchPushInput), async (c) => {
    const input = c.req.valid('json')
    if (!vapidPublicKey(c.env)) return problem(c, 'unavailable', 503)
    const found = await trustedTrip(c, input.secret)
    if (!found.ok) return found.response
    const { vault, row } = found
    if (!row || row.status === 'ended') return problem(c, 'not-found', 404)
    const endpointHash = await vault.opaqueHash('push-endpoint', input.subscription.endpoint)
    const existing = await findTripSubscriptionId(c.env.DB, row.id, endpointHash)
    if (!existing && (await countTripSubscriptions(c.env.DB, row.id)) >= MAX_TRUSTED_DEVICES) {
      return problem(c, 'validation', 400, { errors: [{ field: 'subscription', code: 'trip.trusted.error.tooMany' }] })
    }
    const id = existing ?? crypto.randomUUID()
    const key = await vault.unwrapDataKey(row.wrapped_key)
    const stored = { endpoint: input.subscription.endpoint, keys: input.subscription.keys, lang: input.lang }
    const sealed = await vault.seal(key, tripSubscriptionAad(row.id, id), JSON.stringify(stored))
    await upsertTripSubscription(c.env.DB, { id, tripId: row.id, endpointHash, sealed, at: new Date().toISOString() })
    return c.json({ subscribed: true }, 201)
  })

export default trips
