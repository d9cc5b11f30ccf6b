import { Hono, type Context } from 'hono'
import { MAX_PHOTO_BYTES, ReportInput, parseInput, toFieldErrors, type Report } from '../../core/report'
import { getVault, type Vault } from '../vault'
import { dayWindow, hourWindow, readCounter } from '../db/counters'
import { findIdempotent } from '../db/reports'
import { openReplay } from '../vault/cases'
import { fileReport } from '../intake'
import type { AppEnv } from '../env'
import { reencodePhoto } from '../photo'
import { problem } from '../problem'
import { isAllowed, rateLimited } from '../middleware/rate-limit'
import { limitBody } from '../middleware/body-limit'
import { turnstileProblem } from '../request'
import { afterResponse, notifyOfficers } from '../push'

/** JSON without a photo is small; multipart carries at most a 2 MB photo. */
const MAX_BODY_BYTES = MAX_PHOTO_BYTES + 256 * 1024
const MAX_JSON_BYTES = 128 * 1024
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{16,200}$/

type Parsed = { ok: true; body: unknown; photo?: Uint8Array } | { ok: false; response: Response }

/** Reads a JSON body, or a multipart body with a `report` JSON part and an optional `photo`. */
async function readBody(c: Context<AppEnv>): Promise<Parsed> {
  const type = (c.req.header('content-type') ?? '').toLowerCase()
  if (type.startsWith('application/json')) {
    const text = await c.req.text()
    if (text.length > MAX_JSON_BYTES) return { ok: false, response: problem(c, 'payload-too-large', 413) }
    try {
      return { ok: true, body: JSON.parse(text) }
    } catch {
      return { ok: false, response: problem(c, 'bad-request', 400) }
    }
  }
  if (type.startsWith('multipart/form-data')) {
    let form: FormData
    try {
      form = await c.req.formData()
    } catch {
      return { ok: false, response: problem(c, 'bad-request', 400) }
    }
    const report = form.get('report')
    if (typeof report !== 'string' || report.length > MAX_JSON_BYTES) {
      return { ok: false, response: problem(c, 'bad-request', 400) }
    }
    let body: unknown
    try {
      body = JSON.parse(report)
    } catch {
      return { ok: false, response: problem(c, 'bad-request', 400) }
    }
    const file = form.get('photo')
    if (file === null) return { ok: true, body }
    if (typeof file === 'string') {
      return { ok: false, response: problem(c, 'validation', 400, { errors: [{ field: 'person.photo', code: 'report.person.photo.error.type' }] }) }
    }
    if (file.size > MAX_PHOTO_BYTES) {
      return { ok: false, response: problem(c, 'validation', 400, { errors: [{ field: 'person.photo', code: 'report.person.photo.error.size' }] }) }
    }
    const photo = await reencodePhoto(new Uint8Array(await file.arrayBuffer()))
    if (!photo) {
      return { ok: false, response: problem(c, 'validation', 400, { errors: [{ field: 'person.photo', code: 'report.person.photo.error.type' }] }) }
    }
    return { ok: true, body, photo }
  }
  return { ok: false, response: problem(c, 'unsupported-media-type', 415) }
}

/** SHA-256 of the report as the client meant it: the Turnstile token may change on retry. */
async function requestHashOf(report: Report, photo?: Uint8Array): Promise<string> {
  const { turnstileToken: _token, ...rest } = report
  const data = new TextEncoder().encode(JSON.stringify(rest))
  const parts = [new Uint8Array(await crypto.subtle.digest('SHA-256', data))]
  if (photo) parts.push(new Uint8Array(await crypto.subtle.digest('SHA-256', photo)))
  return parts.map((p) => [...p].map((b) => b.toString(16).padStart(2, '0')).join('')).join(':')
}

function vaultFor(c: Context<AppEnv>): Promise<Vault> {
  return getVault(c.env)
}

const reports = new Hono<AppEnv>().post(
  '/',
  limitBody(MAX_BODY_BYTES),
  async (c) => {
    const idempotencyKey = c.req.header('idempotency-key') ?? ''
    if (!IDEMPOTENCY_KEY.test(idempotencyKey)) {
      return problem(c, 'bad-request', 400, { errors: [{ field: 'Idempotency-Key', code: 'error.idempotencyKey' }] })
    }
    const parsed = await readBody(c)
    if (!parsed.ok) return parsed.response

    // Fields first: a Turnstile token is single-use (Cloudflare's siteverify docs).
    const result = parseInput(ReportInput, parsed.body)
    if (!result.success) return problem(c, 'validation', 400, { errors: toFieldErrors(result.error.issues) })
    const report = result.data
    if (parsed.photo && report.kind !== 'family') {
      return problem(c, 'validation', 400, { errors: [{ field: 'person.photo', code: 'error.unknownField' }] })
    }

    // A retry of a submit that already landed gets the first answer, before Turnstile:
    // the retried token was spent by the first attempt.
    const vault = await vaultFor(c)
    const keyHash = await vault.opaqueHash('idempotency', idempotencyKey)
    const requestHash = await requestHashOf(report, parsed.photo)
    const seen = await openReplay(vault, await findIdempotent(c.env.DB, keyHash, requestHash))
    if (seen?.kind === 'replay') {
      c.header('Idempotent-Replayed', 'true')
      return c.json(seen.created, 201)
    }
    if (seen?.kind === 'mismatch') return problem(c, 'idempotency-mismatch', 422)

    if (!(await isAllowed(c, c.env.WRITE_LIMITER, 'reports'))) return rateLimited(c)
    // Service-wide caps, exact across locations: a flood of junk fills them, not the
    // database. Past one, everyone is asked to come back when its window ends.
    const now = new Date()
    const [hour, day] = await Promise.all([readCounter(c.env.DB, 'reports', hourWindow(now)), readCounter(c.env.DB, 'reports-day', dayWindow(now))])
    const full = day >= Number(c.env.DAILY_REPORT_CAP) ? 'day' : hour >= Number(c.env.HOURLY_REPORT_CAP) ? 'hour' : null
    if (full) {
      const next = full === 'day' ? Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) : Math.floor(now.getTime() / 3_600_000 + 1) * 3_600_000
      c.header('Retry-After', String(Math.max(1, Math.ceil((next - now.getTime()) / 1000))))
      return problem(c, 'busy', 503)
    }

    const refused = await turnstileProblem(c, report.turnstileToken, 'report')
    if (refused) return refused

    try {
      const created = await fileReport(c.env.DB, c.env.PHOTOS, vault, {
        report,
        idempotencyKeyHash: keyHash,
        requestHash,
        photo: parsed.photo,
      })
      // A person in danger: the officers on call hear of it at once.
      if (report.kind === 'self') afterResponse(c, () => notifyOfficers(c.env, created.caseRef, 'self-report'))
      return c.json(created, 201)
    } catch (err) {
      // Two retries racing: the second batch fails on the idempotency key and rolls
      // back whole; answer with what the first one wrote.
      const raced = await openReplay(vault, await findIdempotent(c.env.DB, keyHash, requestHash))
      if (raced?.kind === 'replay') {
        c.header('Idempotent-Replayed', 'true')
        return c.json(raced.created, 201)
      }
      throw err
    }
  },
)

export default reports
