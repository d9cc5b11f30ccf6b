import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { call, familyFixture, postReport } from './helpers'

/** The real binding, with every key it is asked about written down. */
function recording(binding: RateLimit) {
  const keys: string[] = []
  return {
    keys,
    limiter: {
      limit: (options: { key: string }) => {
        keys.push(options.key)
        return binding.limit(options)
      },
    } as RateLimit,
  }
}

describe('the rate-limiting bindings', () => {
  it('are never given a client address as sent, only a keyed hash of it', async () => {
    const ip = '198.51.100.231'
    const writes = recording(env.WRITE_LIMITER)
    const lookups = recording(env.LOOKUP_LIMITER)
    const overrides = { WRITE_LIMITER: writes.limiter, LOOKUP_LIMITER: lookups.limiter }
    expect((await postReport(familyFixture(), { ip, overrides })).status).toBe(201)
    await call('/api/v1/offer-checks', { method: 'POST', json: { text: '월 1,500만원 텔레 @abc', lang: 'ko' }, ip }, overrides)
    await call('/api/v1/cases/lookup', { method: 'POST', json: { caseRef: 'HW-0000-0000', receiptCode: 'AAAA-AAAA-AAAA-AAAA-AAAA' }, ip }, overrides)
    const keys = [...writes.keys, ...lookups.keys]
    expect(keys.length).toBeGreaterThanOrEqual(2)
    for (const key of keys) {
      expect(key).not.toContain(ip)
      expect(key).toMatch(/^[a-z-]+:[0-9a-f]{64}$/)
    }
    // The same client gets the same key, so the limit still counts per client.
    const again = recording(env.WRITE_LIMITER)
    await postReport(familyFixture(), { ip, overrides: { WRITE_LIMITER: again.limiter } })
    expect(again.keys).toEqual([writes.keys[0]])
  })
})
