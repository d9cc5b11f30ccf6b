import { env } from 'cloudflare:workers'
import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { createT } from '../../core/i18n'

const fetchApp = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`http://127.0.0.1${path}`, init))

function expectSecurityHeaders(res: Response) {
  const csp = res.headers.get('content-security-policy') ?? ''
  expect(csp).toMatch(/(^|; )default-src 'none'(;|$)/)
  expect(csp).toMatch(/(^|; )frame-ancestors 'none'(;|$)/)
  expect(csp).toMatch(/(^|; )base-uri 'none'(;|$)/)
  const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src ')) ?? ''
  expect(scriptSrc.startsWith("script-src 'self'")).toBe(true)
  expect(scriptSrc).not.toContain('unsafe-inline')
  expect(scriptSrc).not.toContain('unsafe-eval')
  expect(res.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains')
  expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  expect(res.headers.get('referrer-policy')).toBe('no-referrer')
  expect(res.headers.get('x-frame-options')).toBe('DENY')
  expect(res.headers.get('permissions-policy')).toBe(
    'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  )
}

describe('GET /api/v1/health', () => {
  it('answers 200 JSON with the database status and migration level, uncached', async () => {
    const res = await fetchApp('/api/v1/health')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok', migration: env.TEST_MIGRATIONS.at(-1)!.name })
    expectSecurityHeaders(res)
  })
})

describe('unknown API paths', () => {
  it('answers 404 problem+json in the reader\'s language', async () => {
    const res = await fetchApp('/api/v1/no-such-thing', { headers: { 'accept-language': 'km' } })
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toEqual({ type: 'not-found', title: createT('km')('problem.notFound.title'), status: 404 })
    expectSecurityHeaders(res)
  })

  it('answers 404 problem+json for an unknown method on a known path', async () => {
    const res = await fetchApp('/api/v1/health', { method: 'DELETE' })
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ type: 'not-found', title: createT('ko')('problem.notFound.title'), status: 404 })
  })
})

describe('GET /', () => {
  it.each([
    ['km-KH,km;q=0.9,en;q=0.5', '/km/'],
    ['en-US,en;q=0.9', '/en/'],
    ['ko-KR,ko;q=0.9,en-US;q=0.8', '/ko/'],
    ['fr-FR,de;q=0.8', '/ko/'],
    ['en;q=0.2,km;q=0.8', '/km/'],
  ])('redirects Accept-Language %s to %s', async (header, location) => {
    const res = await fetchApp('/', { headers: { 'accept-language': header }, redirect: 'manual' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe(location)
    expect(res.headers.get('vary')).toContain('Accept-Language')
    expectSecurityHeaders(res)
  })

  it('redirects to Korean when the browser names no language', async () => {
    const res = await fetchApp('/', { redirect: 'manual' })
    expect(res.headers.get('location')).toBe('/ko/')
  })
})

describe('static pages', () => {
  it.each(['ko', 'km', 'en'])('serves /%s/ as HTML in that language with the security headers', async (lang) => {
    const res = await fetchApp(`/${lang}/`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html).toContain(`<html lang="${lang}"`)
    expect(html).toContain('hreflang="km"')
    expectSecurityHeaders(res)
  })

  it('serves a page without an island and not kept offline with no script at all', async () => {
    for (const path of ['/km/', '/en/privacy/']) expect(await (await fetchApp(path)).text()).not.toMatch(/<script/i)
  })

  it('answers an unknown page with the 404 page and the security headers', async () => {
    const res = await fetchApp('/ko/no-such-page/')
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('lang="km"')
    expectSecurityHeaders(res)
  })

  it('serves fingerprinted assets as immutable', async () => {
    const html = await (await fetchApp('/en/')).text()
    const css = html.match(/href="(\/_astro\/[^"]+\.css)"/)?.[1]
    expect(css).toBeDefined()
    const res = await fetchApp(css!)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expectSecurityHeaders(res)
  })
})

describe('feeds', () => {
  it.each([
    ['/km/advisories/feed.xml', 'application/atom+xml; charset=utf-8'],
    ['/advisories/cap.xml', 'application/atom+xml; charset=utf-8'],
    ['/advisories/cap/kh-level-4-bokor-bavet-poipet.xml', 'application/cap+xml; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const res = await fetchApp(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(type)
    expect(await res.text()).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/)
    expectSecurityHeaders(res)
  })
})

describe('body size', () => {
  it('refuses any request body over 3 MB with a 413 problem, whatever the route', async () => {
    for (const path of ['/ko/', '/api/v1/health', '/api/v1/cases/lookup']) {
      const res = await fetchApp(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(3 * 1024 * 1024 + 1) })
      expect({ path, status: res.status, type: res.headers.get('content-type') }).toEqual({ path, status: 413, type: 'application/problem+json; charset=utf-8' })
    }
  })
})

describe('pages asked for without a language', () => {
  it.each([
    ['/help/', 'km', '/km/help/'],
    ['/help', 'en', '/en/help/'],
    ['/advisories/kh-level-4-bokor-bavet-poipet/', 'ko', '/ko/advisories/kh-level-4-bokor-bavet-poipet/'],
    ['/staff/', 'en', '/staff/en/'],
    ['/staff', 'km', '/staff/km/'],
  ])('sends %s (%s reader) to %s', async (path, lang, location) => {
    const res = await fetchApp(path, { headers: { 'accept-language': lang }, redirect: 'manual' })
    expect([res.status, res.headers.get('location')]).toEqual([302, location])
  })

  it('still answers 404 for a page that exists in no language', async () => {
    expect((await fetchApp('/no-such-thing/', { redirect: 'manual' })).status).toBe(404)
  })
})
