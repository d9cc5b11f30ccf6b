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

describe("an island's t (site/src/islands/parts/t.ts)", () => {
  it('says "no warning signs" for none, in each language, and counts one or more', async () => {
    const { makeT } = await import('../../site/src/islands/parts/t')
    const { islandMessages } = await import('../../site/src/lib/messages')
    const expected = {
      en: ['We found no warning signs.', 'We found 1 warning sign.', 'We found 3 warning signs.'],
      ko: ['경고 신호를 찾지 못했습니다.', '경고 신호 1개를 찾았습니다.', '경고 신호 3개를 찾았습니다.'],
      km: ['យើងមិនបានរកឃើញសញ្ញាព្រមានណាមួយទេ។', 'យើងរកឃើញសញ្ញាព្រមានចំនួន 1។', 'យើងរកឃើញសញ្ញាព្រមានចំនួន 3។'],
    } as const
    for (const lang of ['en', 'ko', 'km'] as const) {
      const t = makeT(islandMessages(lang, ['check.']), lang)
      expect([0, 1, 3].map((count) => t('check.count', { count })), lang).toEqual(expected[lang])
      expect(t('check.frame.count', { count: 0 }), lang).not.toMatch(/0/)
    }
  })
})
