import { describe, expect, it } from 'vitest'
import { createT, negotiateLang } from '../../core/i18n'
import { eachGives } from './each-gives'

describe('negotiateLang', () => {
  eachGives('picks from %s → %s', negotiateLang, [
    [undefined, 'ko'],
    ['', 'ko'],
    ['*', 'ko'],
    ['km', 'km'],
    ['km-KH', 'km'],
    ['EN-gb', 'en'],
    ['fr, en;q=0.1', 'en'],
    ['ko;q=0, en;q=0.5', 'en'],
    ['en;q=0.5, km;q=0.9, ko;q=0.7', 'km'],
    ['en;q=garbage, km', 'km'],
    ['vi-VN, th', 'ko'],
  ])
})

describe('createT', () => {
  it('translates flat dotted keys in each language', () => {
    expect(createT('en')('nav.help')).toBe('Get help now')
    expect(createT('ko')('nav.help')).not.toBe('Get help now')
    expect(createT('km')('nav.help')).toMatch(/[\u1780-\u17FF]/)
  })
})
