import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { getCookie } from 'hono/cookie'
import { csrf } from 'hono/csrf'
import * as z from 'zod/mini'
import { parseCaseRef } from '../../core/case-ref'
import { toFieldErrors } from '../../core/report'
import { ROLES, atLeast, type Role } from '../../core/roles'
import { CLOSE_REASONS, NEXT_STATUS, STATUSES } from '../../core/workflow'
import { isLocalAccess, verifyAccessToken } from '../access'
import { getCrypto } from '../crypto'
import { insertNotice } from '../db/notices'
import { insertMessage, type CaseStatus } from '../db/reports'
import {
  decodeCursor,
  editCase,
  findCase,
  findStaff,
  listQueue,
  logDependent,
  logStatement,
  readCaseForStaff,
  readPhoto,
  type CaseRow,
  type Dependent,
  type QueueFilters,
  type StaffMember,
} from '../db/staff'
import { findDuplicates } from '../db/duplicates'
import { listIndicators } from '../db/indicators'
import { pfifDomain } from '../../core/pfif'
import { casesToCsv, casesToPfif, type ExportCase } from '../db/exports'
import { readStats } from '../db/stats'
import { rewrapKeys } from '../rotation'
import { purgeCase } from '../retention'
import { FamilyReportInput } from '../../core/report'
import { reindexStatements } from '../db/reports'
import type { AppEnv } from '../env'
import { problem } from '../problem'
import { clientIp, readJson } from '../request'

type StaffEnv = AppEnv

/**
 * Every staff route with the least role that may use it. Deny by default: a route
 * not listed here is not mounted, and a test walks this table against every role.
 */
export const STAFF_ROUTES = [
  { method: 'GET', path: '/me', role: 'viewer' },
  { method: 'GET', path: '/reports', role: 'viewer' },
  { method: 'GET', path: '/reports/:caseRef', role: 'viewer' },
  { method: 'GET', path: '/reports/:caseRef/photo', role: 'viewer' },
  { method: 'GET', path: '/reports/:caseRef/duplicates', role: 'viewer' },
  { method: 'POST', path: '/reports/:caseRef/status', role: 'triager' },
  { method: 'POST', path: '/reports/:caseRef/assign', role: 'triager' },
  { method: 'POST', path: '/reports/:caseRef/labels', role: 'triager' },
  { method: 'POST', path: '/reports/:caseRef/notes', role: 'triager' },
  { method: 'POST', path: '/reports/:caseRef/messages', role: 'triager' },
  { method: 'POST', path: '/reports/:caseRef/links', role: 'triager' },
  { method: 'POST', path: '/reports/:caseRef/priority', role: 'supervisor' },
  { method: 'POST', path: '/reports/:caseRef/retention', role: 'supervisor' },
  // Data-subject requests (PIPA 35-37조): correct and erase; export is /exports.
  { method: 'POST', path: '/reports/:caseRef/correct', role: 'supervisor' },
  { method: 'POST', path: '/reports/:caseRef/erase', role: 'supervisor' },
  { method: 'POST', path: '/bulk', role: 'triager' },
  { method: 'POST', path: '/notice', role: 'supervisor' },
  { method: 'POST', path: '/notice/expire', role: 'supervisor' },
  { method: 'GET', path: '/access-log', role: 'supervisor' },
  { method: 'GET', path: '/indicators', role: 'viewer' },
  { method: 'POST', path: '/exports', role: 'supervisor' },
  { method: 'GET', path: '/stats', role: 'viewer' },
  { method: 'POST', path: '/admin/rotate-keys', role: 'admin' },
  { method: 'GET', path: '/members', role: 'admin' },
  { method: 'POST', path: '/members', role: 'admin' },
  { method: 'POST', path: '/indicators/:id', role: 'triager' },
] as const satisfies ReadonlyArray<{ method: 'GET' | 'POST'; path: string; role: Role }>

const roleOf = (method: string, path: string): Role =>
  STAFF_ROUTES.find((route) => route.method === method && route.path === path)!.role

/**
 * Cloudflare Access puts the identity in the Cf-Access-Jwt-Assertion header; we read
 * the header, not the cookie (security.md §2). With no Access in front (the local dev
 * server only), the sign-in page's cookie stands in for what Access's edge would add.
 */
const authenticate: MiddlewareHandler<StaffEnv> = async (c, next) => {
  let token = c.req.header('cf-access-jwt-assertion')
  if (!token && isLocalAccess(c.env, c.req.url)) token = getCookie(c, 'CF_Authorization')
  const result = await verifyAccessToken(token, c.env, c.req.url)
  if (!result.ok) return problem(c, result.status === 401 ? 'unauthorized' : 'forbidden', result.status)
  const staff = await findStaff(c.env.DB, result.email)
  if (!staff) return problem(c, 'forbidden', 403)
  c.set('staff', staff)
  await next()
}

function allow(method: 'GET' | 'POST', path: string): MiddlewareHandler<StaffEnv> {
  const minimum = roleOf(method, path)
  return async (c, next) => {
    if (!atLeast(c.get('staff').role, minimum)) return problem(c, 'forbidden', 403)
    await next()
  }
}


async function loadCase(c: Context<StaffEnv>): Promise<CaseRow | Response> {
  const caseRef = parseCaseRef(c.req.param('caseRef') ?? '')
  const row = caseRef ? await findCase(c.env.DB, caseRef) : null
  return row ?? problem(c, 'not-found', 404)
}

const who = (c: Context<StaffEnv>) => ({ staffEmail: c.get('staff').email, ip: clientIp(c) })

const text = (max: number) => z.string({ error: 'error.invalid' }).check(z.trim(), z.minLength(1, { error: 'error.required' }), z.maxLength(max, { error: 'error.tooLong' }))
const version = z.int({ error: 'error.invalid' }).check(z.minimum(1, { error: 'error.invalid' }))

export { CLOSE_REASONS }

const StatusInput = z.strictObject({
  status: z.enum(STATUSES, { error: 'error.invalid' }),
  version,
  closedReason: z.optional(z.enum(CLOSE_REASONS, { error: 'error.invalid' })),
  reason: z.optional(z.string({ error: 'error.invalid' }).check(z.trim(), z.maxLength(500, { error: 'error.tooLong' }))),
})

/** Status change as the dependents of an edit: the family's timeline and the log. */
function statusChange(
  row: CaseRow,
  input: z.infer<typeof StatusInput>,
  actor: { staffEmail: string; ip: string },
): { set: Record<string, unknown>; dependents: Dependent[] } | { error: string } {
  if (!NEXT_STATUS[row.status].includes(input.status)) return { error: 'staff.status.error.transition' }
  if (input.status === 'closed' && !input.closedReason) return { error: 'staff.status.error.closedReason' }
  const at = new Date().toISOString()
  const set: Record<string, unknown> = { status: input.status }
  if (input.status === 'acknowledged') set.acknowledged_at = at
  set.closed_reason = input.status === 'closed' ? input.closedReason : null
  // The retention clock starts when a case is closed and stops if it is reopened.
  set.closed_at = input.status === 'closed' ? at : null
  return {
    set,
    dependents: [
      {
        insert: 'case_events',
        values: { report_id: row.id, type: 'status', status: input.status, created_at: at, actor: actor.staffEmail, reason: input.reason ?? input.closedReason ?? null },
      },
      logDependent({ ...actor, reportId: row.id, caseRef: row.case_ref, action: 'status', reason: input.reason ?? null }),
    ],
  }
}

const QueueQuery = z.strictObject({
  status: z.optional(z.enum(['open', 'new', 'acknowledged', 'investigating', 'located', 'safe', 'returned', 'closed'])),
  band: z.optional(z.enum(['1', '2', '3'])),
  region: z.optional(z.string().check(z.maxLength(64))),
  lang: z.optional(z.enum(['ko', 'km', 'en'])),
  kind: z.optional(z.enum(['family', 'self'])),
  assignee: z.optional(z.string().check(z.maxLength(254))),
  label: z.optional(z.string().check(z.maxLength(40))),
  overdue: z.optional(z.enum(['1', 'true'])),
  q: z.optional(z.string().check(z.maxLength(40))),
  cursor: z.optional(z.string().check(z.maxLength(400))),
  limit: z.optional(z.string().check(z.regex(/^\d{1,3}$/))),
})

const LABEL = z.string({ error: 'error.invalid' }).check(z.trim(), z.minLength(1), z.maxLength(40), z.regex(/^[\p{L}\p{N} _-]+$/u, { error: 'error.invalid' }))

const staff = new Hono<StaffEnv>()
  // JSON-only mutations plus Hono's Origin / Sec-Fetch-Site check (security.md §5).
  .use('*', csrf())
  .use('*', bodyLimit({ maxSize: 64 * 1024, onError: (c) => problem(c as Context<AppEnv>, 'payload-too-large', 413) }))
  .use('*', authenticate)

  .get('/me', allow('GET', '/me'), (c) => c.json(c.get('staff')))

  .get('/reports', allow('GET', '/reports'), async (c) => {
    const parsed = QueueQuery.safeParse(c.req.query())
    if (!parsed.success) return problem(c, 'validation', 400, { errors: toFieldErrors(parsed.error.issues) })
    const q = parsed.data
    const cursor = q.cursor ? decodeCursor(q.cursor) : null
    if (q.cursor && !cursor) return problem(c, 'validation', 400, { errors: [{ field: 'cursor', code: 'error.invalid' }] })
    const filters: QueueFilters = {
      status: q.status,
      band: q.band ? (Number(q.band) as 1 | 2 | 3) : undefined,
      region: q.region,
      lang: q.lang,
      kind: q.kind,
      assignee: q.assignee === 'me' ? c.get('staff').email : q.assignee,
      label: q.label,
      overdue: Boolean(q.overdue),
      caseRef: q.q ? (parseCaseRef(q.q) ?? '-') : undefined,
    }
    const limit = Math.min(Math.max(Number(q.limit ?? 50), 1), 200)
    return c.json(await listQueue(c.env.DB, filters, { limit, cursor }))
  })

  .get('/reports/:caseRef', allow('GET', '/reports/:caseRef'), async (c) => {
    const row = await loadCase(c)
    if (row instanceof Response) return row
    const view = await readCaseForStaff(c.env.DB, await getCrypto(c.env), row)
    await logStatement(c.env.DB, { ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'view' }).run()
    return c.json(view)
  })

  .get('/reports/:caseRef/photo', allow('GET', '/reports/:caseRef/photo'), async (c) => {
    const row = await loadCase(c)
    if (row instanceof Response) return row
    const photo = await readPhoto(c.env.PHOTOS, await getCrypto(c.env), row)
    if (!photo) return problem(c, 'not-found', 404)
    await logStatement(c.env.DB, { ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'photo' }).run()
    // Served as a download-free inline image to staff only; never cached.
    return c.body(photo as Uint8Array<ArrayBuffer>, 200, { 'content-type': 'image/jpeg', 'content-disposition': 'inline' })
  })

  .get('/reports/:caseRef/duplicates', allow('GET', '/reports/:caseRef/duplicates'), async (c) => {
    const row = await loadCase(c)
    if (row instanceof Response) return row
    return c.json({ candidates: await findDuplicates(c.env.DB, row.id) })
  })

  .post('/reports/:caseRef/status', allow('POST', '/reports/:caseRef/status'), async (c) => {
    const row = await loadCase(c)
    if (row instanceof Response) return row
    const input = await readJson(c, StatusInput)
    if (!input.ok) return input.response
    const change = statusChange(row, input.data, who(c))
    if ('error' in change) return problem(c, 'validation', 400, { errors: [{ field: 'status', code: change.error as 'error.invalid' }] })
    if (!(await editCase(c.env.DB, row, input.data.version, change.set, change.dependents))) return problem(c, 'conflict', 409)
    return c.json({ caseRef: row.case_ref, status: input.data.status, version: input.data.version + 1 })
  })

  .post('/reports/:caseRef/assign', allow('POST', '/reports/:caseRef/assign'), async (c) => {
    const row = await loadCase(c)
    if (row instanceof Response) return row
    const input = await readJson(c, z.strictObject({ assignee: z.nullable(z.string().check(z.maxLength(254))), version }))
    if (!input.ok) return input.response
    const assignee = input.data.assignee?.toLowerCase() ?? null
    if (assignee && !(await findStaff(c.env.DB, assignee))) {
      return problem(c, 'validation', 400, { errors: [{ field: 'assignee', code: 'staff.assign.error.unknown' as 'error.invalid' }] })
    }
    const ok = await editCase(c.env.DB, row, input.data.version, { assignee }, [
      logDependent({ ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'assign', reason: assignee }),
    ])
    return ok ? c.json({ caseRef: row.case_ref, assignee, version: input.data.version + 1 }) : problem(c, 'conflict', 409)
  })

  .post('/reports/:caseRef/labels', allow('POST', '/reports/:caseRef/labels'), async (c) => {
    const row = await loadCase(c)
    if (row instanceof Response) return row
    const input = await readJson(c, z.strictObject({ add: z.array(LABEL).check(z.maxLength(10)), remove: z.array(LABEL).check(z.maxLength(10)), version }))
    if (!input.ok) return input.response
    const ok = await editCase(c.env.DB, row, input.data.version, {}, [
      ...input.data.remove.map((label): Dependent => ({ delete: 'report_labels', where: { report_id: row.id, label } })),
      ...input.data.add.map((label): Dependent => ({ insert: 'report_labels', values: { report_id: row.id, label } })),
      logDependent({ ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'labels' }),
    ])
    return ok ? c.json({ caseRef: row.case_ref, version: input.data.version + 1 }) : problem(c, 'conflict', 409)
  })

  .post('/reports/:caseRef/priority', allow('POST', '/reports/:caseRef/priority'), async (c) => {
    const row = await loadCase(c)
    if (row instanceof Response) return row
    const input = await readJson(
      c,
      z.strictObject({ override: z.nullable(z.int().check(z.minimum(0), z.maximum(1000))), reason: z.optional(text(500)), version }),
    )
    if (!input.ok) return input.response
    if (input.data.override !== null && !input.data.reason) {
      return problem(c, 'validation', 400, { errors: [{ field: 'reason', code: 'error.required' }] })
    }
    const ok = await editCase(
      c.env.DB,
      row,
      input.data.version,
      { priority_override: input.data.override, override_reason: input.data.override === null ? null : input.data.reason },
      [logDependent({ ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'priority', reason: input.data.reason ?? null })],
    )
    return ok ? c.json({ caseRef: row.case_ref, version: input.data.version + 1 }) : problem(c, 'conflict', 409)
  })

  .post('/reports/:caseRef/retention', allow('POST', '/reports/:caseRef/retention'), async (c) => {
    const row = await loadCase(c)
    if (row instanceof Response) return row
    const input = await readJson(c, z.strictObject({ retainUntil: z.iso.date({ error: 'error.invalid' }), reason: text(500), version }))
    if (!input.ok) return input.response
    const until = `${input.data.retainUntil}T23:59:59.999Z`
    if (until <= new Date().toISOString() || until > new Date(Date.now() + 2 * 365 * 86_400_000).toISOString()) {
      return problem(c, 'validation', 400, { errors: [{ field: 'retainUntil', code: 'error.invalid' }] })
    }
    const ok = await editCase(c.env.DB, row, input.data.version, { retain_until: until, retain_reason: input.data.reason }, [
      logDependent({ ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'retention', reason: input.data.reason }),
    ])
    return ok ? c.json({ caseRef: row.case_ref, retainUntil: until, version: input.data.version + 1 }) : problem(c, 'conflict', 409)
  })

  .post('/reports/:caseRef/correct', allow('POST', '/reports/:caseRef/correct'), async (c) => {
    const row = await loadCase(c)
    if (row instanceof Response) return row
    const input = await readJson(
      c,
      z.strictObject({
        section: z.enum(['person', 'journey', 'reporter']),
        field: z.string().check(z.regex(/^[A-Za-z]{1,40}$/)),
        value: z.union([z.string().check(z.maxLength(10_000)), z.null()]),
        reason: text(500),
        version,
      }),
    )
    if (!input.ok) return input.response
    if (row.kind !== 'family') return problem(c, 'validation', 400, { errors: [{ field: 'section', code: 'error.invalid' }] })
    const vault = await getCrypto(c.env)
    const key = await vault.unwrapDataKey(row.wrapped_key)
    const details = JSON.parse(await vault.open(key, `${row.id}:details`, row.details)) as Record<string, Record<string, unknown>>
    const { section, field, value } = input.data
    const corrected = { ...details, [section]: { ...details[section] } }
    if (value === null || value === '') delete corrected[section][field]
    else corrected[section][field] = value
    // The corrected report must still be a valid report.
    const checked = FamilyReportInput.safeParse({ ...corrected, turnstileToken: 'n/a' })
    if (!checked.success) return problem(c, 'validation', 400, { errors: toFieldErrors(checked.error.issues) })
    const { turnstileToken: _t, ...clean } = checked.data
    const ok = await editCase(c.env.DB, row, input.data.version, { details: await vault.seal(key, `${row.id}:details`, JSON.stringify(clean)) }, [
      { delete: 'blind_indexes', where: { report_id: row.id } },
      ...(await reindexStatements(vault, row.id, checked.data)),
      logDependent({ ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'correct', reason: `${section}.${field}: ${input.data.reason}` }),
    ])
    return ok ? c.json({ caseRef: row.case_ref, version: input.data.version + 1 }) : problem(c, 'conflict', 409)
  })

  .post('/reports/:caseRef/erase', allow('POST', '/reports/:caseRef/erase'), async (c) => {
    const row = await loadCase(c)
    if (row instanceof Response) return row
    const input = await readJson(c, z.strictObject({ reason: text(500) }))
    if (!input.ok) return input.response
    // The log row outlives the case: it names the case and the reason, no personal data.
    await logStatement(c.env.DB, { ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'erase', reason: input.data.reason }).run()
    await purgeCase(c.env, row)
    return c.json({ caseRef: row.case_ref, erased: true })
  })

  .post('/reports/:caseRef/notes', allow('POST', '/reports/:caseRef/notes'), async (c) => {
    const row = await loadCase(c)
    if (row instanceof Response) return row
    const input = await readJson(c, z.strictObject({ body: text(4000) }))
    if (!input.ok) return input.response
    const vault = await getCrypto(c.env)
    const id = crypto.randomUUID()
    const key = await vault.unwrapDataKey(row.wrapped_key)
    const at = new Date().toISOString()
    await c.env.DB.batch([
      c.env.DB.prepare('INSERT INTO case_notes (id, report_id, author, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5)').bind(
        id,
        row.id,
        c.get('staff').email,
        await vault.seal(key, `${row.id}:note:${id}`, input.data.body),
        at,
      ),
      logStatement(c.env.DB, { ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'note' }),
    ])
    return c.json({ id, at }, 201)
  })

  .post('/reports/:caseRef/messages', allow('POST', '/reports/:caseRef/messages'), async (c) => {
    const row = await loadCase(c)
    if (row instanceof Response) return row
    const input = await readJson(c, z.strictObject({ body: text(4000) }))
    if (!input.ok) return input.response
    const message = await insertMessage(c.env.DB, await getCrypto(c.env), row, 'staff', input.data.body)
    await logStatement(c.env.DB, { ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'message' }).run()
    return c.json(message, 201)
  })

  .post('/reports/:caseRef/links', allow('POST', '/reports/:caseRef/links'), async (c) => {
    const row = await loadCase(c)
    if (row instanceof Response) return row
    const input = await readJson(c, z.strictObject({ caseRef: z.string().check(z.maxLength(40)) }))
    if (!input.ok) return input.response
    const otherRef = parseCaseRef(input.data.caseRef)
    const other = otherRef ? await findCase(c.env.DB, otherRef) : null
    if (!other || other.id === row.id) return problem(c, 'validation', 400, { errors: [{ field: 'caseRef', code: 'case.caseRef.error.invalid' }] })
    const at = new Date().toISOString()
    const email = c.get('staff').email
    await c.env.DB.batch([
      c.env.DB.prepare('INSERT OR IGNORE INTO case_links (report_id, linked_id, created_by, created_at) VALUES (?1, ?2, ?3, ?4)').bind(row.id, other.id, email, at),
      c.env.DB.prepare('INSERT OR IGNORE INTO case_links (report_id, linked_id, created_by, created_at) VALUES (?1, ?2, ?3, ?4)').bind(other.id, row.id, email, at),
      logStatement(c.env.DB, { ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'link', reason: other.case_ref }),
    ])
    return c.json({ caseRef: row.case_ref, linked: other.case_ref }, 201)
  })

  .post('/bulk', allow('POST', '/bulk'), async (c) => {
    const input = await readJson(
      c,
      z.strictObject({
        caseRefs: z.array(z.string().check(z.maxLength(40))).check(z.minLength(1), z.maxLength(100)),
        action: z.enum(['assign', 'label', 'status']),
        assignee: z.optional(z.nullable(z.string().check(z.maxLength(254)))),
        label: z.optional(LABEL),
        status: z.optional(StatusInput.shape.status),
        closedReason: z.optional(z.enum(CLOSE_REASONS)),
      }),
    )
    if (!input.ok) return input.response
    const results: Array<{ caseRef: string; ok: boolean; error?: string }> = []
    for (const ref of input.data.caseRefs) {
      const caseRef = parseCaseRef(ref)
      const row = caseRef ? await findCase(c.env.DB, caseRef) : null
      if (!row) {
        results.push({ caseRef: ref, ok: false, error: 'not-found' })
        continue
      }
      let set: Record<string, unknown> = {}
      let dependents: Dependent[] = []
      if (input.data.action === 'assign') {
        set = { assignee: input.data.assignee?.toLowerCase() ?? null }
        dependents = [logDependent({ ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'assign', reason: String(set.assignee) })]
      } else if (input.data.action === 'label' && input.data.label) {
        dependents = [
          { insert: 'report_labels', values: { report_id: row.id, label: input.data.label } },
          logDependent({ ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'labels' }),
        ]
      } else if (input.data.action === 'status' && input.data.status) {
        const change = statusChange(row, { status: input.data.status, closedReason: input.data.closedReason, version: row.version }, who(c))
        if ('error' in change) {
          results.push({ caseRef: row.case_ref, ok: false, error: change.error })
          continue
        }
        ;({ set, dependents } = change)
      } else {
        return problem(c, 'validation', 400, { errors: [{ field: input.data.action, code: 'error.required' }] })
      }
      const ok = await editCase(c.env.DB, row, row.version, set, dependents)
      results.push(ok ? { caseRef: row.case_ref, ok } : { caseRef: row.case_ref, ok, error: 'conflict' })
    }
    return c.json({ results })
  })

  .post('/notice', allow('POST', '/notice'), async (c) => {
    const short = z.string().check(z.trim(), z.minLength(1, { error: 'error.required' }), z.maxLength(280, { error: 'error.tooLong' }))
    const input = await readJson(
      c,
      z.strictObject({
        ko: short,
        km: z.optional(short),
        en: short,
        expiresAt: z.iso.datetime({ error: 'error.invalid' }),
      }),
    )
    if (!input.ok) return input.response
    if (Date.parse(input.data.expiresAt) <= Date.now()) {
      return problem(c, 'validation', 400, { errors: [{ field: 'expiresAt', code: 'error.invalid' }] })
    }
    const notice = await insertNotice(c.env.DB, {
      text: { ko: input.data.ko, km: input.data.km ?? null, en: input.data.en },
      startsAt: new Date().toISOString(),
      expiresAt: new Date(input.data.expiresAt).toISOString(),
      createdBy: c.get('staff').email,
    })
    return c.json(notice, 201)
  })

  .post('/notice/expire', allow('POST', '/notice/expire'), async (c) => {
    const now = new Date().toISOString()
    const result = await c.env.DB.prepare('UPDATE notices SET expires_at = ?1 WHERE expires_at > ?1 AND starts_at <= ?1').bind(now).run()
    return c.json({ expired: result.meta.changes ?? 0 })
  })

  .get('/access-log', allow('GET', '/access-log'), async (c) => {
    const caseRef = c.req.query('caseRef')
    const before = c.req.query('before')
    const csv = c.req.query('format') === 'csv'
    const rows = await c.env.DB.prepare(
      `SELECT id, at, staff_email AS staffEmail, ip, case_ref AS caseRef, action, reason FROM access_log
       WHERE (?1 IS NULL OR case_ref = ?1) AND (?2 IS NULL OR id < ?2) ORDER BY id DESC LIMIT ?3`,
    )
      .bind(caseRef ?? null, before ? Number(before) : null, csv ? 10_000 : 100)
      .all<{ id: number; at: string; staffEmail: string; ip: string | null; caseRef: string | null; action: string; reason: string | null }>()
    await logStatement(c.env.DB, { ...who(c), caseRef: caseRef ?? null, action: csv ? 'access-log.export' : 'access-log.view' }).run()
    if (!csv) return c.json({ items: rows.results })
    const field = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`
    const lines = ['at,staff,ip,case,action,reason', ...rows.results.map((r) => [r.at, r.staffEmail, r.ip, r.caseRef, r.action, r.reason].map(field).join(','))]
    return c.body(`\uFEFF${lines.join('\r\n')}\r\n`, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="homeward-access-log-${new Date().toISOString().slice(0, 10)}.csv"`,
    })
  })
  .get('/indicators', allow('GET', '/indicators'), async (c) => {
    const status = c.req.query('status') ?? 'pending'
    if (!['pending', 'confirmed', 'rejected'].includes(status)) return problem(c, 'validation', 400, { errors: [{ field: 'status', code: 'error.invalid' }] })
    return c.json({ items: await listIndicators(c.env.DB, await getCrypto(c.env), status as 'pending') })
  })

  .post('/indicators/:id', allow('POST', '/indicators/:id'), async (c) => {
    const input = await readJson(c, z.strictObject({ status: z.enum(['confirmed', 'rejected', 'pending']) }))
    if (!input.ok) return input.response
    const id = Number(c.req.param('id'))
    const result = await c.env.DB.prepare('UPDATE indicators SET status = ?2, reviewed_by = ?3, reviewed_at = ?4 WHERE id = ?1')
      .bind(Number.isInteger(id) ? id : -1, input.data.status, c.get('staff').email, new Date().toISOString())
      .run()
    return result.meta.changes ? c.json({ id, status: input.data.status }) : problem(c, 'not-found', 404)
  })

  .post('/exports', allow('POST', '/exports'), async (c) => {
    const input = await readJson(
      c,
      z.strictObject({
        format: z.enum(['csv', 'pfif']),
        caseRefs: z.array(z.string().check(z.maxLength(40))).check(z.minLength(1, { error: 'error.required' }), z.maxLength(500, { error: 'error.tooMany' })),
        // 고시 8조②: every download records its reason.
        reason: text(500),
      }),
    )
    if (!input.ok) return input.response
    const vault = await getCrypto(c.env)
    const cases: ExportCase[] = []
    const logs: D1PreparedStatement[] = []
    for (const ref of new Set(input.data.caseRefs)) {
      const caseRef = parseCaseRef(ref)
      const row = caseRef ? await findCase(c.env.DB, caseRef) : null
      if (!row) return problem(c, 'validation', 400, { errors: [{ field: 'caseRefs', code: 'case.caseRef.error.invalid' }] })
      cases.push(await readCaseForStaff(c.env.DB, vault, row))
      logs.push(logStatement(c.env.DB, { ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'export', reason: `${input.data.format}: ${input.data.reason}` }))
    }
    await c.env.DB.batch(logs)
    const stamp = new Date().toISOString().slice(0, 10)
    if (input.data.format === 'csv') {
      return c.body(casesToCsv(cases), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="homeward-cases-${stamp}.csv"`,
      })
    }
    // Record ids name the configured domain, never the request's host (PFIF ids must be stable).
    const domain = pfifDomain(c.env.PFIF_DOMAIN)
    if (!domain) return problem(c, 'unavailable', 503)
    const { xml, skipped } = casesToPfif(cases, domain)
    return c.body(xml, 200, {
      'content-type': 'application/xml; charset=utf-8',
      'content-disposition': `attachment; filename="homeward-pfif-${stamp}.xml"`,
      // Cases left out because the family did not agree to sharing.
      'x-homeward-skipped': skipped.join(' '),
    })
  })

  .get('/stats', allow('GET', '/stats'), async (c) => c.json(await readStats(c.env.DB)))

  // After `wrangler secret put MASTER_KEY` (new) and MASTER_KEY_PREVIOUS (old): call
  // until `remaining` is 0 (scripts/rotate-keys.mjs does), then delete the old secret.
  .get('/members', allow('GET', '/members'), async (c) => {
    const { results } = await c.env.DB.prepare('SELECT email, name, role, active FROM staff ORDER BY email').all()
    return c.json({ items: results.map((r) => ({ ...r, active: r.active === 1 })) })
  })

  // Admins add staff, change a role or switch an account off (deny by default: an
  // Access identity that is not listed here and active gets 403).
  .post('/members', allow('POST', '/members'), async (c) => {
    const input = await readJson(
      c,
      z.strictObject({
        email: z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'report.reporter.email.error.invalid' })),
        name: text(200),
        role: z.enum(ROLES, { error: 'error.invalid' }),
        active: z.boolean(),
      }),
    )
    if (!input.ok) return input.response
    const { email, name, role, active } = input.data
    if (email === c.get('staff').email && (!active || role !== 'admin')) {
      // An admin cannot lock themselves out.
      return problem(c, 'validation', 400, { errors: [{ field: 'email', code: 'error.invalid' }] })
    }
    await c.env.DB.prepare(
      `INSERT INTO staff (email, name, role, active, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
       ON CONFLICT (email) DO UPDATE SET name = excluded.name, role = excluded.role, active = excluded.active`,
    )
      .bind(email, name, role, active ? 1 : 0, new Date().toISOString())
      .run()
    return c.json({ email, name, role, active })
  })

  .post('/admin/rotate-keys', allow('POST', '/admin/rotate-keys'), async (c) => c.json(await rewrapKeys(c.env.DB, await getCrypto(c.env))))

export default staff
