/**
 * Text normalisation for the offer check, keeping a map back to the original text.
 *
 * Recruiters dodge job-site filters with altered words (MOEL, Dec 2025: "변형 금칙어"):
 * fullwidth digits (１５００만), Hangul split into jamo (텔ㄹㅔ, ㅌㅔㄹㄹㅔ), letters spaced or
 * dotted out (t e l e, 고 수 익, t.e.l.e.g.r.a.m), emoji between letters (텔💬레), zero-width
 * characters and lookalike Cyrillic letters. Khmer text may use Khmer digits (០–៩).
 * Patterns are matched against the normalised text; every normalised UTF-16 unit
 * remembers the [start, end) of the original characters it came from, so evidence is
 * always reported as a slice of what the person pasted.
 */

export type NormalizedText = {
  /** The original input. */
  source: string
  /** Lower case, NFKC, ASCII digits, emoji as spaces, whitespace runs collapsed to one ' ' or '\n'. */
  text: string
  /** For each UTF-16 unit of `text`, the original offset where its source character starts… */
  starts: number[]
  /** …and ends (exclusive). */
  ends: number[]
}

export type NormalizeOptions = {
  /** Also join letters spaced out to dodge filters ("t e l e" → "tele", "고 수 익" → "고수익"). */
  despace?: boolean
}

export type Span = { start: number; end: number; text: string }

/** The original span behind normalised units [from, to). */
export function spanOf(norm: NormalizedText, from: number, to: number): Span {
  const start = norm.starts[from]!
  const end = norm.ends[to - 1]!
  return { start, end, text: norm.source.slice(start, end) }
}

const SPACE = 0x20
const NEWLINE = 0x0a

// Digits other scripts write, mapped to ASCII: Khmer, Thai, Lao, Myanmar, Arabic-Indic,
// Extended Arabic-Indic, Devanagari. (Fullwidth and circled digits go through NFKC.)
const DIGIT_BLOCKS = [0x17e0, 0x0e50, 0x0ed0, 0x1040, 0x0660, 0x06f0, 0x0966]

function foreignDigit(cp: number): number {
  for (const zero of DIGIT_BLOCKS) if (cp >= zero && cp <= zero + 9) return 0x30 + cp - zero
  return -1
}

/** Invisible characters inserted to break up words; dropped. */
function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0xfeff || cp === 0x00ad || cp === 0x034f || cp === 0x180e || cp === 0x20e3 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0000 && cp <= 0xe01ef) ||
    cp === 0x17b4 || cp === 0x17b5 // Khmer inherent vowels: invisible, deprecated
  )
}

/** Emoji and pictographs, read as a space so "텔💬레" becomes "텔 레" and then "텔레". */
function isPictograph(cp: number): boolean {
  return (
    (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2600 && cp <= 0x27bf) || (cp >= 0x2b00 && cp <= 0x2bff) ||
    (cp >= 0x2300 && cp <= 0x23ff) || (cp >= 0x2190 && cp <= 0x21ff) || (cp >= 0x25a0 && cp <= 0x25ff) ||
    cp === 0x2122 || cp === 0x2139 || cp === 0x3030 || cp === 0x303d || cp === 0x3297 || cp === 0x3299
  )
}

// Cyrillic and Greek letters that look Latin ("Теlеgram"), after lower-casing.
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', е: 'e', ё: 'e', і: 'i', ј: 'j', к: 'k', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', т: 't', м: 'm',
  α: 'a', ο: 'o', ι: 'i', κ: 'k', ν: 'v', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
}

// Hangul jamo tables (Unicode §3.12). Compatibility jamo (ㄱ U+3131…ㅣ U+3163) are what
// people type; conjoining jamo (U+1100…) come from decomposed text and are mapped onto them.
const CHO = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ'
const JONG = ' ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'
const VOWEL_FIRST = 0x314f
const VOWEL_LAST = 0x3163
const COMPOUND_VOWEL: Record<string, string> = { ㅗㅏ: 'ㅘ', ㅗㅐ: 'ㅙ', ㅗㅣ: 'ㅚ', ㅜㅓ: 'ㅝ', ㅜㅔ: 'ㅞ', ㅜㅣ: 'ㅟ', ㅡㅣ: 'ㅢ' }
const COMPOUND_FINAL: Record<string, string> = {
  ㄱㅅ: 'ㄳ', ㄴㅈ: 'ㄵ', ㄴㅎ: 'ㄶ', ㄹㄱ: 'ㄺ', ㄹㅁ: 'ㄻ', ㄹㅂ: 'ㄼ', ㄹㅅ: 'ㄽ', ㄹㅌ: 'ㄾ', ㄹㅍ: 'ㄿ', ㄹㅎ: 'ㅀ', ㅂㅅ: 'ㅄ',
}
// Conjoining jamo → compatibility jamo: initials U+1100–1112, medials U+1161–1175, finals U+11A8–11C2.
const CONJ_FINALS = 'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ'

function conjoiningToCompat(cp: number): number {
  if (cp >= 0x1100 && cp <= 0x1112) return CHO.charCodeAt(cp - 0x1100)
  if (cp >= 0x1161 && cp <= 0x1175) return VOWEL_FIRST + cp - 0x1161
  if (cp >= 0x11a8 && cp <= 0x11c2) return CONJ_FINALS.charCodeAt(cp - 0x11a8)
  return -1
}

const isVowel = (c: number | undefined) => c !== undefined && c >= VOWEL_FIRST && c <= VOWEL_LAST
const isSyllable = (c: number | undefined) => c !== undefined && c >= 0xac00 && c <= 0xd7a3

/** Accumulates normalised UTF-16 units with their original spans. */
class Builder {
  units: number[] = []
  starts: number[] = []
  ends: number[] = []

  push(unit: number, start: number, end: number) {
    this.units.push(unit)
    this.starts.push(start)
    this.ends.push(end)
  }

  space(newline: boolean, start: number, end: number) {
    const n = this.units.length
    const last = this.units[n - 1]
    if (last === SPACE || last === NEWLINE) {
      if (newline) this.units[n - 1] = NEWLINE
      return
    }
    this.push(newline ? NEWLINE : SPACE, start, end)
  }

  pushString(s: string, start: number, end: number) {
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k)
      if (c === SPACE || c === 0x3000 || c === 0xa0) this.space(false, start, end)
      else this.push(c, start, end)
    }
  }

  finish(source: string): NormalizedText {
    let text = ''
    for (let k = 0; k < this.units.length; k += 8192) {
      text += String.fromCharCode.apply(null, this.units.slice(k, k + 8192))
    }
    return { source, text, starts: this.starts, ends: this.ends }
  }
}

/** Pass 1: one original character at a time. */
function mapCharacters(input: string): Builder {
  const out = new Builder()
  for (let i = 0; i < input.length; ) {
    const cp = input.codePointAt(i)!
    const len = cp > 0xffff ? 2 : 1
    const end = i + len
    if (cp < 0x80) {
      if (cp >= 0x41 && cp <= 0x5a) out.push(cp + 32, i, end)
      else if (cp === 0x0a || cp === 0x0d) out.space(true, i, end)
      else if (cp === 0x20 || cp === 0x09 || cp === 0x0b || cp === 0x0c) out.space(false, i, end)
      else if (cp >= 0x20 && cp !== 0x7f) out.push(cp, i, end)
    } else if ((cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x3131 && cp <= 0x318e)) {
      out.push(cp, i, end)
    } else if (cp >= 0x1780 && cp <= 0x17ff && !isInvisible(cp)) {
      const d = foreignDigit(cp)
      out.push(d >= 0 ? d : cp, i, end)
    } else if (isInvisible(cp)) {
      // dropped
    } else if (isPictograph(cp)) {
      out.space(false, i, end)
    } else if (cp >= 0x0300 && cp <= 0x036f) {
      // combining accents: "Sihanoukvillé" matches "sihanoukville"
    } else if (cp >= 0x1100 && cp <= 0x11ff) {
      const c = conjoiningToCompat(cp)
      if (c >= 0) out.push(c, i, end)
    } else if (cp === 0x2028 || cp === 0x2029 || cp === 0x85) {
      out.space(true, i, end)
    } else {
      const d = foreignDigit(cp)
      if (d >= 0) {
        out.push(d, i, end)
        i = end
        continue
      }
      let s = String.fromCodePoint(cp).normalize('NFKC')
      if ((cp >= 0xc0 && cp <= 0x24f) || (cp >= 0x1e00 && cp <= 0x1eff)) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      s = s.toLowerCase()
      if (s.length === 1) {
        const c = s.charCodeAt(0)
        if (c >= 0x1100 && c <= 0x11ff) {
          const j = conjoiningToCompat(c)
          if (j >= 0) out.push(j, i, end)
        } else if (/\s/.test(s)) {
          out.space(false, i, end)
        } else {
          out.pushString(HOMOGLYPHS[s] ?? s, i, end)
        }
      } else {
        out.pushString(s, i, end)
      }
    }
    i = end
  }
  return out
}

/**
 * Pass 2: compose Hangul typed as separate jamo, as an input method would
 * ("ㅌㅔㄹㄹㅔ" → "텔레", "텔ㄹㅔ" → "텔레", "테ㄹ레" → "텔레"). Initials alone ("ㅌㄹ",
 * "ㄱㅅㅇ") cannot be composed and stay as they are; signal patterns list them.
 */
function composeJamo(b: Builder): Builder {
  const { units, starts, ends } = b
  const out = new Builder()
  const n = units.length
  for (let i = 0; i < n; ) {
    const c = units[i]!
    const cho = CHO.indexOf(String.fromCharCode(c))
    if (cho >= 0 && isVowel(units[i + 1])) {
      let vowel = String.fromCharCode(units[i + 1]!)
      let j = i + 2
      const compound = j < n ? COMPOUND_VOWEL[vowel + String.fromCharCode(units[j]!)] : undefined
      if (compound) {
        vowel = compound
        j++
      }
      let jong = 0
      if (j < n && !isVowel(units[j + 1])) {
        const t = JONG.indexOf(String.fromCharCode(units[j]!))
        if (t > 0) {
          jong = t
          j++
          if (j < n && !isVowel(units[j + 1])) {
            const both = COMPOUND_FINAL[JONG[t]! + String.fromCharCode(units[j]!)]
            if (both) {
              jong = JONG.indexOf(both)
              j++
            }
          }
        }
      }
      const syllable = 0xac00 + (cho * 21 + (vowel.charCodeAt(0) - VOWEL_FIRST)) * 28 + jong
      out.push(syllable, starts[i]!, ends[j - 1]!)
      i = j
      continue
    }
    // An open syllable followed by a lone final and another syllable: "테ㄹ레" → "텔레".
    if (isSyllable(c) && (c - 0xac00) % 28 === 0 && isSyllable(units[i + 2])) {
      const t = JONG.indexOf(String.fromCharCode(units[i + 1] ?? 0))
      if (t > 0) {
        out.push(c + t, starts[i]!, ends[i + 1]!)
        i += 2
        continue
      }
    }
    out.push(c, starts[i]!, ends[i]!)
    i++
  }
  return out
}

type CharClass = 0 | 1 | 2 | 3 | 4 // other, Latin letter, Hangul syllable, Hangul jamo, digit

function charClass(c: number): CharClass {
  if (c >= 0x61 && c <= 0x7a) return 1
  if (c >= 0xac00 && c <= 0xd7a3) return 2
  if (c >= 0x3131 && c <= 0x318e) return 3
  if (c >= 0x30 && c <= 0x39) return 4
  return 0
}

function isWordUnit(c: number): boolean {
  return charClass(c) !== 0 || (c >= 0x1780 && c <= 0x17dd) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xc0 && c <= 0x24f)
}

// Characters that may stand between spaced-out letters: "t.e.l.e", "텔-레", "t e l e".
const SPACING = new Set(' \n.-_*·•/|+~,:;\'"`^=#'.split('').map((s) => s.charCodeAt(0)))
// How many single letters in a row count as one spaced-out word. Two Latin letters in a
// row are ordinary ("a b"), two Hangul syllables spaced apart are already suspicious
// ("텔 레") and harmless to join because Korean patterns need no word boundaries.
const MIN_RUN: Record<CharClass, number> = { 0: Infinity, 1: 3, 2: 2, 3: 2, 4: 4 }

/** Pass 3 (optional): join letters spaced out to dodge filters. */
function joinSpacedLetters(b: Builder): Builder {
  const { units } = b
  const n = units.length
  const drop = new Uint8Array(n)
  // Tokens: maximal runs of word units.
  const tokens: { start: number; end: number }[] = []
  for (let i = 0; i < n; ) {
    if (!isWordUnit(units[i]!)) {
      i++
      continue
    }
    const start = i
    while (i < n && isWordUnit(units[i]!)) i++
    tokens.push({ start, end: i })
  }
  for (let k = 0; k < tokens.length; ) {
    const first = tokens[k]!
    const cls = first.end - first.start === 1 ? charClass(units[first.start]!) : 0
    let last = k
    if (cls !== 0) {
      while (last + 1 < tokens.length) {
        const a = tokens[last]!
        const next = tokens[last + 1]!
        if (next.end - next.start !== 1 || charClass(units[next.start]!) !== cls) break
        const gap = next.start - a.end
        if (gap < 1 || gap > 3) break
        let ok = true
        for (let g = a.end; g < next.start; g++) if (!SPACING.has(units[g]!)) ok = false
        if (!ok) break
        last++
      }
    }
    if (cls !== 0 && last - k + 1 >= MIN_RUN[cls]) {
      for (let t = k; t < last; t++) for (let g = tokens[t]!.end; g < tokens[t + 1]!.start; g++) drop[g] = 1
    }
    k = last + 1
  }
  const out = new Builder()
  for (let i = 0; i < n; i++) if (!drop[i]) out.push(units[i]!, b.starts[i]!, b.ends[i]!)
  return out
}

const isJamoUnit = (u: number) => u >= 0x3131 && u <= 0x3163

/**
 * Normalise a text for matching: lower case, NFKC (fullwidth → ASCII), foreign digits
 * (Khmer ០–៩ and others) → 0–9, invisible characters dropped, emoji → space, accents
 * folded, Cyrillic/Greek lookalikes → Latin, whitespace collapsed, Hangul jamo composed,
 * and with `despace` spaced-out letters joined. `starts`/`ends` map every normalised
 * unit back to the original text.
 */
export function normalizeText(input: string, opts: NormalizeOptions = {}): NormalizedText {
  let b = mapCharacters(input)
  if (b.units.some(isJamoUnit)) b = composeJamo(b)
  if (opts.despace) b = joinSpacedLetters(b)
  return b.finish(input)
}

/** The despaced view of an already normalised text (cheaper than normalising twice). */
export function despace(norm: NormalizedText): NormalizedText {
  const b = new Builder()
  for (let i = 0; i < norm.text.length; i++) b.push(norm.text.charCodeAt(i), norm.starts[i]!, norm.ends[i]!)
  return joinSpacedLetters(b).finish(norm.source)
}
