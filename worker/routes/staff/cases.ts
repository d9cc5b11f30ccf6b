import { Hono } from 'hono'
import { parseCaseRef } from '../../../core/case-ref'
import { FamilyReportInput, parseInput, toFieldErrors } from '../../../core/report'
import {
  AssignInput,
  CorrectionInput,
  LabelsInput,
  LinkInput,
  NoteInput,
  PriorityInput,
  QueueQuery,
  ReasonInput,
  RetentionInput,
  StatusInput,
} from '../../../core/staff'
import { identifiersOf } from '../../../core/intake'
import { logDependent, logStatement } from '../../db/access-log'
import { editCase, findCase, insertNote, linkCases, readCaseForStaff, readSealedPhoto, type Dependent } from '../../db/cases'
import { findDuplicates } from '../../db/duplicates'
import { decodeCursor, listQueue } from '../../db/queue'
import { insertMessage } from '../../db/reports'
import type { AppEnv } from '../../env'
import { requireRole } from '../../middleware/staff-auth'
import { validate } from '../../middleware/validate'
import { problem } from '../../problem'
import { purgeCase } from '../../retention'
import { getVault } from '../../vault'
import { openCaseForStaff, openCasePhoto, openQueuePage, sealMessage, sealNote } from '../../vault/cases'
import { afterResponse, notifyFamily } from '../../push'
import { viewFilters } from './queue-view'
import { assignChange, checkAssignee, isRefusal, refused, statusChange, who, withCase } from './changes'

/** One case and the queue of them: what staff read and what they change. */
const cases = new Hono<AppEnv>()
  .get('/reports', requireRole, validate('query', QueueQuery), async (c) => {
    const q = c.req.valid('query')
    const cursor = q.cursor ? decodeCursor(q.cursor) : null
    if (q.cursor && !cursor) return problem(c, 'validation', 400, { errors: [{ field: 'cursor', code: 'error.invalid' }] })
    const vault = await getVault(c.env)
    const { filters, plan } = await viewFilters(c, vault, q)
    const limit = Math.min(Math.max(Number(q.limit ?? 50), 1), 200)
    const page = await openQueuePage(vault, await listQueue(c.env.DB, filters, { limit, cursor }))
    // Every search is logged by the kind of term, never the term.
    if (q.q && !q.cursor) await logStatement(c.env.DB, { ...who(c), action: 'search', reason: plan?.kind ?? 'unrecognized' }).run()
    // Names are opened for this page: one access-log row lists every case it showed.
    if (page.items.length) await logStatement(c.env.DB, { ...who(c), action: 'queue', reason: page.items.map((i) => i.caseRef).join(' ') }).run()
    return c.json(page)
  })

  .get('/reports/:caseRef', requireRole, withCase, async (c) => {
    const row = c.get('case')
    const view = await openCaseForStaff(await getVault(c.env), row, await readCaseForStaff(c.env.DB, row))
    await logStatement(c.env.DB, { ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'view' }).run()
    return c.json(view)
  })

  .get('/reports/:caseRef/photo', requireRole, withCase, async (c) => {
    const row = c.get('case')
    const sealed = await readSealedPhoto(c.env.PHOTOS, row)
    if (!sealed) return problem(c, 'not-found', 404)
    const photo = await openCasePhoto(await getVault(c.env), row, sealed)
    await logStatement(c.env.DB, { ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'photo' }).run()
    // Served as a download-free inline image to staff only; never cached.
    return c.body(photo as Uint8Array<ArrayBuffer>, 200, { 'content-type': 'image/jpeg', 'content-disposition': 'inline' })
  })

  .get('/reports/:caseRef/duplicates', requireRole, withCase, async (c) =>
    c.json({ candidates: await findDuplicates(c.env.DB, c.get('case').id) }),
  )

  .post('/reports/:caseRef/status', requireRole, withCase, validate('json', StatusInput), async (c) => {
    const row = c.get('case')
    const input = c.req.valid('json')
    const change = statusChange(row, input, who(c))
    if (isRefusal(change)) return refused(c, change)
    if (!(await editCase(c.env.DB, row, input.version, change.set, change.dependents))) return problem(c, 'conflict', 409)
    afterResponse(c, () => notifyFamily(c.env, row))
    return c.json({ caseRef: row.case_ref, status: input.status, version: input.version + 1 })
  })

  .post('/reports/:caseRef/assign', requireRole, withCase, validate('json', AssignInput), async (c) => {
    const row = c.get('case')
    const input = c.req.valid('json')
    const checked = await checkAssignee(c.env.DB, input.assignee)
    if (isRefusal(checked)) return refused(c, checked)
    const change = assignChange(row, checked.assignee, who(c))
    const ok = await editCase(c.env.DB, row, input.version, change.set, change.dependents)
    return ok ? c.json({ caseRef: row.case_ref, assignee: checked.assignee, version: input.version + 1 }) : problem(c, 'conflict', 409)
  })

  .post('/reports/:caseRef/labels', requireRole, withCase, validate('json', LabelsInput), async (c) => {
    const row = c.get('case')
    const input = c.req.valid('json')
    const ok = await editCase(c.env.DB, row, input.version, {}, [
      ...input.remove.map((label): Dependent => ({ delete: 'report_labels', where: { report_id: row.id, label } })),
      ...input.add.map((label): Dependent => ({ insert: 'report_labels', values: { report_id: row.id, label } })),
      logDependent({ ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'labels' }),
    ])
    return ok ? c.json({ caseRef: row.case_ref, version: input.version + 1 }) : problem(c, 'conflict', 409)
  })

  .post('/reports/:caseRef/priority', requireRole, withCase, validate('json', PriorityInput), async (c) => {
    const row = c.get('case')
    const input = c.req.valid('json')
    if (input.override !== null && !input.reason) return problem(c, 'validation', 400, { errors: [{ field: 'reason', code: 'error.required' }] })
    const ok = await editCase(
      c.env.DB,
      row,
      input.version,
      { priority_override: input.override, override_reason: input.override === null ? null : input.reason },
      [logDependent({ ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'priority', reason: input.reason ?? null })],
    )
    return ok ? c.json({ caseRef: row.case_ref, version: input.version + 1 }) : problem(c, 'conflict', 409)
  })

  .post('/reports/:caseRef/retention', requireRole, withCase, validate('json', RetentionInput), async (c) => {
    const row = c.get('case')
    const input = c.req.valid('json')
    const until = `${input.retainUntil}T23:59:59.999Z`
    if (until <= new Date().toISOString() || until > new Date(Date.now() + 2 * 365 * 86_400_000).toISOString()) {
      return problem(c, 'validation', 400, { errors: [{ field: 'retainUntil', code: 'error.invalid' }] })
    }
    const ok = await editCase(c.env.DB, row, input.version, { retain_until: until, retain_reason: input.reason }, [
      logDependent({ ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'retention', reason: input.reason }),
    ])
    return ok ? c.json({ caseRef: row.case_ref, retainUntil: until, version: input.version + 1 }) : problem(c, 'conflict', 409)
  })

  .post('/reports/:caseRef/correct', requireRole, withCase, validate('json', CorrectionInput), async (c) => {
    const row = c.get('case')
    const input = c.req.valid('json')
    if (row.kind !== 'family') return problem(c, 'validation', 400, { errors: [{ field: 'section', code: 'error.invalid' }] })
    const vault = await getVault(c.env)
    const key = await vault.unwrapDataKey(row.wrapped_key)
    const details = JSON.parse(await vault.open(key, `${row.id}:details`, row.details)) as Record<string, Record<string, unknown>>
    const { section, field, value } = input
    const corrected = { ...details, [section]: { ...details[section] } }
    if (value === null || value === '') delete corrected[section][field]
    else corrected[section][field] = value
    // The corrected report must still be a valid report.
    const checked = parseInput(FamilyReportInput, { ...corrected, turnstileToken: 'n/a' })
    if (!checked.success) return problem(c, 'validation', 400, { errors: toFieldErrors(checked.error.issues) })
    const { turnstileToken: _t, ...clean } = checked.data
    const reindexed = await Promise.all(
      identifiersOf(checked.data).map(async ([kind, value]): Promise<Dependent> => ({
        insert: 'blind_indexes',
        values: { report_id: row.id, kind, value: await vault.blindIndex(kind, value) },
      })),
    )
    const ok = await editCase(c.env.DB, row, input.version, { details: await vault.seal(key, `${row.id}:details`, JSON.stringify(clean)) }, [
      { delete: 'blind_indexes', where: { report_id: row.id } },
      ...reindexed,
      logDependent({ ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'correct', reason: `${section}.${field}: ${input.reason}` }),
    ])
    return ok ? c.json({ caseRef: row.case_ref, version: input.version + 1 }) : problem(c, 'conflict', 409)
  })

  .post('/reports/:caseRef/erase', requireRole, withCase, validate('json', ReasonInput), async (c) => {
    const row = c.get('case')
    // The log row outlives the case: it names the case and the reason, no personal data.
    await logStatement(c.env.DB, { ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'erase', reason: c.req.valid('json').reason }).run()
    await purgeCase(c.env, row)
    return c.json({ caseRef: row.case_ref, erased: true })
  })

  .post('/reports/:caseRef/notes', requireRole, withCase, validate('json', NoteInput), async (c) => {
    const row = c.get('case')
    const note = await sealNote(await getVault(c.env), row, c.get('staff').email, c.req.valid('json').body)
    await insertNote(c.env.DB, row, note, logStatement(c.env.DB, { ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'note' }))
    return c.json({ id: note.id, at: note.at }, 201)
  })

  .post('/reports/:caseRef/messages', requireRole, withCase, validate('json', NoteInput), async (c) => {
    const row = c.get('case')
    const message = await sealMessage(await getVault(c.env), row, 'staff', c.req.valid('json').body)
    await insertMessage(c.env.DB, row.id, message)
    await logStatement(c.env.DB, { ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'message' }).run()
    afterResponse(c, () => notifyFamily(c.env, row))
    return c.json({ id: message.id, at: message.at }, 201)
  })

  .post('/reports/:caseRef/links', requireRole, withCase, validate('json', LinkInput), async (c) => {
    const row = c.get('case')
    const otherRef = parseCaseRef(c.req.valid('json').caseRef)
    const other = otherRef ? await findCase(c.env.DB, otherRef) : null
    if (!other || other.id === row.id) return problem(c, 'validation', 400, { errors: [{ field: 'caseRef', code: 'case.caseRef.error.invalid' }] })
    const log = logStatement(c.env.DB, { ...who(c), reportId: row.id, caseRef: row.case_ref, action: 'link', reason: other.case_ref })
    await linkCases(c.env.DB, row, other, c.get('staff').email, log)
    return c.json({ caseRef: row.case_ref, linked: other.case_ref }, 201)
  })

export default cases
