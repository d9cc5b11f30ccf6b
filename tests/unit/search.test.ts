import { describe, expect, it } from 'vitest'
import { identifiersOf } from '../../core/intake'
import type { Report } from '../../core/report'
import { newCaseRef } from '../../core/case-ref'
import { planSearch } from '../../core/search'
import family from '../fixtures/report-family.json'

// What the intake indexed for the fixture: a search must hit one of these keys exactly.
const indexed = new Set(identifiersOf(family as unknown as Report).map(([kind, value]) => `${kind}\u0000${value}`))
const hits = (term: string) => {
  const plan = planSearch(term)
  return plan ? plan.keys.filter(([kind, value]) => indexed.has(`${kind}\u0000${value}`)).map(([kind]) => kind) : []
}

describe('searching the console through the blind indexes', () => {
  it('finds a Korean name written in Hangul or in a romanization the family did not use', () => {
    expect(hits('이민수')).not.toEqual([])
    expect(hits('Yi Min-soo')).toContain('name.ko')
    expect(hits('Rhee Minsu')).toContain('name.ko')
    expect(hits('Kim Cheolsu')).toEqual([])
  })

  it('finds a birth date, phone, passport and messenger handle however they are written', () => {
    expect(planSearch('2002.3.14')).toEqual({ kind: 'dob', keys: [['dob', '2002-03-14']] })
    expect(hits('2002-03-14')).toEqual(['dob'])
    expect(hits('010-2345-6789')).toEqual(['phone'])
    expect(hits('+82 10 2345 6789')).toEqual(['phone'])
    expect(hits('m12345678')).toEqual(['passport'])
    expect(hits('@minsu0314')).toEqual(['handle'])
    expect(hits('minsu_0314')).toEqual(['handle'])
  })

  it('reads a case reference as one and refuses terms too short to mean anything', () => {
    const ref = newCaseRef()
    expect(planSearch(ref.toLowerCase())).toEqual({ kind: 'caseRef', caseRef: ref, keys: [] })
    expect(planSearch(ref.replace(/-/g, ''))).toMatchObject({ kind: 'caseRef', caseRef: ref, keys: [['passport', ref.replace(/-/g, '')]] })
    expect(planSearch('a')).toBeNull()
    expect(planSearch('  ')).toBeNull()
  })
})
