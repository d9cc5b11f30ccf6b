import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Reads `locales/GLOSSARY.md`: one row per core term, with the rendering chosen in each
 * language and the variants rejected for it. Shared by the glossary test (sources) and
 * the built-pages language test (what a reader sees).
 */
export type Lang = 'en' | 'ko' | 'km'
export type GlossaryRow = {
  term: string
  chosen: Record<Lang, string>
  rejected: Record<Lang, string[]>
}

const root = new URL('../../', import.meta.url).pathname
export const glossaryPath = join(root, 'locales/GLOSSARY.md')

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim())

const variants = (cell: string) => (cell === '—' || cell === '' ? [] : cell.split(' · ').map((v) => v.trim()).filter(Boolean))

export function parseGlossary(markdown: string): GlossaryRow[] {
  const lines = markdown.split('\n').filter((line) => line.trim().startsWith('|'))
  const header = lines.findIndex((line) => /rejected \(km\)/.test(line))
  if (header < 0) throw new Error('GLOSSARY.md has no table with a "rejected (km)" column')
  const columns = cells(lines[header])
  const at = (name: string) => {
    const index = columns.indexOf(name)
    if (index < 0) throw new Error(`GLOSSARY.md has no column "${name}"`)
    return index
  }
  const [term, ko, km, rEn, rKo, rKm] = ['term (en)', 'ko', 'km', 'rejected (en)', 'rejected (ko)', 'rejected (km)'].map(at)
  return lines.slice(header + 2).map((line) => {
    const row = cells(line)
    return {
      term: row[term],
      chosen: { en: row[term], ko: row[ko], km: row[km] },
      rejected: { en: variants(row[rEn]), ko: variants(row[rKo]), km: variants(row[rKm]) },
    }
  })
}

export const glossary = () => parseGlossary(readFileSync(glossaryPath, 'utf8'))

/** Locale keys whose words are the staff console's own (internal), not a reader's. */
export const isStaffOnlyKey = (key: string) => key.startsWith('staff.') && !key.startsWith('staff.template.')

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

/** Every place a reader's words live in the sources, per language: [where, text]. */
export function sourceTexts(lang: Lang): Array<[string, string]> {
  const messages = JSON.parse(readFileSync(join(root, `locales/${lang}.json`), 'utf8')) as Record<string, string>
  const strings = Object.entries(messages)
    .filter(([key]) => !isStaffOnlyKey(key))
    .map(([key, text]): [string, string] => [`locales/${lang}.json ${key}`, text])
  const contentDir = join(root, 'site/src/content/advisories')
  const content = readdirSync(contentDir).map((id): [string, string] => {
    const file = `site/src/content/advisories/${id}/${lang}.md`
    // Source addresses are not words a reader reads as text.
    const text = readFileSync(join(root, file), 'utf8')
      .split('\n')
      .filter((line) => !/^\s*url:/.test(line))
      .join('\n')
    return [file, text]
  })
  if (lang === 'en') return [...strings, ...content]
  const pages = walk(join(root, 'site/src/pages'))
    .filter((path) => path.endsWith('.astro') && !path.includes('/staff/'))
    .map((path): [string, string] => [path.slice(root.length), readFileSync(path, 'utf8')])
  const script = join(root, 'core/police-script.ts')
  return [...strings, ...content, ...pages, ['core/police-script.ts', readFileSync(script, 'utf8')]]
}
