import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createT } from '../../core/i18n'
import { actionText, ACCESS_ACTIONS, formatDay, formatWhen, indicatorText, langText, listOf, reasonText, sectionRows } from '../../core/labels'
import { INDICATOR_TYPES } from '../../core/offers'
import { rawValues } from '../e2e/raw-values'

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8'))
const family = fixture('report-family')
const self = fixture('report-self')
// Every field a family can fill, filled: the fixture plus what it leaves out.
family.person = { ...family.person, approxAge: 23, photoAttached: true }
family.journey = { ...family.journey, dangerSigns: ['confined', 'beaten', 'passportTaken', 'ransom', 'forcedScam', 'illOrInjured'], policeDetails: '서울경찰청' }
family.reporter = { ...family.reporter, messenger: 'Telegram @younghee' }
self.situation = { ...self.situation, coordinates: { lat: 10.6104, lon: 103.5291, accuracy: 35 } }

const LANGS = ['ko', 'km', 'en'] as const

describe.each(LANGS)('the console in %s', (lang) => {
  const t = createT(lang) as (key: string, values?: Record<string, string | number>) => string
  const sections = [
    ...(['person', 'journey', 'reporter', 'consents'] as const).map((name) => sectionRows(t, lang, name, family[name])),
    sectionRows(t, lang, 'situation', self.situation),
  ]
  const text = sections.flat(2).join('\n')

  it('shows every answer of a fully filled report in words, with no raw value', () => {
    expect(rawValues(text, lang)).toEqual([])
    expect(sections.flat().length).toBe(
      Object.keys(family.person).length + Object.keys(family.journey).length + Object.keys(family.reporter).length + Object.keys(family.consents).length + Object.keys(self.situation).length,
    )
  })

  it('says sex, country, danger signs, police, relationship and consents in the officer language', () => {
    const row = (label: string) => sections.flat().find(([l]) => l === label)?.[1]
    expect(row(t('report.person.sex.label'))).toBe(t('report.person.sex.male'))
    expect(row(t('report.journey.destinationCountry.label'))).toBe(t('report.country.KH'))
    expect(row(t('report.journey.policeTold.label'))).toBe(t('report.police.no'))
    expect(row(t('report.reporter.relationship.label'))).toBe(t('report.relationship.parent'))
    expect(row(t('report.reporter.preferredLanguage.label'))).toBe(t('lang.name.ko'))
    expect(row(t('report.consents.sensitiveData.title'))).toBe(t('staff.consent.refused'))
    expect(row(t('report.consents.personalData.title'))).toBe(t('staff.consent.given'))
    const signs = row(t('report.journey.dangerSigns.label'))!
    for (const sign of family.journey.dangerSigns) expect(signs).toContain(t(`report.danger.${sign}`))
  })

  it('names the officer zone with every time and writes dates as dates', () => {
    expect(formatWhen('2026-12-03T09:30:00Z', lang, 'seoul', t)).toContain(t('time.zone.seoul'))
    expect(formatWhen('2026-12-03T09:30:00Z', lang, 'phnomPenh', t)).toContain(t('time.zone.phnomPenh'))
    // 09:30 UTC is 18:30 in Seoul and 16:30 in Phnom Penh.
    expect(formatWhen('2026-12-03T09:30:00Z', 'en', 'seoul', t)).toMatch(/6:30/)
    expect(formatWhen('2026-12-03T09:30:00Z', 'en', 'phnomPenh', t)).toMatch(/4:30/)
    expect(rawValues(formatDay('2002-03-14', lang), lang)).toEqual([])
    expect(formatDay('2002-03-14', lang)).toMatch(/2002/)
  })

  it('words every access-log action, indicator kind and language', () => {
    const words = [...ACCESS_ACTIONS.map((a) => actionText(t, a)), ...INDICATOR_TYPES.map((i) => indicatorText(t, i)), ...['ko', 'km', 'en'].map((l) => langText(t, l))]
    expect(rawValues(words.join('\n'), lang)).toEqual([])
    expect(new Set(ACCESS_ACTIONS.map((a) => actionText(t, a))).size).toBe(ACCESS_ACTIONS.length)
  })
})

describe('the raw-value check', () => {
  it('catches what the console used to show', () => {
    expect(rawValues('성별 male · 어느 나라로 갔습니까? KH · passportTaken, illOrInjured · true · 2026-12-03T09:30:00Z', 'ko')).toEqual(
      expect.arrayContaining(['male', 'passportTaken', 'illOrInjured', 'true', '2026-12-03T09:30:00Z', 'KH']),
    )
    expect(rawValues('Action view · access-log.view', 'en')).toEqual(['access-log.view'])
  })
})

describe('access-log reasons', () => {
  it.each(LANGS)('say in %s what kind of term was searched, and leave typed reasons as typed', (lang) => {
    const t = createT(lang) as (key: string, values?: Record<string, string | number>) => string
    for (const kind of ['caseRef', 'dob', 'phone', 'handle', 'document', 'name', 'unrecognized']) {
      const text = reasonText(t, 'search', kind)
      expect(text).not.toBe(kind)
      expect(rawValues(text, lang)).toEqual([])
    }
    expect(reasonText(t, 'status', '가족과 통화함')).toBe('가족과 통화함')
  })

  it.each(LANGS)('say in %s which answer a correction changed, in the words the form asked it', (lang) => {
    const t = createT(lang) as (key: string, values?: Record<string, string | number>) => string
    const text = reasonText(t, 'correct', 'person.fullName: 가족 요청으로 철자 수정')
    expect(text).toBe(t('staff.log.corrected', { section: t('staff.case.person'), field: t('report.person.fullName.label'), reason: '가족 요청으로 철자 수정' }))
    expect(text).toContain(t('report.person.fullName.label'))
    expect(text).not.toContain('fullName')
    expect(reasonText(t, 'correct', 'journey.destinationCountry: wrong country')).toContain(t('report.journey.destinationCountry.label'))
    // A field the form never asked is "other", never its path.
    expect(reasonText(t, 'correct', 'reporter.zzz: x')).toBe(t('staff.log.corrected', { section: t('staff.case.reporter'), field: t('staff.value.other'), reason: 'x' }))
  })
})

describe('lists in the officer’s words', () => {
  it('joins a list in Khmer without the runtime’s Khmer data exactly as ICU does (Chromium has none)', () => {
    for (const items of [[], ['ក'], ['ក', 'ខ'], ['ក', 'ខ', 'គ'], ['ក', 'ខ', 'គ', 'ឃ']]) expect(listOf(items, 'km', false)).toBe(listOf(items, 'km', true))
    expect(listOf(['ឈ្មោះ', 'លេខទូរស័ព្ទ', 'លិខិតឆ្លងដែន'], 'km', false)).toBe('ឈ្មោះ, លេខទូរស័ព្ទ និង លិខិតឆ្លងដែន')
  })

  it('joins a list in Korean and English with their own word for "and"', () => {
    expect(listOf(['이름', '전화번호', '여권'], 'ko')).toBe('이름, 전화번호 및 여권')
    expect(listOf(['name', 'phone', 'passport'], 'en')).toBe('name, phone, and passport')
  })
})
