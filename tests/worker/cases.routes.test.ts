import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { checkChar, formatCaseRef, parseReceiptCode } from '../../core/case-ref'
import { createT } from '../../core/i18n'
import { getVault } from '../../worker/vault'
import { insertMessage } from '../../worker/db/reports'
import { sealMessage } from '../../worker/vault/cases'
import { call, familyFixture, freshIp, postReport } from './helpers'

const ko = createT('ko')

async function fileReport() {
  return (await postReport(familyFixture())).json<{ caseRef: string; receiptCode: string }>()
}

const lookup = (json: unknown, ip = freshIp()) => call('/api/v1/cases/lookup', { method: 'POST', json, ip })

describe('POST /api/v1/cases/lookup', () => {
  it('shows the status and timeline to whoever holds the reference and receipt code', async () => {
    const { caseRef, receiptCode } = await fileReport()
    const res = await lookup({ caseRef, receiptCode })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = await res.json<Record<string, any>>()
    expect(body).toEqual({
      caseRef,
      kind: 'family',
      status: 'new',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      ackDeadline: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      deleteOn: null,
      timeline: [{ type: 'received', status: 'new', at: body.createdAt }],
      messages: [],
    })
  })

  it('accepts the codes typed loosely: lower case, spaces, O for 0', async () => {
    const { caseRef, receiptCode } = await fileReport()
    const sloppy = receiptCode.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o')
    const res = await lookup({ caseRef: ` ${caseRef.toLowerCase()} `, receiptCode: sloppy })
    expect(res.status).toBe(200)
  })

  it('gives the same 404 for a wrong code and for an unknown case', async () => {
    const { caseRef } = await fileReport()
    const wrongCode = await lookup({ caseRef, receiptCode: 'A'.repeat(26) })
    const body = '0000000' + 'A'
    const unknownCase = await lookup({ caseRef: formatCaseRef(body + checkChar(body)), receiptCode: 'A'.repeat(26) })
    const expected = { type: 'not-found', title: ko('problem.notFound.title'), status: 404 }
    expect([wrongCode.status, await wrongCode.json()]).toEqual([404, expected])
    expect([unknownCase.status, await unknownCase.json()]).toEqual([404, expected])
  })

  it('rejects malformed references with field errors, before looking anything up', async () => {
    const res = await lookup({ caseRef: 'ABCD-EFGH-J', receiptCode: '123' })
    expect(res.status).toBe(400)
    expect((await res.json<{ errors: unknown }>()).errors).toEqual([
      { field: 'caseRef', code: 'case.caseRef.error.invalid' },
      { field: 'receiptCode', code: 'case.receiptCode.error.invalid' },
    ])
  })
})

describe('messages between the family and staff', () => {
  it('shows the family their own messages and staff replies, in order', async () => {
    const { caseRef, receiptCode } = await fileReport()
    const sent = await call('/api/v1/cases/messages', {
      method: 'POST',
      json: { caseRef, receiptCode, turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX', body: '  He called from a new number.  ' },
    })
    expect(sent.status).toBe(201)
    expect(await sent.json()).toEqual({ id: expect.any(String), at: expect.any(String) })

    const row = await env.DB.prepare('SELECT r.id, k.wrapped_key FROM reports r JOIN case_keys k ON k.report_id = r.id WHERE r.case_ref = ?1')
      .bind(caseRef)
      .first<{ id: string; wrapped_key: string }>()
    await insertMessage(env.DB, row!.id, await sealMessage(await getVault(env), row!, 'staff', '접수했습니다. 담당 영사가 연락드리겠습니다.'))

    const view = await (await lookup({ caseRef, receiptCode })).json<{ messages: Array<{ author: string; body: string }> }>()
    expect(view.messages.map(({ author, body }) => ({ author, body }))).toEqual([
      { author: 'family', body: 'He called from a new number.' },
      { author: 'staff', body: '접수했습니다. 담당 영사가 연락드리겠습니다.' },
    ])
  })

  it('refuses a message when Turnstile fails', async () => {
    const { caseRef, receiptCode } = await fileReport()
    const res = await call(
      '/api/v1/cases/messages',
      { method: 'POST', json: { caseRef, receiptCode, turnstileToken: 'x', body: 'hi' }, ip: freshIp() },
      { TURNSTILE_SECRET: '2x0000000000000000000000000000000AA' },
    )
    expect(res.status).toBe(403)
  })

  it('refuses a message without the right receipt code, and an empty one', async () => {
    const { caseRef, receiptCode } = await fileReport()
    const wrong = await call('/api/v1/cases/messages', { method: 'POST', json: { caseRef, receiptCode: 'C'.repeat(26), turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX', body: 'hi' }, ip: freshIp() })
    expect(wrong.status).toBe(404)
    const empty = await call('/api/v1/cases/messages', { method: 'POST', json: { caseRef, receiptCode, turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX', body: '   ' } })
    expect(empty.status).toBe(400)
    expect((await empty.json<{ errors: unknown }>()).errors).toEqual([{ field: 'body', code: 'case.message.error.required' }])
    expect(parseReceiptCode(receiptCode)).not.toBeNull()
  })
})
