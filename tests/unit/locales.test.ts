import { describe, expect, it } from 'vitest'
import en from '../../locales/en.json'
import km from '../../locales/km.json'
import ko from '../../locales/ko.json'

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort()
const KHMER = /[\u1780-\u17FF]/
const HANGUL = /[\uAC00-\uD7A3]/

describe.each([
  ['ko', ko as Record<string, string>, HANGUL],
  ['km', km as Record<string, string>, KHMER],
])('%s locale', (_lang, messages, script) => {
  it('has exactly the keys of en.json, less English-only plural forms', () => {
    // Korean and Khmer have one plural form (CLDR): `_other` only, no `_one`.
    const expected = Object.keys(en).filter((key) => !key.endsWith('_one'))
    expect(Object.keys(messages).sort()).toEqual(expected.sort())
  })

  it('keeps every {{placeholder}} of the English string', () => {
    for (const [key, text] of Object.entries(en)) {
      if (key.endsWith('_one')) continue
      expect({ key, placeholders: placeholders(messages[key] ?? '') }).toEqual({ key, placeholders: placeholders(text) })
    }
  })

  it('is written in its own script, not left in English', () => {
    const untranslated = Object.entries(messages)
      .filter(([key]) => key !== 'site.name')
      // A pattern of placeholders and punctuation ("{{label}}:") has no words to translate.
      .filter(([, text]) => !script.test(text) && /[A-Za-z]/.test(text.replace(/\{\{\s*\w+\s*\}\}/g, '')))
      .map(([key]) => key)
    expect(untranslated).toEqual([])
  })

  it('has no empty strings', () => {
    expect(Object.entries(messages).filter(([, text]) => text.trim() === '')).toEqual([])
  })
})
