import { readFileSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import { STATIC_PATHS } from '../../worker/security-headers'
import { EXPECTED, headersOf } from '../expected-headers'
import { launchBrowser } from './browser'

const baseUrl = inject('baseUrl')

/** run_worker_first from wrangler.toml: the paths whose requests wake the Worker. */
const workerFirst = JSON.parse(readFileSync('wrangler.toml', 'utf8').match(/^run_worker_first = (\[.*\])$/m)![1]) as string[]
const matches = (pattern: string, path: string) => (pattern.endsWith('/*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern)
const wakesWorker = (path: string) =>
  workerFirst.some((p) => !p.startsWith('!') && matches(p, path)) && !workerFirst.some((p) => p.startsWith('!') && matches(p.slice(1), path))

describe('files served without the Worker', () => {
  it('are exactly the static paths the headers file covers', () => {
    expect(workerFirst).toEqual(['/*', ...STATIC_PATHS.map((p) => `!${p}`)])
  })

  it('carry every security header from _headers, and the cache rules of each kind', async () => {
    const sw = await (await fetch(`${baseUrl}/sw.js`)).text()
    const precache = JSON.parse(sw.match(/const PRECACHE = (\[.*\])/)![1]) as string[]
    const files = [...precache.filter((p) => !p.endsWith('/')), '/sw.js', '/sw-register.js', '/quick-exit.js', '/favicon.svg', '/manifest.webmanifest']
    expect(files.filter((p) => p.startsWith('/_astro/')).length).toBeGreaterThan(5)
    for (const path of files) {
      expect(wakesWorker(path)).toBe(false)
      const res = await fetch(`${baseUrl}${path}`)
      await res.arrayBuffer()
      const cache = path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : path === '/sw.js' ? 'no-cache' : 'public, max-age=0, must-revalidate'
      expect({ path, status: res.status, headers: headersOf(res), cache: res.headers.get('cache-control') }).toEqual({ path, status: 200, headers: EXPECTED, cache })
    }
  })

  it('leave one Worker invocation to a first page view: the page itself', async () => {
    const browser = await launchBrowser()
    try {
      const context = await browser.newContext({ serviceWorkers: 'block' })
      const page = await context.newPage()
      const paths: string[] = []
      page.on('request', (req) => {
        const url = new URL(req.url())
        if (url.origin === new URL(baseUrl).origin) paths.push(url.pathname)
      })
      await page.goto(`${baseUrl}/en/report/`, { waitUntil: 'networkidle' })
      expect(paths.length).toBeGreaterThan(3)
      expect(paths.filter(wakesWorker)).toEqual(['/en/report/'])
      console.log(`a first view of /en/report/: ${paths.length} requests, ${paths.filter(wakesWorker).length} wake the Worker (all ${paths.length} did with run_worker_first = true)`)
    } finally {
      await browser.close()
    }
  })
})
