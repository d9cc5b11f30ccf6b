import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'parse5'
import { describe, expect, it } from 'vitest'
import { englishWords } from './english-words'
import { glossary } from './glossary'

/**
 * What a Korean or Khmer reader sees on the built site (npm test builds it first):
 * every page under site/dist/ko and site/dist/km, visible text only (plus alt text,
 * labels read aloud and the tab title). It must be in the page's language: no English
 * words outside the allow-list below, no ISO dates, no variant the glossary rejects.
 */
const dist = new URL('../../site/dist/', import.meta.url).pathname

const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template', 'svg'])

type Node = {
  nodeName: string
  value?: string
  attrs?: Array<{ name: string; value: string }>
  childNodes?: Node[]
  content?: Node
}

const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value

/** Text a reader sees or hears, leaving out passages marked as another language. */
function visibleText(node: Node, lang: string, out: string[] = []): string[] {
  if (node.nodeName === '#text') {
    out.push(node.value ?? '')
    return out
  }
  if (SKIPPED_ELEMENTS.has(node.nodeName)) return out
  const own = attr(node, 'lang')
  if (own && node.nodeName !== 'html' && !own.startsWith(lang)) return out
  for (const name of ['alt', 'aria-label', 'placeholder', 'title']) {
    const value = attr(node, name)
    if (value) out.push(value)
  }
  if (node.nodeName === 'input' && ['submit', 'button'].includes(attr(node, 'type') ?? '')) out.push(attr(node, 'value') ?? '')
  for (const child of node.childNodes ?? []) visibleText(child, lang, out)
  return out
}

function pages(lang: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? walk(path) : path.endsWith('.html') ? [path] : []
    })
  return walk(join(dist, lang))
}

const rows = glossary()

describe.each(['km', 'ko'] as const)('built %s pages', (lang) => {
  it('exist (the site was built before this test)', () => {
    expect(existsSync(join(dist, lang, 'index.html'))).toBe(true)
    expect(pages(lang).length).toBeGreaterThan(10)
  })

  const texts = () =>
    pages(lang).map((path) => {
      const html = readFileSync(path, 'utf8')
      // Without scripting, as a reader with JavaScript off sees <noscript>.
      return { page: path.slice(dist.length), text: visibleText(parse(html, { scriptingEnabled: false }) as unknown as Node, lang).join(' ') }
    })

  it('show no English words outside the allow-list', () => {
    const found = texts()
      .map(({ page, text }) => ({ page, words: [...new Set(englishWords(text))] }))
      .filter(({ words }) => words.length > 0)
    expect(found).toEqual([])
  })

  it('show no date in ISO form', () => {
    const found = texts().filter(({ text }) => /\b\d{4}-\d{2}-\d{2}\b/.test(text)).map(({ page }) => page)
    expect(found).toEqual([])
  })

  it('show no variant the glossary rejects', () => {
    const found = texts().flatMap(({ page, text }) =>
      rows.flatMap((row) => row.rejected[lang].filter((variant) => text.includes(variant)).map((variant) => `${page}: "${variant}" (${row.term})`)),
    )
    expect(found).toEqual([])
  })
})

describe('the language scan itself', () => {
  it('finds English words and lets brand names, addresses and case references through', () => {
    expect(englishWords('សូមផ្ញើសារតាម Telegram ទៅ hotline.police.gov.kh ឬ https://t.me/+855979117117 ករណី 7K3M-9Q2X-4 Choose File')).toEqual(['Choose', 'File'])
  })

  it('reads only what is shown: no script, no passage marked as another language', () => {
    const doc = parse('<html lang="km"><head><title>ទំព័រ</title><script>var x = "Hello"</script></head><body><p>សួស្តី <span lang="en">English</span></p><img alt="No file chosen"></body></html>')
    expect(visibleText(doc as unknown as Node, 'km').join(' ')).not.toMatch(/Hello|English/)
    expect(englishWords(visibleText(doc as unknown as Node, 'km').join(' '))).toEqual(['No', 'file', 'chosen'])
  })
})
