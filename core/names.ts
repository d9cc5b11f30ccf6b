/**
 * Name keys: the strings the Worker turns into HMAC blind indexes so staff find
 * reports about the same person even when relatives spelled the name differently
 * (이민수, Lee Min-su, Yi Minsu, Minsu Rhee, LEE MIN SOO, 리민수).
 *
 * Matching is exact equality of keys, so every spelling of a name yields a small
 * set of keys and two spellings match when the sets share one. Two kinds:
 *
 * - `ko:<surname id>|<folded given name>` for Korean names, from Hangul or from a
 *   romanization with the surname first or last: `ko:lee|minsu`.
 * - `tok:<tokens, sorted>` for every non-Hangul name, so word order does not matter:
 *   `tok:sok sophea`. Khmer script gets its own `tok:` key; Khmer is not romanized,
 *   so សុខ សុភា matches សុភា សុខ but not "Sok Sophea".
 *
 * Decisions, each pinned by a test in tests/unit/names.test.ts:
 * - 유 and 류 are distinct surnames (ids `yoo`, `ryu`): 유민수 and 류민수 share no
 *   key. Yoo/Yu/You are written for both, so those spellings yield both ids; Ryu,
 *   Lyu and Rhyu yield only `ryu`. Other two-way spellings: Chun/Chon (전, 천),
 *   So/Soh (서, 소), Son (손, 선), Chu (주, 추), Youn (윤, 연), Pyun/Pyon (변, 편),
 *   Um/Eum (엄, 음).
 * - Initial-sound-law spellings of one surname are one id: 리→이, 림→임, 로→노,
 *   라→나, 량→양, 렴→염, 려→여, 련→연, 륙→육, 룡→용 (not 류, see above).
 * - Same syllables in another order are another person: 김수진 ≠ 김진수. The
 *   `tok:` key is therefore left out when a romanized Korean name spells its given
 *   name as separate syllables ("Kim Su Jin"), where sorting would merge it with
 *   "Kim Jin Su"; the `ko:` keys keep the order.
 *
 * Known gaps (a miss here is a duplicate staff find by date of birth, passport or
 * phone instead): ㅓ spelled u before n, k or a vowel ("Sun" for 선, "Jun" for 전,
 * "Suk" for 석) does not meet RR "seon/jeon/seok", because folding it would merge
 * 선/순, 윤/연 and 석/숙; "Jung-ah" (정아) misses where "Jung" precedes a vowel;
 * a Western first name is skipped only when it cannot be romanized Korean
 * ("David Minsu Lee", not "Maria Minsu Lee"); names in Hanja, and Khmer against
 * its romanization, match only the same script.
 */

import { KOREAN_SURNAMES } from './korean-surnames'

export { KOREAN_SURNAMES, type SurnameEntry } from './korean-surnames'

const SURNAME_BY_HANGUL = new Map<string, string>()
const SURNAMES_BY_LATIN = new Map<string, string[]>()
for (const entry of KOREAN_SURNAMES) {
  for (const hangul of entry.hangul) SURNAME_BY_HANGUL.set(hangul, entry.id)
  for (const latin of entry.latin) {
    const ids = SURNAMES_BY_LATIN.get(latin) ?? []
    if (!ids.includes(entry.id)) ids.push(entry.id)
    SURNAMES_BY_LATIN.set(latin, ids)
  }
}

/**
 * Canonical surname ids for one written surname, Hangul or romanized: "박", "Pak"
 * and "BAK" → ["park"]; "Yoo" → ["yoo", "ryu"]; unknown → [].
 */
export function surnameIds(written: string): string[] {
  const hangul = SURNAME_BY_HANGUL.get(written.normalize('NFKC').trim())
  if (hangul) return [hangul]
  return [...(SURNAMES_BY_LATIN.get(foldLatin(written).replace(/[^a-z]/g, '')) ?? [])]
}

// Revised Romanization (Ministry of Culture and Tourism notice 2000-8) of the jamo
// a precomposed syllable decomposes into (Unicode §3.12: S = 0xAC00 + (L×21 + V)×28 + T).
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h']
const MEDIALS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i']
// Finals as pronounced at the end of a syllable: clusters keep the sound RR writes.
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't']

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/

function romanizeSyllable(syllable: string): string {
  const index = syllable.charCodeAt(0) - 0xac00
  return INITIALS[Math.floor(index / 588)] + MEDIALS[Math.floor((index % 588) / 28)] + FINALS[index % 28]
}

/**
 * Revised Romanization, syllable by syllable: "이민수" → "iminsu", "서울" → "seoul".
 * No sound-change rules (RR §3.1 assimilation, palatalization): "독립문" gives
 * "dokripmun", not the official "Dongnimmun". Keys only need both sides of a
 * comparison romanized the same way; phoneticGiven() absorbs the rest.
 * Characters other than Hangul syllables pass through; `separator` goes between
 * two adjacent syllables ("-" gives "min-su").
 */
export function romanizeHangul(text: string, separator = ''): string {
  let out = ''
  let previousWasSyllable = false
  for (const char of text) {
    if (HANGUL_SYLLABLE.test(char)) {
      if (previousWasSyllable) out += separator
      out += romanizeSyllable(char)
      previousWasSyllable = true
    } else {
      out += char
      previousWasSyllable = false
    }
  }
  return out
}

/** Lowercase, NFKD without combining marks (ŏ→o, ễ→e), and the letters NFKD keeps whole. */
function foldLatin(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[đð]/g, 'd')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
}

// Vowel spellings, in order: each step may feed the next ("Seo-woo" → sowu → sou → so).
const VOWEL_FOLDS: [RegExp, string][] = [
  [/eui/g, 'i'], //   의 written eui
  [/eo/g, 'o'], //    ㅓ: RR eo, MR ŏ written o (Jeong/Chong, Yeon/Yon)
  [/oo/g, 'u'], //    ㅜ: Soo, Joon, Hoon
  [/wu/g, 'u'], //    우 written Woo: Hyun-woo, Woojin
  [/ou/g, 'o'], //    ㅕ/ㅓ written ou: Young, Youn, Joung
  [/ee/g, 'i'], //    ㅣ/ㅢ written ee: Hee, Jee
  [/ui/g, 'i'], //    ㅢ: 희 hui/hee/hi
  [/ae/g, 'e'], //    ㅐ and ㅔ are one sound in Seoul speech
  [/oe/g, 'we'], //   ㅚ: oe/we
  // ㅓ written u before a closing consonant: Jung/Sung (정/성), Chul (철), Bum (범),
  // Sub (섭). Not before a vowel ("Jun-gi" is 준기) and not ㅡ (eu: 승 stays).
  [/(?<!e)ung(?!i)/g, 'ong'],
  [/(?<!e)u([lmpb])(?![aeiouy])/g, 'o$1'],
  // ㅕ written yu after an onset: Hyun, Hyuk, Kyun (현, 혁). Not after n, where the
  // g may close the syllable before: Jeong-yun (정윤).
  [/(h|k|m|b|p|(?<!n)g)yu(?=[nk])/g, '$1yo'],
  // A silent h closing a syllable: Ahn, Suh, Sohn, Yoonah.
  [/([aeiouwy])h(?=[^aeiouwy]|$)/g, '$1'],
]

const CONSONANT_FOLDS: [RegExp, string][] = [
  [/sh/g, 's'], //     Shin/Sin
  [/t?ch/g, 'j'], //   ch/j: MR writes 재 Chae and 지 Chi
  [/c/g, 'k'],
  [/k/g, 'g'], //      k/g, t/d, p/b: MR and RR disagree on plain stops
  [/t/g, 'd'],
  [/p/g, 'b'],
  [/r/g, 'l'], //      ㄹ: r/l
  [/([a-z])\1+/g, '$1'], // Hanna/Hana, Kkot/Kot, Jonggi/Jongi
]

/**
 * Folds a romanized Korean given name to one spelling so common variants agree:
 * "Min-soo", "Minsu", "Min Su" → "minsu"; "Ji-hoon", "Jihun", "Chi-hun" → "jihun";
 * "Hyun-woo" and RR "Hyeonu" → "hyonu". Hyphens, spaces and case are dropped.
 * Lossy by design: 서/소 (seo, so) and 영/용 (yeong, yong) fold together because
 * McCune–Reischauer writes ㅓ as o; see the false-merge measurement in the tests.
 */
export function phoneticGiven(romanized: string): string {
  let folded = foldLatin(romanized).replace(/[^a-z]/g, '')
  for (const [pattern, replacement] of VOWEL_FOLDS) folded = folded.replace(pattern, replacement)
  for (const [pattern, replacement] of CONSONANT_FOLDS) folded = folded.replace(pattern, replacement)
  return folded
}

// One romanized Korean syllable, permissively: RR, MR without breves, passport forms.
const ROMAN_SYLLABLE = '(?:tch|ch|sh|kk|gg|tt|dd|pp|bb|ss|jj|[gkndtrlmbpsjh])?(?:[yw]?(?:eo|eu|ae|oe|ui|ee|oo|ou|ai|ea|a|e|i|o|u))h?(?:ng|[nmlrkgptb])?'
const ONE_SYLLABLE = new RegExp(`^${ROMAN_SYLLABLE}$`)
const ROMAN_GIVEN = new RegExp(`^(?:${ROMAN_SYLLABLE}){1,4}$`)

/** Could these letters be a romanized Korean given name of one to four syllables? */
function isRomanGiven(letters: string): boolean {
  return letters.length > 0 && letters.length <= 24 && ROMAN_GIVEN.test(letters)
}

type Script = 'hangul' | 'khmer' | 'latin' | 'other'

type Token = {
  /** Letters only (NFKC), lowercase; Latin also without diacritics. */
  text: string
  /** As `text` but keeping the writer's hyphens ("min-su"). */
  spelled: string
  script: Script
}

const KHMER = /[\u1780-\u17FF\u19E0-\u19FF]/

function scriptOf(letters: string): Script {
  if (HANGUL_SYLLABLE.test(letters)) return 'hangul'
  if (KHMER.test(letters)) return 'khmer'
  if (/^[a-z-]+$/.test(foldLatin(letters))) return 'latin'
  return 'other'
}

function makeToken(raw: string): Token | null {
  const letters = raw.replace(/[^\p{L}\p{M}-]+/gu, '')
  const script = scriptOf(letters)
  const spelled = (script === 'latin' ? foldLatin(letters) : letters.toLowerCase()).replace(/^-+|-+$/g, '')
  const text = spelled.replace(/-/g, '')
  return text ? { text, spelled, script } : null
}

/** Splits one written name into tokens; a Hangul run glued to Latin ("Lee민수") is two. */
function tokenize(words: string): Token[] {
  const tokens: Token[] = []
  for (const word of words.split(/[\s\u200B\u00B7\u30FB._]+/)) {
    for (const run of word.replace(/[\u200C\u200D\u2060\uFEFF]/g, '').match(/[\uAC00-\uD7A3]+|[^\uAC00-\uD7A3]+/g) ?? []) {
      const token = makeToken(run)
      if (token) tokens.push(token)
    }
  }
  return tokens
}

type Parse = { ids: string[]; given: string }

function koKeys(parses: Parse[]): string[] {
  return parses.flatMap(({ ids, given }) => ids.map((id) => `ko:${id}|${phoneticGiven(given)}`))
}

/** A Hangul name: surname first as Koreans write it, or last when spaced ("민수 이"). */
function hangulKeys(tokens: Token[], commaAt: number | null): string[] {
  const parses: Parse[] = []
  const add = (surname: string, given: string) => {
    const syllables = [...given].length
    if (syllables < 1 || syllables > 4) return
    const id = SURNAME_BY_HANGUL.get(surname) ?? `~${romanizeHangul(surname)}`
    parses.push({ ids: [id], given: romanizeHangul(given, '-') })
  }
  const texts = tokens.map((token) => token.text)
  if (commaAt !== null) {
    add(texts.slice(0, commaAt).join(''), texts.slice(commaAt).join(''))
  } else if (texts.length >= 2) {
    const first = texts[0]
    const last = texts[texts.length - 1]
    if (SURNAME_BY_HANGUL.has(first)) add(first, texts.slice(1).join(''))
    if (SURNAME_BY_HANGUL.has(last)) add(last, texts.slice(0, -1).join(''))
    if (parses.length === 0 && [...first].length <= 2) add(first, texts.slice(1).join(''))
  } else {
    const syllables = [...texts[0]]
    const twoSyllable = syllables.length >= 3 && SURNAME_BY_HANGUL.has(syllables.slice(0, 2).join(''))
    if (twoSyllable) add(syllables.slice(0, 2).join(''), syllables.slice(2).join(''))
    // 선우진 may be 선우 + 진 or 선 + 우진; 남궁민수 is 남궁 + 민수.
    if (!twoSyllable || syllables.length === 3) add(syllables[0], syllables.slice(1).join(''))
  }
  return koKeys(parses)
}

/** A romanized name, surname first or last; yields ko: keys when it reads as Korean. */
function latinKeys(tokens: Token[], commaAt: number | null): string[] {
  const parses: Parse[] = []
  let spacedSyllables = false
  const texts = tokens.map((token) => token.text)
  const add = (surname: string, given: Token[], nearest: 'first' | 'last') => {
    const ids = SURNAMES_BY_LATIN.get(surname)
    if (!ids || given.length === 0) return
    let givenTokens = given
    if (!isRomanGiven(givenTokens.map((token) => token.text).join(''))) {
      // "David Minsu Lee": keep the Korean given name beside the surname when
      // another word cannot be Korean at all.
      const beside = nearest === 'first' ? given[0] : given[given.length - 1]
      if (given.length < 2 || given.every((token) => isRomanGiven(token.text)) || !isRomanGiven(beside.text)) return
      givenTokens = [beside]
    }
    parses.push({ ids, given: givenTokens.map((token) => token.spelled).join('-') })
    if (givenTokens.length >= 2 && givenTokens.every((token) => ONE_SYLLABLE.test(token.text))) {
      spacedSyllables = true
    }
  }
  const n = tokens.length
  if (tokens.every((token) => token.script === 'latin')) {
    if (commaAt !== null) {
      add(texts.slice(0, commaAt).join(''), tokens.slice(commaAt), 'first')
    } else if (n >= 2) {
      add(texts[0], tokens.slice(1), 'first')
      if (n >= 3) add(texts[0] + texts[1], tokens.slice(2), 'first') //  "Nam Gung Min"
      add(texts[n - 1], tokens.slice(0, -1), 'last')
      if (n >= 3) add(texts[n - 2] + texts[n - 1], tokens.slice(0, -2), 'last')
    } else {
      // One word, "Leeminsu": every table surname it starts with.
      const word = texts[0]
      for (const [surname, ids] of SURNAMES_BY_LATIN) {
        const rest = word.slice(surname.length)
        if (word.startsWith(surname) && rest.length >= 2 && isRomanGiven(rest) && rest.length <= 12) {
          parses.push({ ids, given: rest })
        }
      }
    }
  }
  const keys = koKeys(parses)
  // Sorting "Kim Su Jin" would merge it with "Kim Jin Su"; the ko: keys cover it.
  if (!spacedSyllables) keys.push(tokKey(tokens))
  return keys
}

/** Tokens in UTF-16 code-unit order (not localeCompare), the same in every runtime. */
function tokKey(tokens: Token[]): string {
  return `tok:${tokens
    .map((token) => token.text)
    .sort()
    .join(' ')}`
}

function scriptKeys(script: Script, tokens: Token[], commaAt: number | null): string[] {
  if (script === 'hangul') {
    const keys = hangulKeys(tokens, commaAt)
    return keys.length > 0 ? keys : [tokKey(tokens)]
  }
  if (script === 'latin') return latinKeys(tokens, commaAt)
  return [tokKey(tokens)]
}

function partKeys(part: string): string[] {
  const pieces = part.split(',')
  const tokens = tokenize(pieces.join(' '))
  if (tokens.length === 0) return []
  // "LEE, Minsu": one comma after a one-word surname puts the surname first. Any
  // other comma separates alternative spellings: "Lee Minsu, Yi Minsu".
  let commaAt: number | null = null
  if (pieces.length >= 2) {
    const before = tokenize(pieces[0]).length
    if (pieces.length === 2 && before === 1 && tokens.length > 1) commaAt = 1
    else return pieces.flatMap(partKeys)
  }
  const scripts = [...new Set(tokens.map((token) => token.script))]
  if (scripts.length === 1) return scriptKeys(scripts[0], tokens, commaAt)

  const hangul = tokens.filter((token) => token.script === 'hangul')
  const others = tokens.filter((token) => token.script !== 'hangul')
  const hangulSyllables = hangul.reduce((sum, token) => sum + [...token.text].length, 0)
  if (scripts.length === 2 && others.every((token) => token.script === 'latin') && (hangulSyllables < 2 || others.length < 2)) {
    // One name written half in each script: "Lee 민수", "김 Minsu".
    const romanized = tokens.map((token) =>
      token.script === 'hangul'
        ? { text: romanizeHangul(token.text), spelled: romanizeHangul(token.text, '-'), script: 'latin' as const }
        : token,
    )
    return latinKeys(romanized, commaAt)
  }
  // The same name given in two scripts side by side: "이민수 Lee Minsu".
  return scripts.flatMap((script) => scriptKeys(script, tokens.filter((token) => token.script === script), null))
}

/**
 * Keys for one written name, deduplicated, in a stable order. Two reports likely
 * describe the same person when their names share a key. Brackets, slashes,
 * semicolons and commas separate alternative spellings ("이민수 (Lee Min-su)"),
 * each adding its keys, except one comma after a surname ("LEE, Minsu").
 */
export function nameKeys(name: string): string[] {
  const keys = new Set<string>()
  for (const part of name.normalize('NFKC').split(/[()[\]{}/|;]+/)) {
    for (const key of partKeys(part)) keys.add(key)
  }
  return [...keys]
}
