// Builds the static site, then records the SHA-256 of every inline <script> and
// <style> Astro emitted, so the Worker's Content-Security-Policy can allow exactly
// those and never needs 'unsafe-inline'.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const dist = join(root, 'site/dist')

execFileSync('astro', ['build', '--root', 'site', '--silent'], { cwd: root, stdio: 'inherit' })

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

mkdirSync(join(root, 'worker/generated'), { recursive: true })
const manifest = { scriptHashes: [...scriptHashes].sort(), styleHashes: [...styleHashes].sort() }
writeFileSync(join(root, 'worker/generated/site.json'), `${JSON.stringify(manifest, null, 2)}\n`)
console.log(`built ${pages} pages; CSP allows ${scriptHashes.size} inline script(s), ${styleHashes.size} inline style(s)`)
