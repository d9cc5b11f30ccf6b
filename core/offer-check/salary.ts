/**
 * Salaries (and fees) in job-offer text, with units and periods, converted to an
 * approximate US dollars per month so "unrealistic pay" can be judged the way the
 * sources judge it (signals.md extreme_salary: ≥ ₩10m a month, or ≥ $3,000 for a
 * no-experience role).
 *
 * Reads: 1,500만원 · 4천500만 원 · 1억 · 천만원 · 월 천 · 월 1500 (만원 implied) · ₩/KRW/원 ·
 * $/USD/US$/달러/불 · ដុល្លារ/រៀល/៛/វ៉ុន · baht, peso, ringgit, yuan, yen, dong, SGD, AUD… ·
 * k/m/million/លាន · ranges "1500~3000만", "$3,000-5,000", "ពី ៥០០ ដល់ ៨០០" · periods per
 * hour/day/week/month/year (시급, 일당, 주급, 월, 연봉, ក្នុងមួយថ្ងៃ…) and "3개월만 하면 1억".
 */
import { normalizeText, spanOf, type NormalizedText } from './normalize'
import { raw } from './regex'

export type Currency = 'USD' | 'KRW' | 'KHR' | 'THB' | 'PHP' | 'VND' | 'MYR' | 'CNY' | 'JPY' | 'SGD' | 'AUD' | 'CAD' | 'EUR' | 'GBP' | 'AED' | 'HKD'
export type PayPeriod = 'hour' | 'day' | 'week' | 'month' | 'year' | 'months'

export type Salary = {
  /** UTF-16 offsets into the original text. */
  start: number
  end: number
  text: string
  min: number
  max: number
  currency: Currency
  period: PayPeriod
  /** For `period: 'months'`: a total over this many months ("3개월만 하면 1억"). */
  months?: number
  /** Approximate US dollars per month. */
  usdPerMonth: { min: number; max: number }
  /** A fee the job seeker is asked to pay, not pay they receive. */
  kind: 'pay' | 'fee'
  /** A period or a pay word is written next to it ("월급", "/month", "ប្រាក់ខែ"), not just a sum of money. */
  stated: boolean
}

/**
 * Each currency a line: its code, its units per US dollar (rough late-2025 rates; they only
 * decide orders of magnitude — is this ₩15m or $3,000? — so a few percent either way changes
 * nothing), then the ways it is written.
 */
const CURRENCIES = `USD 1 $ usd us$ u$ 달러 불 dollar dollars bucks ដុល្លារ
KRW 1450 ₩ krw 원 won វ៉ុន
KHR 4050 ៛ khr រៀល
THB 32.5 ฿ thb baht 바트 បាត
PHP 58 ₱ php p peso pesos 페소 ប៉េសូ
VND 26000 vnd ₫ dong đồng 동
MYR 4.2 rm myr ringgit 링깃 រីងហ្គីត
CNY 7.1 rmb cny yuan 위안
JPY 150 ¥ jpy 엔 円 yen យ៉េន
SGD 1.3 s$ sgd
AUD 1.53 a$ aud
CAD 1.4 c$ cad
EUR 0.86 eur euro euros 유로 €
GBP 0.75 gbp pound pounds £
AED 3.67 aed dirham dirhams
HKD 7.8 hk$ hkd`

export const UNITS_PER_USD = {} as Record<Currency, number>
const CURRENCY_OF: Record<string, Currency> = {}
for (const line of CURRENCIES.split('\n')) {
  const [code, rate, ...names] = line.split(' ') as [Currency, string, ...string[]]
  UNITS_PER_USD[code] = +rate
  for (const name of names) CURRENCY_OF[name] = code
}

// Working time per month: 22 working days of 8 hours (a lure quoted per day or hour
// is judged as if it were worked full time).
export const HOURS_PER_MONTH = 176
const PER_MONTH: Record<Exclude<PayPeriod, 'months'>, number> = { hour: HOURS_PER_MONTH, day: 22, week: 52 / 12, month: 1, year: 1 / 12 }

const NUM = raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`
// Korean units, 천만 before 천 (the alternation takes the first that fits).
const KO_VALUE: Record<string, number> = { 천만: 1e7, 백만: 1e6, 천: 1e3, 백: 1e2, 만: 1e4, 억: 1e8 }
const KO_UNIT = Object.keys(KO_VALUE).join('|')
const PREFIX = raw`us ?\$|u\$|s\$|a\$|c\$|hk\$|\$|usd|₩|krw|₱|php|p(?=\d)|฿|thb|vnd|₫|rmb|rm|myr|¥|cny|jpy|sgd|aud|cad|eur|€|gbp|£|aed|hkd|៛|khr`
const MULTIPLIER: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mil: 1e6, million: 1e6, triệu: 1e6, lakh: 1e5, លាន: 1e6, ពាន់: 1e3, ម៉ឺន: 1e4, សែន: 1e5,
}
// Any order: each is followed by (?![a-z]) in AMOUNT, so "m" never takes the start of "million".
const MULT = Object.keys(MULTIPLIER).join('|')
const SUFFIX = raw`원|won|달러|불(?![가법필편안만])|dollars?|bucks|usd|us ?\$|\$|baht|바트|thb|pesos?|php|페소|vnd|dong|đồng|동(?![가-힣])|ringgit|rmb|rm|myr|링깃|yuan|위안|엔(?![지터진])|円|yen|jpy|sgd|aud|cad|eur|euros?|유로|gbp|pounds?|aed|dirhams?|hkd|ដុល្លារ|រៀល|៛|វ៉ុន|បាត|រីងហ្គីត|ប៉េសូ|យ៉េន|€|£`
const AMOUNT = new RegExp(
  raw`(?<![a-z0-9.,_/@#])(?:(${PREFIX}) ?)?(${NUM})((?: ?(?:\d+(?:\.\d+)? ?)?(?:${KO_UNIT}))*)(?: ?(${MULT})(?![a-z]))?(?: ?(${SUFFIX}))?`,
  'g',
)
// Korean amounts written without digits: 천만원, 백만원, 억 원.
const KO_WORD_AMOUNT = /(?<![가-힣0-9])(천만|백만|일억|억) ?원/g
// "월 천" is slang for ₩10m a month; "월 천만".
const KO_SLANG = /(?<![0-9가-힣])(월급?|한 ?달에?|매달) ?(천만|천)(?! ?[명개건회번년세살일시분원])/g


/** "4" + "천500만" → 45,000,000 (Korean groups numbers by 만 and 억). */
function koreanValue(first: number, chain: string): number {
  let total = 0
  let section = 0
  let isFirst = true
  for (const m of chain.matchAll(/(\d+(?:\.\d+)?)? ?(천만|백만|천|백|만|억)/g)) {
    const n = m[1] ? Number(m[1]) : isFirst ? first : 1
    isFirst = false
    const unit = m[2]!
    if (unit === '천' || unit === '백') section += n * KO_VALUE[unit]!
    else {
      total += (section + n) * KO_VALUE[unit]!
      section = 0
    }
  }
  return total + section
}

type Candidate = {
  from: number
  to: number
  value: number
  /** Value of the bare number, to apply another amount's unit to it in a range. */
  raw: number
  currency?: Currency
  /** The amount has its own money unit (currency or Korean 만/억). */
  money: boolean
  /** A currency is written (not only a Korean 만/억). */
  explicit: boolean
  /** Korean 천 with no 만: "월 1천" (slang for 천만). */
  thousandOnly?: boolean
  /** Its own multiplier, unapplied for want of a currency: the 80 ម៉ឺន of "៨០ម៉ឺន-១លានរៀល". */
  unit?: number
}

function currencyOf(token: string | undefined): Currency | undefined {
  if (!token) return undefined
  return CURRENCY_OF[token.replace(/ /g, '')]
}

function scanCandidates(text: string): Candidate[] {
  const found: Candidate[] = []
  // "25k/hour" in a Vietnamese post is dong, not dollars; "36k/month" in a post that prices
  // anything else in baht is baht (a Chiang Mai school's salary, blind set 33).
  const perPeriodCurrency: Currency = /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựđ]|triệu/.test(text) ? 'VND' : /thb|baht|฿/.test(text) ? 'THB' : 'USD'
  AMOUNT.lastIndex = 0
  for (let m = AMOUNT.exec(text); m; m = AMOUNT.exec(text)) {
    if (m[0].length === 0) {
      AMOUNT.lastIndex++
      continue
    }
    const [whole, pre, num, chain, mult, suf] = m
    const raw = Number(num!.replace(/,/g, ''))
    if (!Number.isFinite(raw)) continue
    const currency = currencyOf(pre) ?? currencyOf(suf)
    let value = chain ? koreanValue(raw, chain) : raw
    // "k"/"m" only mean thousand/million next to a currency ("$3k") or a pay period
    // ("4k/month", read as dollars); "5 m" is five metres.
    const end = m.index + whole!.length
    const perPeriod = !currency && !!mult && AFTER_PERIOD.some(([re]) => re.test(text.slice(end, end + 12)))
    if (mult && (currency || perPeriod)) value *= MULTIPLIER[mult] ?? 1
    const bigKorean = !!chain && /만|억/.test(chain)
    let to = m.index + whole!.length
    // Trailing spaces belong to the next token, not to the amount.
    while (to > m.index && text[to - 1] === ' ') to--
    found.push({
      from: m.index,
      to,
      value,
      raw,
      currency: currency ?? (bigKorean ? 'KRW' : perPeriod ? perPeriodCurrency : undefined),
      money: !!currency || bigKorean || perPeriod,
      explicit: !!currency,
      thousandOnly: chain === '천' || chain === ' 천',
      unit: mult && !(currency || perPeriod) ? MULTIPLIER[mult] : undefined,
    })
  }
  return found
}

const RANGE_GAP = /^ ?(?:~|-|–|—|to|부터|에서|ដល់) ?$/

/** Merge "A ~ B" into one candidate, sharing the unit and currency of whichever has them. */
function mergeRanges(text: string, cands: Candidate[]): (Candidate & { min: number; max: number })[] {
  const out: (Candidate & { min: number; max: number })[] = []
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!
    const b = cands[i + 1]
    if (b && RANGE_GAP.test(text.slice(a.to, b.from)) && (a.money || b.money)) {
      const scaleA = a.raw ? a.value / a.raw : 1
      const scaleB = b.raw ? b.value / b.raw : 1
      const lo = a.money ? a.value : a.unit ? a.value * a.unit : a.raw * scaleB
      const hi = b.money ? b.value : b.unit ? b.value * b.unit : b.raw * scaleA
      out.push({ ...a, to: b.to, currency: a.currency ?? b.currency, money: true, explicit: a.explicit || b.explicit, min: Math.min(lo, hi), max: Math.max(lo, hi) })
      i++
      continue
    }
    out.push({ ...a, min: a.value, max: a.value })
  }
  return out
}

const SLANG_BEFORE = /(?:^|[^0-9가-힣])(?:월급?|급여|월 ?기본|기본급|월평균|한 ?달에?|매달|세후|세전|실수령) ?$/
const SLANG_AFTER_STOP = /^ ?[명개건회번년세살일시분주%위등층차호]/
const COUNTER_AFTER = /^ ?[명개건회번세살곳배%]/

// Periods written after an amount: "$100/day", "3,000 a month", "ក្នុងមួយថ្ងៃ".
const AFTER_PERIOD: [RegExp, PayPeriod][] = [
  [/^ ?(?:\/ ?|per |a |an |each |every )(?:month|mo(?![a-z]))|^ ?monthly|^ ?(?:\/ ?)?(?:월|달)(?![가-힣])|^ ?(?:ក្នុង ?(?:មួយ|1) ?|ប្រចាំ|\/ ?)ខែ|^ ?p\.?m(?![a-z])/, 'month'],
  [/^ ?(?:\/ ?|per |a |each )day|^ ?daily|^ ?\/ ?일|^ ?(?:ក្នុង ?(?:មួយ|1) ?|ប្រចាំ|\/ ?)ថ្ងៃ/, 'day'],
  [/^ ?(?:\/ ?|per |an |each )(?:hour|hr|h(?![a-z]))|^ ?hourly|^ ?\/ ?시간|^ ?(?:ក្នុង ?(?:មួយ|1) ?)ម៉ោង/, 'hour'],
  [/^ ?(?:\/ ?|per |a |each )(?:week|wk)|^ ?weekly|^ ?\/ ?주|^ ?(?:ក្នុង ?(?:មួយ|1) ?|ប្រចាំ)សប្តាហ៍/, 'week'],
  [/^ ?(?:\/ ?|per |a |each )(?:year|yr|annum)|^ ?(?:annually|yearly|p\.?a\.?(?![a-z]))|^ ?\/ ?(?:년|연)|^ ?(?:ក្នុង ?(?:មួយ|1) ?|ប្រចាំ)ឆ្នាំ/, 'year'],
]
// Periods written before: the last one before the amount wins.
const BEFORE_PERIOD = new RegExp(
  [
    raw`(?<month>월급|월평균|월 ?기본|매월|매달|한 ?달|(?<![가-힣0-9])월(?![가-힣])|monthly|per month|a month|month|ប្រាក់ខែ|ប្រចាំខែ|ខែ)`,
    raw`(?<day>일당|일급|하루|daily|per day|ប្រចាំថ្ងៃ|ថ្ងៃ)`,
    raw`(?<hour>시급|시간당|hourly|per hour|ម៉ោង)`,
    raw`(?<week>주급|weekly|per week|សប្តាហ៍)`,
    raw`(?<year>연봉|연간|annual|yearly|per year|ឆ្នាំ)`,
  ].join('|'),
  'g',
)
const MONTHS_TOTAL = /(\d+) ?(?:개월|달|months?|ខែ)(?:만| only)? ?(?:하면|일하면|in|of work)?[^\n]{0,6}$/

const FEE_WORD = /수수료|보증금|선입금|가입비|등록비|교육비|공제|위약금|배상|fees?(?![a-z])|deposit|(?<![a-z])cost|levy|(?<![a-z])pay us|up ?front|ថ្លៃ|បង់|ទារ|កក់/g
// "pay" after "must" or "(have|need) to" is the recruit paying ("if you cancel you must pay $800 for the
// ticket", blind set 38), not a wage: `(?<!t )`.
const PAY_WORD = /월급|급여|연봉|시급|일당|일급|주급|월평균|수입|벌|보장|salary|(?<![a-z])(?<!t )pay(?! us)|wage|income|earn|stipend|ប្រាក់ខែ|ប្រាក់ចំណូល|ប្រាក់ឈ្នួល|ចំណូល/g
const FINE = /벌금|과태료|(?<![a-z])fine[ds]?(?![a-z])|penalt|ពិន័យ/
/** "a ₩10m fine", "1천만 원 이하의 벌금", "벌금 천만원": a penalty in a notice, not pay. */
const isFine = (text: string, from: number, to: number) => FINE.test(text.slice(Math.max(0, from - 14), to + 12))
const FEE_AFTER = /^ ?(?:을|를|의)? ?(?:선입금|수수료|보증금|up ?front|fee|deposit|បង់មុន)/

function lastIndex(re: RegExp, s: string): number {
  re.lastIndex = 0
  let at = -1
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index + m[0].length
  return at
}

function periodOf(text: string, from: number, to: number): { period: PayPeriod; months?: number; stated: boolean } {
  const after = text.slice(to, to + 16).split('\n')[0]!
  for (const [re, period] of AFTER_PERIOD) if (re.test(after)) return { period, stated: true }
  const before = text.slice(Math.max(0, from - 18), from).split('\n').pop()!
  const total = MONTHS_TOTAL.exec(before)
  if (total && Number(total[1]) > 0) return { period: 'months', months: Number(total[1]), stated: true }
  let period: PayPeriod | undefined
  BEFORE_PERIOD.lastIndex = 0
  for (let m = BEFORE_PERIOD.exec(before); m; m = BEFORE_PERIOD.exec(before)) {
    const g = m.groups!
    period = g.month ? 'month' : g.day ? 'day' : g.hour ? 'hour' : g.week ? 'week' : 'year'
  }
  return { period: period ?? 'month', stated: !!period || lastIndex(PAY_WORD, before) >= 0 }
}

function kindOf(text: string, from: number, to: number): 'pay' | 'fee' {
  const before = text.slice(Math.max(0, from - 16), from).split('\n').pop()!
  const fee = lastIndex(FEE_WORD, before)
  const pay = lastIndex(PAY_WORD, before)
  if (fee >= 0 && fee > pay) return 'fee'
  if (FEE_AFTER.test(text.slice(to, to + 10))) return 'fee'
  return 'pay'
}

function toSalary(norm: NormalizedText, from: number, to: number, min: number, max: number, currency: Currency): Salary {
  const { period, months, stated } = periodOf(norm.text, from, to)
  const factor = period === 'months' ? 1 / months! : PER_MONTH[period]
  const rate = UNITS_PER_USD[currency]
  const span = spanOf(norm, from, to)
  return {
    ...span,
    min,
    max,
    currency,
    period,
    ...(months ? { months } : {}),
    usdPerMonth: { min: Math.round((min * factor) / rate), max: Math.round((max * factor) / rate) },
    kind: kindOf(norm.text, from, to),
    stated,
  }
}

/** Salaries and fees in a normalised text, in order of appearance. */
export function findSalaries(norm: NormalizedText): Salary[] {
  const text = norm.text
  const salaries: Salary[] = []
  const taken: [number, number][] = []
  for (const c of mergeRanges(text, scanCandidates(text))) {
    let { min, max, currency, money } = c
    if (!money) {
      const before = text.slice(Math.max(0, c.from - 10), c.from)
      if (!SLANG_BEFORE.test(before) || SLANG_AFTER_STOP.test(text.slice(c.to, c.to + 3))) continue
      if (c.thousandOnly) {
        // "월 1천" = ₩10m: 천 here stands for 천만.
        min *= 1e4
        max *= 1e4
      } else if (Number.isInteger(c.raw) && c.raw >= 50 && c.raw <= 9999) {
        // "월 1500" = ₩15m: Korean ads quote pay in 만원.
        min *= 1e4
        max *= 1e4
      } else continue
      currency = 'KRW'
    }
    if (!currency || max <= 0) continue
    if (isFine(text, c.from, c.to)) continue
    // "3만 명" counts people, not won.
    if (!c.explicit && COUNTER_AFTER.test(text.slice(c.to, c.to + 3))) continue
    salaries.push(toSalary(norm, c.from, c.to, min, max, currency))
    taken.push([c.from, c.to])
  }
  for (const re of [KO_WORD_AMOUNT, KO_SLANG]) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const unit = re === KO_SLANG ? m[2]! : m[1]!
      const from = re === KO_SLANG ? m.index + m[0].indexOf(unit) : m.index
      const to = m.index + m[0].length
      if (taken.some(([a, b]) => from < b && to > a) || isFine(text, from, to)) continue
      const value = unit === '천' ? 1e7 : unit === '일억' ? 1e8 : KO_VALUE[unit]!
      salaries.push(toSalary(norm, from, to, value, value, 'KRW'))
    }
  }
  return salaries.sort((a, b) => a.start - b.start)
}

/**
 * Parse the salaries (and fees) in a job offer. Offsets are UTF-16 offsets into `text`.
 *
 * @example parseSalaries('월평균 1500만~3000만원')[0].usdPerMonth // { min: 10345, max: 20690 }
 */
export function parseSalaries(text: string): Salary[] {
  return findSalaries(normalizeText(text))
}
