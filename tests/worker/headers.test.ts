import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import app from '../../worker/index'
import { STAFF_ROUTES } from '../../worker/routes/staff'
import { CSP, EXPECTED, headersOf } from '../expected-headers'
import { ACCESS_ENV } from './staff-helpers'

/**
 * Every route answers with exactly these headers (GlobaLeaks' test_api pattern): pages,
 * assets, feeds, the public API, errors and the staff API.
 */
const get = (path: string, init: RequestInit = {}, overrides: Partial<Env> = {}) => app.request(`http://127.0.0.1${path}`, init, { ...env, ...overrides })


let pagePaths: string[] = []
let assetPaths: string[] = []
beforeAll(async () => {
  // Every page of the built site, from the service worker's list and the sitemap of pages.
  const sw = await (await get('/sw.js')).text()
  const precache = JSON.parse(sw.match(/const PRECACHE = (\[.*\])/)![1]) as string[]
  assetPaths = precache.filter((p) => !p.endsWith('/'))
  const langs = ['ko', 'km', 'en']
  const pages = ['', 'report/', 'report/urgent/', 'case/', 'check/', 'advisories/', 'help/', 'privacy/']
  pagePaths = [...langs.flatMap((l) => pages.map((p) => `/${l}/${p}`)), ...precache.filter((p) => p.endsWith('/')), '/staff/ko/', '/staff/en/case/']
})

describe('security headers on every response', () => {
  it('on every page', async () => {
    expect(pagePaths.length).toBeGreaterThan(40)
    for (const path of new Set(pagePaths)) {
      const res = await get(path)
      expect({ path, status: res.status, headers: headersOf(res) }).toEqual({ path, status: 200, headers: EXPECTED })
    }
  })

  it('on assets, feeds, the service worker and the 404 page', async () => {
    for (const path of [...assetPaths, '/sw.js', '/favicon.svg', '/manifest.webmanifest', '/km/advisories/feed.xml', '/advisories/cap.xml', '/no/such/page/']) {
      const res = await get(path)
      expect({ path, headers: headersOf(res) }).toEqual({ path, headers: EXPECTED })
    }
  })

  it('on the public API, its errors included, with no-store', async () => {
    const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.99' }, body: JSON.stringify(body) })
    for (const [path, init] of [
      ['/api/v1/health', {}],
      ['/api/v1/notice', {}],
      ['/api/v1/nope', {}],
      ['/api/v1/reports', json({})],
      ['/api/v1/cases/lookup', json({})],
      ['/api/v1/cases/messages', json({})],
      ['/api/v1/offer-checks', json({ text: 'x' })],
      ['/api/v1/offer-reports', json({})],
      ['/api/v1/indicators/lookup', json({ indicators: [] })],
    ] as const) {
      const res = await get(path, init)
      expect({ path, headers: headersOf(res), cache: res.headers.get('cache-control') }).toEqual({ path, headers: EXPECTED, cache: 'no-store' })
    }
  })

  it('on every staff route, refused or not', async () => {
    for (const route of STAFF_ROUTES) {
      const res = await get(`/api/v1/staff${route.path.replace(':caseRef', '0000-0000-0').replace(':id', '1')}`, route.method === 'POST' ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' } : {}, ACCESS_ENV)
      expect({ route: route.path, status: res.status, headers: headersOf(res), cache: res.headers.get('cache-control') }).toEqual({
        route: route.path,
        status: 401,
        headers: EXPECTED,
        cache: 'no-store',
      })
    }
  })

  it('never allows inline or eval’d scripts', () => {
    const scriptSrc = CSP.split('; ').find((d) => d.startsWith('script-src'))!
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/)
  })
})
