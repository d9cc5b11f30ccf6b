import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { call, familyFixture, freshIp, postReport } from './helpers'
import { staffCall, useStaffTokens } from './staff-helpers'

const SCAM = '월 1,500만원, CS 업무, 경력 무관, 항공권·숙식 제공, 시아누크빌. 텔레 @hr_global_cs 연락'

describe('POST /api/v1/offer-checks', () => {
  it('answers with the engine’s result for a pasted offer', async () => {
    const res = await call('/api/v1/offer-checks', { method: 'POST', json: { text: SCAM, lang: 'ko' }, ip: freshIp() })
    expect(res.status).toBe(200)
    const body = await res.json<{ risk: string; score: number; signals: Array<{ id: string; evidence: Array<{ start: number; end: number; text: string }> }>; indicators: unknown[] }>()
    expect(body.risk).toBe('high')
    expect(body.indicators).toContainEqual({ type: 'telegram', value: 'hr_global_cs' })
    for (const signal of body.signals) for (const e of signal.evidence) expect(SCAM.slice(e.start, e.end)).toBe(e.text)
  })

  it('refuses an empty, an oversize and a wrongly typed body with 400 problems', async () => {
    const empty = await call('/api/v1/offer-checks', { method: 'POST', json: { text: '   ' }, ip: freshIp() })
    expect((await empty.json<{ errors: unknown }>()).errors).toEqual([{ field: 'text', code: 'check.text.error.required' }])
    const long = await call('/api/v1/offer-checks', { method: 'POST', json: { text: 'x'.repeat(20_001) }, ip: freshIp() })
    expect((await long.json<{ errors: unknown }>()).errors).toEqual([{ field: 'text', code: 'check.text.error.tooLong' }])
    const typed = await call('/api/v1/offer-checks', { method: 'POST', json: { text: 42 }, ip: freshIp() })
    expect(typed.status).toBe(400)
    const huge = await call('/api/v1/offer-checks', { method: 'POST', json: { text: 'x'.repeat(200_000) }, ip: freshIp() })
    expect(huge.status).toBe(413)
  })
})

describe('reported offers and recruiter identifiers', () => {
  const tokens = useStaffTokens()

  const lookup = (indicators: unknown) => call('/api/v1/indicators/lookup', { method: 'POST', json: { indicators }, ip: freshIp() })

  it('counts a contact only once staff confirm it, from family reports and reported offers alike', async () => {
    const family = familyFixture()
    family.journey.recruiterContacts = '@cambo_hr_2026'
    expect((await postReport(family)).status).toBe(201)
    const offer = await call('/api/v1/offer-reports', {
      method: 'POST',
      json: { text: `${SCAM} @cambo_hr_2026`, lang: 'ko', turnstileToken: 'XXXX.DUMMY.TOKEN.XXXX', consent: true },
      ip: freshIp(),
    })
    expect(offer.status).toBe(201)
    expect(await offer.json()).toEqual({ received: true, risk: 'high' })

    // Pending: the public learns nothing yet.
    expect(await (await lookup([{ type: 'telegram', value: 'cambo_hr_2026' }])).json()).toEqual({ matches: [] })

    const pending = await (await staffCall('/indicators?status=pending', tokens.triager)).json<{ items: Array<{ id: number; type: string; value: string; reports: number }> }>()
    const item = pending.items.find((i) => i.type === 'handle' && i.value === 'cambo_hr_2026')!
    expect(item.reports).toBe(2)
    expect((await staffCall(`/indicators/${item.id}`, tokens.triager, { method: 'POST', json: { status: 'confirmed' } })).status).toBe(200)

    expect(await (await lookup([{ type: 'telegram', value: 'cambo_hr_2026' }, { type: 'phone', value: '+85512000000' }])).json()).toEqual({
      matches: [{ type: 'telegram', value: 'cambo_hr_2026', reports: 2 }],
    })
  })

  it('stores the reported text and contact sealed, and needs consent and Turnstile', async () => {
    const noConsent = await call('/api/v1/offer-reports', { method: 'POST', json: { text: SCAM, lang: 'ko', turnstileToken: 'x', consent: false }, ip: freshIp() })
    expect((await noConsent.json<{ errors: unknown }>()).errors).toEqual([{ field: 'consent', code: 'check.report.consent.error.required' }])
    const failed = await call(
      '/api/v1/offer-reports',
      { method: 'POST', json: { text: SCAM, lang: 'ko', turnstileToken: 'x', consent: true }, ip: freshIp() },
      { TURNSTILE_SECRET: '2x0000000000000000000000000000000AA' },
    )
    expect(failed.status).toBe(403)
    const ok = await call('/api/v1/offer-reports', {
      method: 'POST',
      json: { text: '월 3000달러 보장 텔레 @secret_recruiter_x', lang: 'ko', turnstileToken: 'x', consent: true, contact: 'jobseeker-me@example.org' },
      ip: freshIp(),
    })
    expect(ok.status).toBe(201)
    const rows = JSON.stringify((await env.DB.prepare('SELECT * FROM offer_reports').all()).results)
    expect(rows).not.toContain('3000달러')
    expect(rows).not.toContain('jobseeker-me')
  })

  it('refuses lookups of more than 20 identifiers or of unknown types', async () => {
    expect((await lookup(Array.from({ length: 21 }, (_, i) => ({ type: 'phone', value: `+8551200000${i}` })))).status).toBe(400)
    expect((await lookup([{ type: 'pager', value: '1' }])).status).toBe(400)
  })
})
