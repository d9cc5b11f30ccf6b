// What a built page makes the browser download, measured from site/dist: the page's
// inline scripts plus every module reachable from its <script src>, island component
// and renderer URLs, following static and dynamic imports. Used by the budget test
// and the benchmark.
import { readFileSync } from 'node:fs'
import { dirname, join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'

export const gzipBytes = (data) => gzipSync(data, { level: 9 }).length

/** Script files (as /-rooted URLs) and inline script bodies a page loads. */
export function pageScripts(dist, html) {
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs, body]) => !/\bsrc\s*=/.test(attrs) && body.length > 0)
    .map(([, , body]) => body)
  const entries = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]),
  ].filter((url) => url.startsWith('/'))
  const files = new Set()
  const queue = [...entries]
  while (queue.length) {
    const url = queue.shift()
    if (files.has(url)) continue
    files.add(url)
    const code = readFileSync(join(dist, url), 'utf8')
    for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
      queue.push(posix.join(posix.dirname(url), spec))
    }
  }
  return { inline, files: [...files] }
}

/** Gzipped JavaScript bytes of a page: each file and inline script compressed on its own, as served. */
export function pageJsGzipBytes(dist, html) {
  const { inline, files } = pageScripts(dist, html)
  return (
    inline.reduce((sum, body) => sum + gzipBytes(body), 0) +
    files.reduce((sum, url) => sum + gzipBytes(readFileSync(join(dist, url))), 0)
  )
}

export const distDir = join(dirname(new URL(import.meta.url).pathname), '..', 'site', 'dist')
