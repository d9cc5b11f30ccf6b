import { describe, expect, it } from 'vitest'
import { KOREAN_SURNAMES, nameKeys, phoneticGiven, romanizeHangul, surnameIds } from '../../core/names'
import { eachGives } from './each-gives'

/** Two written names match when their key sets intersect (the Worker compares HMACs of these). */
function shareKey(a: string, b: string): boolean {
  const keys = new Set(nameKeys(a))
  return nameKeys(b).some((key) => keys.has(key))
}

/** Every unordered pair of spellings in a group. */
function pairs(group: string[]): [string, string][] {
  return group.flatMap((a, i) => group.slice(i + 1).map((b): [string, string] => [a, b]))
}

const SAME_PERSON: Record<string, string[]> = {
  '이민수': [
    '이민수', 'Lee Min-su', 'Yi Minsu', 'Minsu Rhee', 'LEE MIN SOO', '리민수', 'Min-soo Lee',
    'LEE, Minsu', '  lee   min-su ', 'Lee 민수', '이민수 (Lee Min-su)', 'Leeminsu', 'I Min-su', '이 민수',
    'David Minsu Lee', 'Lee Minsu, Yi Minsu',
  ],
  '박지훈': ['박지훈', 'Park Ji-hoon', 'Pak Jihun', 'Bak Ji Hoon', 'Jihoon Park', 'PARK, JI HUN', 'Bahk Chi-hun'],
  '최서연': ['최서연', 'Choi Seo-yeon', 'Choe Seoyoun', 'Seo-yeon Choi', 'CHOI SEO YEON', "Ch'oe Sŏ-yŏn"],
  '김민준': ['김민준', 'Kim Min-jun', 'Gim Minjun', 'Minjoon Kim', 'KIM MIN JOON'],
  '정현우': ['정현우', 'Jung Hyun-woo', 'Jeong Hyeonu', 'Chung Hyunwoo', 'Hyun-woo Jung', 'Chong Hyon-u'],
  '강지영': ['강지영', 'Kang Ji-young', 'Gang Jiyeong', 'Jiyoung Kang', 'Kang Ji Yong'],
  '조은희': ['조은희', 'Cho Eun-hee', 'Jo Eunhui', 'Eunhee Cho'],
  '윤서준': ['윤서준', 'Yoon Seo-jun', 'Yun Seojoon', 'Seojun Yoon', 'Youn Seo-joon'],
  '신동현': ['신동현', 'Shin Dong-hyun', 'Sin Donghyeon', 'Donghyun Shin'],
  '오세훈': ['오세훈', 'Oh Se-hoon', 'O Sehun', 'Sehoon Oh'],
  '한지민': ['한지민', 'Han Ji-min', 'Jimin Han', 'HAN JI MIN'],
  '임수정': ['임수정', 'Lim Su-jeong', 'Im Soojung', 'Rim Sujung', '림수정', 'Yim Soo-jung'],
  '류현진': ['류현진', 'Ryu Hyun-jin', 'Ryoo Hyeonjin', 'Yoo Hyunjin', 'Lyu Hyun Jin'],
  '유재석': ['유재석', 'Yoo Jae-seok', 'Yu Jaeseok', 'You Jae Seok', 'Jae-seok Yoo'],
  '남궁민수': ['남궁민수', 'Namgoong Min-su', 'Namkung Minsu', 'Minsoo Namgung', 'Nam Gung Min Su'],
  '황보민': ['황보민', 'Hwangbo Min', 'Min Hwangbo'],
  '제갈성렬': ['제갈성렬', 'Jegal Sung-ryul', 'Chegal Seongryeol'],
  '선우진': ['선우진', 'Sunwoo Jin', 'Seonu Jin', 'Jin Sunwoo'],
  'សុខ សុភា': ['សុខ សុភា', 'សុភា សុខ', 'សុខ\u200Bសុភា'],
  'Sok Sophea': ['Sok Sophea', 'Sophea Sok', 'SOK, Sophea', 'sok  sophea'],
  'Nguyễn Văn An': ['Nguyễn Văn An', 'Nguyen Van An', 'An Nguyen Van'],
  'Иван Иванов': ['Иван Иванов', 'ИВАНОВ, Иван'],
}

describe('nameKeys: spellings of one person share a key', () => {
  for (const [person, spellings] of Object.entries(SAME_PERSON)) {
    it.each(pairs(spellings))(`${person}: %s ~ %s`, (a, b) => {
      expect(shareKey(a, b)).toBe(true)
    })
  }
})

describe('nameKeys: different people share no key', () => {
  it.each([
    ['이민수', '이민호'],
    ['Lee Minsu', 'Park Minsu'],
    // Same syllables, other order: 김수진 and 김진수 are different, common names.
    ['김수진', '김진수'],
    ['Kim Sujin', 'Kim Jinsu'],
    ['Kim Su Jin', 'Kim Jin Su'],
    ['Sujin Kim', 'Jinsu Kim'],
    ['Su Jin Kim', 'Jin Su Kim'],
    ['KIM, Su Jin', '김진수'],
    // 유 and 류 are distinct surnames.
    ['유민수', '류민수'],
    ['Ryu Minsu', '유민수'],
    ['정민수', '전민수'],
    ['Jung Minsu', 'Jeon Minsu'],
    ['이지은', '이지연'],
    ['최서연', '최서윤'],
    ['박지훈', '박지환'],
    ['Kim Minsu', 'Kim Minji'],
    ['남궁민수', '남민수'],
    ['Lee Minsu', 'Minsu'],
    ['Sok Sophea', 'Sok Sopheap'],
    ['Sok Sophea', 'Chan Sophea'],
    // Khmer is not romanized: only same-script Khmer names match.
    ['សុខ សុភា', 'Sok Sophea'],
  ])('%s ≁ %s', (a, b) => {
    expect(shareKey(a, b)).toBe(false)
  })
})

describe('nameKeys: decisions pinned', () => {
  it('lets Yoo/Yu/You reach both 유 and 류, and Ryu only 류', () => {
    expect(shareKey('Yoo Minsu', '유민수')).toBe(true)
    expect(shareKey('Yoo Minsu', '류민수')).toBe(true)
    expect(shareKey('Ryu Minsu', '류민수')).toBe(true)
    expect(surnameIds('Yoo')).toEqual(['yoo', 'ryu'])
    expect(surnameIds('Lyu')).toEqual(['ryu'])
  })

  it('folds ㅓ written o (McCune–Reischauer) into ㅗ, so 서연 and 소연 share a key', () => {
    expect(shareKey('최서연', '최소연')).toBe(true)
  })

  it('reads a three-syllable name with a two-syllable surname both ways', () => {
    expect(nameKeys('선우진')).toEqual(['ko:sunwoo|jin', 'ko:sun|ujin'])
    expect(shareKey('선우진', 'Sun Woojin')).toBe(true)
  })
})

describe('nameKeys: key shape', () => {
  it('gives a Hangul name one ko: key', () => {
    expect(nameKeys('이민수')).toEqual(['ko:lee|minsu'])
  })

  it('gives a romanized Korean name a ko: key and a sorted tok: key', () => {
    expect(nameKeys('Lee Min-su')).toEqual(['ko:lee|minsu', 'tok:lee minsu'])
    expect(nameKeys('Minsu Rhee')).toEqual(['ko:lee|minsu', 'tok:minsu rhee'])
  })

  it('leaves out the tok: key when the given name is spelled as separate syllables', () => {
    expect(nameKeys('LEE MIN SOO')).toEqual(['ko:lee|minsu'])
  })

  it('gives Khmer, Vietnamese and other names only a sorted tok: key', () => {
    expect(nameKeys('សុភា សុខ')).toEqual(['tok:សុខ សុភា'])
    expect(nameKeys('Nguyễn Văn An')).toEqual(['tok:an nguyen van'])
  })

  it('returns nothing for a name with no letters', () => {
    expect(nameKeys('')).toEqual([])
    expect(nameKeys('  ,  - ')).toEqual([])
  })

  it('returns the same deduplicated, prefixed keys every time', () => {
    for (const name of Object.values(SAME_PERSON).flat()) {
      const keys = nameKeys(name)
      expect(nameKeys(name)).toEqual(keys)
      expect(new Set(keys).size).toBe(keys.length)
      expect(keys.length).toBeGreaterThan(0)
      expect(keys.length).toBeLessThanOrEqual(8)
      for (const key of keys) expect(key).toMatch(/^(ko:[a-z~]+\|[a-z]+|tok:\S.*)$/)
    }
  })
})

describe('romanizeHangul', () => {
  eachGives('%s → %s', romanizeHangul, [
    ['이민수', 'iminsu'],
    ['서울', 'seoul'],
    ['부산', 'busan'],
    ['괜찮아', 'gwaenchana'],
    ['닭', 'dak'],
    // No assimilation rules: the official spelling is Dongnimmun.
    ['독립문', 'dokripmun'],
    ['김 Minsu', 'gim Minsu'],
  ])

  it('puts a separator between adjacent syllables only', () => {
    expect(romanizeHangul('민수 이', '-')).toBe('min-su i')
  })
})

describe('phoneticGiven', () => {
  it.each([
    [['Min-soo', 'Minsu', 'Min Su', 'MIN SOO'], 'minsu'],
    [['Ji-hoon', 'Jihun', 'Chi-hun'], 'jihun'],
    [['Hyun-woo', 'Hyeonu', 'Hyon-u'], 'hyonu'],
    [['Ji-young', 'Jiyeong', 'Chi-yŏng'], 'jiyong'],
    [['Eun-hee', 'Eunhui', 'Eunhi'], 'eunhi'],
    [['Jae-seok', 'Chae-sok'], 'jesog'],
    [['Young-chul', 'Yeongcheol', 'Yong-chol'], 'yongjol'],
    [['Sung-min', 'Seongmin'], 'songmin'],
  ])('folds %j to %s', (spellings, folded) => {
    for (const spelling of spellings) expect(phoneticGiven(spelling)).toBe(folded)
  })

  it('keeps ㅡ apart from ㅓ, and 준 apart from 정', () => {
    expect(phoneticGiven('Seungmin')).not.toBe(phoneticGiven('Seongmin'))
    expect(phoneticGiven('Jun-gi')).not.toBe(phoneticGiven('Jung-gi'))
  })
})

describe('KOREAN_SURNAMES', () => {
  it('covers the 40 most common surnames and the two-syllable ones, each Hangul spelling once', () => {
    const hangul = KOREAN_SURNAMES.flatMap((entry) => entry.hangul)
    expect(new Set(hangul).size).toBe(hangul.length)
    expect(new Set(KOREAN_SURNAMES.map((entry) => entry.id)).size).toBe(KOREAN_SURNAMES.length)
    for (const surname of '김이박최정강조윤장임한오서신권황안송전홍유고문양손배백허남심노하곽성차주우구류민나진지엄채원천방공현함'.split('')) {
      expect(hangul).toContain(surname)
    }
    for (const surname of ['남궁', '황보', '제갈', '선우', '독고', '사공', '서문']) expect(hangul).toContain(surname)
  })

  it('maps romanizations to one canonical id', () => {
    for (const spelling of ['Park', 'PAK', 'bak', '박']) expect(surnameIds(spelling)).toEqual(['park'])
    for (const spelling of ['Lee', 'Yi', 'Rhee', '리']) expect(surnameIds(spelling)).toEqual(['lee'])
    for (const spelling of ['Jung', 'Jeong', 'Chung']) expect(surnameIds(spelling)).toEqual(['jung'])
    expect(surnameIds('Chun')).toEqual(['jeon', 'cheon'])
    expect(surnameIds('Smith')).toEqual([])
  })
})

// 60 frequent given-name syllables.
const GIVEN_SYLLABLES = [...'민수지현서준영진호은정우성경희연주상동윤재혜하유원석훈미숙자순철용태나예소승아인빈채도혁한규선기환광종명시다해근건린율리']

/** mulberry32: a seeded generator, so the measured figure is reproducible. */
function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('false merges on generated Korean names', () => {
  const random = seededRandom(20240601)
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]
  const people = new Map<string, { surname: (typeof KOREAN_SURNAMES)[number]; given: string }>()
  while (people.size < 2000) {
    const surname = pick(KOREAN_SURNAMES)
    const given = pick(GIVEN_SYLLABLES) + pick(GIVEN_SYLLABLES)
    people.set(surname.hangul[0] + given, { surname, given })
  }
  const names = [...people.keys()]

  it('uses 60 given-name syllables', () => {
    expect(GIVEN_SYLLABLES).toHaveLength(60)
    expect(new Set(GIVEN_SYLLABLES).size).toBe(60)
  })

  it('merges few distinct names, and only through documented folds', () => {
    const holders = new Map<string, number[]>()
    names.forEach((name, index) => {
      for (const key of nameKeys(name)) holders.set(key, [...(holders.get(key) ?? []), index])
    })
    const merged = new Set<string>()
    for (const indexes of holders.values()) {
      for (let i = 0; i < indexes.length; i++) {
        for (let j = i + 1; j < indexes.length; j++) merged.add(`${indexes[i]} ${indexes[j]}`)
      }
    }
    // A pair is genuinely indistinguishable when one surname id and the plain RR of
    // the given names agree (final-consonant neutralization, e.g. 빗/빛).
    let identicalRomanization = 0
    const causes = new Map<string, number>()
    for (const pair of merged) {
      const [a, b] = pair.split(' ').map((index) => people.get(names[Number(index)])!)
      if (a.surname.id === b.surname.id && romanizeHangul(a.given) === romanizeHangul(b.given)) {
        identicalRomanization++
      }
      const cause = [...a.given]
        .map((syllable, k) => (syllable === b.given[k] ? null : [syllable, b.given[k]].sort().join('/')))
        .filter(Boolean)
        .join('+')
      causes.set(cause, (causes.get(cause) ?? 0) + 1)
    }
    const totalPairs = (names.length * (names.length - 1)) / 2
    const breakdown = [...causes].sort((x, y) => y[1] - x[1]).map(([cause, count]) => `${cause}×${count}`)
    console.log(
      `names: ${names.length}, pairs: ${totalPairs}, pairs sharing a key: ${merged.size} ` +
        `(${((merged.size / totalPairs) * 1e6).toFixed(1)} per million), identical RR: ${identicalRomanization}; ` +
        `by folded syllables: ${breakdown.join(', ')}`,
    )
    // Every merge comes from phoneticGiven folding two given names together (ㅓ/ㅗ,
    // ch/j, an n–g syllable boundary as in 준근/종은), never from surnames.
    for (const pair of merged) {
      const [a, b] = pair.split(' ').map((index) => people.get(names[Number(index)])!)
      expect(a.surname.id).toBe(b.surname.id)
      expect(phoneticGiven(romanizeHangul(a.given))).toBe(phoneticGiven(romanizeHangul(b.given)))
    }
    expect(merged.size / totalPairs).toBeLessThan(2e-5)
  })

  it('folds few of the 3,600 two-syllable given names together', () => {
    const byFold = new Map<string, number>()
    for (const first of GIVEN_SYLLABLES) {
      for (const second of GIVEN_SYLLABLES) {
        const folded = phoneticGiven(romanizeHangul(first + second))
        byFold.set(folded, (byFold.get(folded) ?? 0) + 1)
      }
    }
    const folded = [...byFold.values()].reduce((sum, count) => sum + (count * (count - 1)) / 2, 0)
    console.log(`given-name pairs folded together: ${folded} of ${(3600 * 3599) / 2}`)
    expect(folded).toBeLessThan(1000)
  })

  it('finds every generated name from its Revised Romanization, in either order', () => {
    for (const [name, { surname, given }] of people) {
      const roman = romanizeHangul(given, '-')
      const latin = surname.latin[0]
      expect(shareKey(name, `${latin} ${roman}`)).toBe(true)
      expect(shareKey(name, `${roman.toUpperCase()} ${latin.toUpperCase()}`)).toBe(true)
    }
  })
})
