import { createScheduledController, createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { getVault } from '../../worker/vault'
import worker from '../../worker/index'
import { runRetention } from '../../worker/retention'
import { rewrapKeys } from '../../worker/rotation'
import { TINY_JPEG, call, familyFixture, freshIp, postReport } from './helpers'

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString()
async function fileWithPhoto() {
  const form = new FormData()
  form.set('report', JSON.stringify(familyFixture()))
  form.set('photo', new Blob([TINY_JPEG], { type: 'image/jpeg' }), 'p.jpg')
  const res = await call('/api/v1/reports', { method: 'POST', body: form, ip: freshIp(), headers: { 'idempotency-key': crypto.randomUUID() } })
  return res.json<{ caseRef: string; receiptCode: string }>()
}

const rowOf = (caseRef: string) => env.DB.prepare('SELECT * FROM reports WHERE case_ref = ?1').bind(caseRef).first<Record<string, any>>()
const countFor = async (table: string, column: string, id: string) =>
  (await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${column} = ?1`).bind(id).first<{ n: number }>())!.n

describe('the retention run', () => {
  it('purges cases closed past the period, shredding their keys, and keeps everything else', async () => {
    const open = await (await postReport(familyFixture())).json<{ caseRef: string; receiptCode: string }>()
    const recent = await (await postReport(familyFixture())).json<{ caseRef: string }>()
    const expired = await fileWithPhoto()
    const extended = await (await postReport(familyFixture())).json<{ caseRef: string }>()
    await env.DB.prepare("UPDATE reports SET status = 'closed', closed_at = ?2 WHERE case_ref = ?1").bind(recent.caseRef, daysAgo(10)).run()
    await env.DB.prepare("UPDATE reports SET status = 'closed', closed_at = ?2 WHERE case_ref = ?1").bind(expired.caseRef, daysAgo(91)).run()
    await env.DB.prepare("UPDATE reports SET status = 'closed', closed_at = ?2, retain_until = ?3 WHERE case_ref = ?1")
      .bind(extended.caseRef, daysAgo(200), new Date(Date.now() + 30 * 86_400_000).toISOString())
      .run()
    await call('/api/v1/cases/messages', { method: 'POST', json: { ...expired, turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX', body: 'sealed message' }, ip: freshIp() })
    const gone = (await rowOf(expired.caseRef))!
    // What a backup or a D1 Time Travel restore would still hold of the purged case.
    const backup = { id: gone.id, details: gone.details as string }
    expect(await env.PHOTOS.get(gone.photo_key)).not.toBeNull()

    const run = await runRetention(env)
    expect(run.casesPurged).toBeGreaterThanOrEqual(1)
    expect(run.photosDeleted).toBeGreaterThanOrEqual(1)

    // Zero rows, zero R2 objects and no key left for the purged case.
    expect(await rowOf(expired.caseRef)).toBeNull()
    for (const [table, column] of [['case_keys', 'report_id'], ['blind_indexes', 'report_id'], ['case_events', 'report_id'], ['case_messages', 'report_id'], ['idempotency_keys', 'report_id'], ['indicator_sources', 'source_id']]) {
      expect({ table, n: await countFor(table, column, gone.id) }).toEqual({ table, n: 0 })
    }
    expect(await env.PHOTOS.get(gone.photo_key)).toBeNull()
    // No key that remains opens the backed-up ciphertext.
    const vault = await getVault(env)
    const { results: keys } = await env.DB.prepare('SELECT wrapped_key FROM case_keys').all<{ wrapped_key: string }>()
    for (const { wrapped_key } of keys) {
      await expect(vault.open(await vault.unwrapDataKey(wrapped_key), `${backup.id}:details`, backup.details)).rejects.toThrow()
    }

    // The others survive, and the family of the open case still reads it.
    for (const kept of [open, recent, extended]) expect(await rowOf(kept.caseRef)).not.toBeNull()
    const lookup = await call('/api/v1/cases/lookup', { method: 'POST', json: open, ip: freshIp() })
    expect(lookup.status).toBe(200)

    const recorded = await env.DB.prepare('SELECT * FROM retention_runs ORDER BY id DESC LIMIT 1').first<Record<string, number>>()
    expect(recorded).toMatchObject({ cases_purged: run.casesPurged, photos_deleted: run.photosDeleted })
  })

  it('tells the family when a closed case will be deleted', async () => {
    const filed = await (await postReport(familyFixture())).json<{ caseRef: string; receiptCode: string }>()
    const closedAt = '2026-03-01T10:00:00.000Z'
    await env.DB.prepare("UPDATE reports SET status = 'closed', closed_at = ?2 WHERE case_ref = ?1").bind(filed.caseRef, closedAt).run()
    const view = await (await call('/api/v1/cases/lookup', { method: 'POST', json: filed, ip: freshIp() })).json<{ deleteOn: string }>()
    expect(view.deleteOn).toBe('2026-05-30T10:00:00.000Z')
  })

  it('deletes reported offers after 30 days and access-log rows after two years', async () => {
    await env.DB.prepare(
      "INSERT INTO offer_reports (id, lang, wrapped_key, text, risk, score, signals, created_at) VALUES ('old-offer', 'ko', 'x', 'y', 'high', 5, '[]', ?1)",
    ).bind(daysAgo(31)).run()
    await env.DB.prepare("INSERT INTO access_log (at, staff_email, action) VALUES (?1, 'old@example.org', 'view')").bind(daysAgo(731)).run()
    await env.DB.prepare("INSERT INTO access_log (at, staff_email, action) VALUES (?1, 'recent@example.org', 'view')").bind(daysAgo(700)).run()
    const run = await runRetention(env)
    expect(run.offersPurged).toBeGreaterThanOrEqual(1)
    expect(await countFor('offer_reports', 'id', 'old-offer')).toBe(0)
    expect(await countFor('access_log', 'staff_email', 'old@example.org')).toBe(0)
    expect(await countFor('access_log', 'staff_email', 'recent@example.org')).toBe(1)
  })

  it('trims push-log rows older than 30 days, keeps the month before, and records how many went', async () => {
    const log = (caseRef: string, at: string) =>
      env.DB.prepare("INSERT INTO push_log (case_ref, kind, audience, outcome, status, at) VALUES (?1, 'overdue', 'assignee', 'sent', 201, ?2)").bind(caseRef, at).run()
    await log('HW-OLD-PUSH', daysAgo(31))
    await log('HW-MONTH-PUSH', daysAgo(29))
    await log('HW-TODAY-PUSH', daysAgo(0))
    const run = await runRetention(env)
    expect(run.pushLogDeleted).toBeGreaterThanOrEqual(1)
    expect(await countFor('push_log', 'case_ref', 'HW-OLD-PUSH')).toBe(0)
    expect(await countFor('push_log', 'case_ref', 'HW-MONTH-PUSH')).toBe(1)
    expect(await countFor('push_log', 'case_ref', 'HW-TODAY-PUSH')).toBe(1)
    const older = await env.DB.prepare('SELECT count(*) AS n FROM push_log WHERE at < ?1').bind(daysAgo(30)).first<{ n: number }>()
    expect(older!.n).toBe(0)
    const recorded = await env.DB.prepare('SELECT push_log_deleted FROM retention_runs ORDER BY id DESC LIMIT 1').first<{ push_log_deleted: number }>()
    expect(recorded!.push_log_deleted).toBe(run.pushLogDeleted)
  })

  it('runs from the Cron Trigger', async () => {
    const before = (await env.DB.prepare('SELECT count(*) AS n FROM retention_runs').first<{ n: number }>())!.n
    const ctx = createExecutionContext()
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: '17 3 * * *' }), env, ctx)
    await waitOnExecutionContext(ctx)
    expect((await env.DB.prepare('SELECT count(*) AS n FROM retention_runs').first<{ n: number }>())!.n).toBe(before + 1)
  })
})

describe('key rotation', () => {
  it('moves every data key under a new master key; the old key is then not needed', async () => {
    const filed = await (await postReport(familyFixture())).json<{ caseRef: string; receiptCode: string }>()
    const newKey = 'q4YMu2U8D_kYpNZ80oVwvDRr9dKaTmcqsnpiLczpUls'
    const rotating = { ...env, MASTER_KEY: newKey, MASTER_KEY_PREVIOUS: env.MASTER_KEY }
    let result = { rewrapped: 0, remaining: 1 }
    let total = 0
    while (result.remaining > 0) {
      result = await rewrapKeys(env.DB, await getVault(rotating), 500)
      total += result.rewrapped
    }
    expect(total).toBeGreaterThan(0)
    // With the new key alone, the family reads the case and its message as before.
    const after = await call('/api/v1/cases/lookup', { method: 'POST', json: filed, ip: freshIp() }, { MASTER_KEY: newKey })
    expect(after.status).toBe(200)
    // And the old key alone no longer opens anything.
    const stale = await call('/api/v1/cases/lookup', { method: 'POST', json: filed, ip: freshIp() })
    expect(stale.status).toBe(500)
    // Put the keys back for the other tests in this file.
    let back = { rewrapped: 0, remaining: 1 }
    while (back.remaining > 0) back = await rewrapKeys(env.DB, await getVault({ ...env, MASTER_KEY_PREVIOUS: newKey }), 500)
  })
})
