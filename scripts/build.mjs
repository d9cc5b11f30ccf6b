// Builds the static site, then records the SHA-256 of every inline <script> and
// <style> Astro emitted, so the Worker's Content-Security-Policy can allow exactly
// those and never needs 'unsafe-inline'.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { minify as minifyJs } from 'terser'
import { build as viteBuild } from 'vite'
import solid from 'vite-plugin-solid'
import { inlinePlaceTable } from './place-table.mjs'
import { pageScripts } from './site-bytes.mjs'

const root = new URL('..', import.meta.url).pathname
const dist = join(root, 'site/dist')

// Islands built on their own, outside Astro's island runtime (see
// site/src/islands/offer-check.main.ts): one file each, Solid rendering without
// hydration, named by content hash. Astro's pages learn the URLs from
// site/src/generated/islands.json; the files join site/dist/_astro after Astro's build.
const standalone = { offerCheck: 'site/src/islands/offer-check.main.ts' }
const islandFiles = []
const islandUrls = {}
for (const [name, entry] of Object.entries(standalone)) {
  const [result] = [await viteBuild({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [solid({ hydratable: false }), inlinePlaceTable()],
    build: { write: false, minify: true, rollupOptions: { input: join(root, entry), output: { format: 'es' } } },
  })].flat()
  const chunks = result.output.filter((o) => o.type === 'chunk')
  if (chunks.length !== 1) throw new Error(`${entry}: expected one file, got ${chunks.map((c) => c.fileName).join(', ')}`)
  // A second pass with terser over the minified bundle: about 250 bytes gzipped less on the
  // check page, whose engine sits at the edge of its 45 KB budget (terser alone, in place of
  // Vite's minifier, came out larger). `hoist_funs` moves function declarations to the top of
  // their scope, where the language hoists them anyway, so nothing runs differently; the functions
  // then sit together and gzip 421 B smaller (45,954 → 45,533 B, measured 2026-12-06). terser's
  // `unsafe*`, `pure_getters` and `booleans_as_integers` also shrink it, but can change what code
  // does (Solid's props are getters), so they stay off.
  const code = (await minifyJs(chunks[0].code, { module: true, compress: { passes: 2, hoist_funs: true } })).code
  const file = `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`
  islandFiles.push([file, code])
  islandUrls[name] = `/_astro/${file}`
}
mkdirSync(join(root, 'site/src/generated'), { recursive: true })
writeFileSync(join(root, 'site/src/generated/islands.json'), `${JSON.stringify(islandUrls, null, 2)}\n`)

execFileSync('astro', ['build', '--root', 'site', '--silent'], { cwd: root, stdio: 'inherit' })
for (const [file, code] of islandFiles) writeFileSync(join(dist, '_astro', file), code)

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* htmlFiles(path)
    else if (entry.name.endsWith('.html')) yield path
  }
}

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
const scriptHashes = new Set()
const styleHashes = new Set()
let pages = 0
for (const file of htmlFiles(dist)) {
  pages++
  const html = readFileSync(file, 'utf8')
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!/\bsrc\s*=/.test(attrs) && body.length > 0) scriptHashes.add(hash(body))
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) styleHashes.add(hash(body))
  if (/\son[a-z]+\s*=/i.test(html.replace(/<script[\s\S]*?<\/script>/g, ''))) {
    throw new Error(`${file}: inline event handler attributes are blocked by the CSP`)
  }
}

// The service worker's precache: the help page, the advisories, the offer check and
// the urgent self-report in every language, with every asset those pages load.
const { LANGS } = await import('../core/langs.ts')
const OFFLINE = new RegExp(`^/(${LANGS.join('|')})/(help|advisories|check|report/urgent)/`)
const precache = new Set()
for (const file of htmlFiles(dist)) {
  const url = `/${file.slice(dist.length + 1).replace(/index\.html$/, '')}`
  if (!OFFLINE.test(url)) continue
  precache.add(url)
  const html = readFileSync(file, 'utf8')
  // Every script module the page loads, imports followed (scripts/site-bytes.mjs).
  for (const asset of pageScripts(dist, html).files) precache.add(asset)
  for (const [, asset] of html.matchAll(/(?:href|src)="(\/(?:_astro\/[^"]+\.css|sw-register\.js|quick-exit\.js|favicon\.svg|manifest\.webmanifest))"/g)) precache.add(asset)
}
// Fonts referenced from the stylesheets.
for (const css of [...precache].filter((a) => a.endsWith('.css'))) {
  for (const [, font] of readFileSync(join(dist, css), 'utf8').matchAll(/url\(["']?(\/_astro\/[^"')]+\.woff2)/g)) precache.add(font)
}
const precacheList = [...precache].sort()
const version = createHash('sha256')
  .update(precacheList.map((url) => (url.endsWith('/') ? url : `${url}:${createHash('sha256').update(readFileSync(join(dist, url))).digest('hex')}`)).join('\n'))
  .update(readFileSync(join(root, 'site/src/sw-template.js')))
  .digest('hex')
  .slice(0, 12)
writeFileSync(
  join(dist, 'sw.js'),
  readFileSync(join(root, 'site/src/sw-template.js'), 'utf8').replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(precacheList)),
)

mkdirSync(join(root, 'worker/generated'), { recursive: true })
const manifest = { scriptHashes: [...scriptHashes].sort(), styleHashes: [...styleHashes].sort() }
writeFileSync(join(root, 'worker/generated/site.json'), `${JSON.stringify(manifest, null, 2)}\n`)
// The same security headers for the files Workers Static Assets serves without the Worker.
const { headersFile } = await import('../worker/security-headers.ts')
writeFileSync(join(dist, '_headers'), headersFile(manifest))
console.log(
  `built ${pages} pages; CSP allows ${scriptHashes.size} inline script(s), ${styleHashes.size} inline style(s); service worker precaches ${precacheList.length} files`,
)
