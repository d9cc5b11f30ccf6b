/**
 * The rule engine of the offer check: signals from patterns, roles, negation, pay, places
 * and contacts, added up as index.ts describes. checkOffer (index.ts) adds the learned layer.
 */
import type { AdvisoryLevel } from '../gazetteer'
import { matchPlaceTable } from '../place-table'
import { findIndicatorSpans, type Indicator } from './indicators'
import { despace, normalizeText, spanOf, type NormalizedText, type Span } from './normalize'
import { findSalaries, HOURS_PER_MONTH, type Currency, type Salary } from './salary'
import { COMPILED, NEGATION_AFTER, NEGATION_BEFORE, WEIGHTS, type SignalId } from './signals'
import { decideFrame, frameScores, type Frame } from './frame'
import { clauses, readHolders } from './roles'

export type Lang = 'ko' | 'km' | 'en'
export type Risk = 'high' | 'medium' | 'low'
export type Evidence = Span

export type OfferCheckResult = {
  risk: Risk
  score: number
  /**
   * Whether the text recruits the reader ("offer") or reports on recruitment ("report":
   * news, a notice, a warning, a testimony). A report is never rated high; its signs are
   * the wording it quotes, and its contacts are still looked up.
   */
  frame: Frame
  signals: { id: SignalId; weight: number; evidence: Evidence[] }[]
  indicators: Indicator[]
  places: { placeId: string; level: AdvisoryLevel | null; evidence: Evidence }[]
  /**
   * The learned layer (learned.ts): its probability that the text is a scam offer, and
   * whether it raised the level the rules gave. When it did, the page says the wording
   * resembles known scam offers; the signs shown are still only the rules' evidence.
   */
  learned: { probability: number; lifted: boolean; steps: 0 | 1 | 2 }
}

/** What the rules alone conclude. */
export type RuleResult = Omit<OfferCheckResult, 'learned'>

export const HIGH_AT = 4
export const MEDIUM_AT = 2
export const WEAK_CAP = 2

/** Pay judged unrealistic for a role that asks nothing: signals.md extreme_salary. */
export const UNREALISTIC_USD = 3000
/** ₩10m a month (MOFA 2025-10-31: "한 달에 1,000만 원") at the rate in salary.ts. */
export const EXTREME_USD = 6897
/** Lures quoted to Filipino, Malaysian and Vietnamese recruits start near $1,000 (facts.md §1.3). */
export const HIGH_PAY_USD = 1000
/** For a Khmer reader: several times the garment minimum wage (about $208) for unskilled work. */
export const HIGH_PAY_USD_KM = 700

const MAX_EVIDENCE = 8
/** Countries where the compounds are, or through which recruits are taken to them. */
const SCAM_REGION = new Set(['kh', 'mm', 'la', 'th'])
/** Destinations where ordinary wages are above the thresholds, so pay there is not judged. */
const HIGH_WAGE = new Set(['kr', 'jp', 'sg', 'au', 'ca', 'us', 'gb', 'de', 'is', 'nz', 'ae', 'hk'])
/** Wages paid in these are a high-wage country's (SGD 1,700 for a care assistant is no lure). */
const HIGH_WAGE_CURRENCY = new Set<Currency>(['SGD', 'AUD', 'JPY', 'CAD', 'EUR', 'GBP', 'HKD'])
/** A quotation: it opens after a non-letter and closes before one, so "don't" is no quotation mark. */
const QUOTED = /(?<![\p{L}\d])['"‘“«][^\n]*?['"’”»](?![\p{L}\d])/gu
const FREE_MAIL = /^(?:gmail|googlemail|yahoo|hotmail|outlook|live|msn|naver|daum|hanmail|kakao|icloud|me|proton|protonmail|qq|163|126|yandex|mail)\./
const NOT_CORPORATE = /(?:^|\.)(?:t\.me|telegram\.me|facebook\.com|fb\.com|fb\.me|tiktok\.com|instagram\.com|wa\.me|whatsapp\.com|line\.me|kakao\.com|bit\.ly|tinyurl\.com|linktr\.ee|forms\.gle|google\.com|blogspot\.com)$/

/** The reader's language, when the caller does not say: the script with most letters. */
export function detectLang(text: string): Lang {
  let hangul = 0
  let khmer = 0
  let latin = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e)) hangul++
    else if (c >= 0x1780 && c <= 0x17ff) khmer++
    else if (c >= 0x61 && c <= 0x7a) latin++
  }
  // A Hangul syllable carries about as much as 2–3 Latin letters.
  const ko = hangul * 2.5
  if (ko >= khmer && ko >= latin && ko > 0) return 'ko'
  if (khmer >= latin && khmer > 0) return 'km'
  return 'en'
}

function isNegated(text: string, from: number, to: number): boolean {
  return NEGATION_BEFORE.test(text.slice(Math.max(0, from - 32), from)) || NEGATION_AFTER.test(text.slice(to, to + 16))
}

class Findings {
  readonly evidence = new Map<SignalId, Evidence[]>()

  add(id: SignalId, span: Evidence) {
    let list = this.evidence.get(id)
    if (!list) this.evidence.set(id, (list = []))
    // One highlight per stretch of text: a span inside another adds nothing, a wider one replaces it.
    if (list.some((e) => e.start <= span.start && e.end >= span.end)) return
    for (let i = list.length - 1; i >= 0; i--) if (span.start <= list[i]!.start && span.end >= list[i]!.end) list.splice(i, 1)
    if (list.length < MAX_EVIDENCE) list.push(span)
  }

  has(id: SignalId): boolean {
    return this.evidence.has(id)
  }

  first(id: SignalId): Evidence | undefined {
    return this.evidence.get(id)?.[0]
  }
}

function matchPatterns(norm: NormalizedText, findings: Findings) {
  const text = norm.text
  for (const { id, re, negatable } of COMPILED) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      const from = m.index
      const to = from + m[0].length
      if (negatable && isNegated(text, from, to)) {
        // The twin of a negated requirement: "no degree needed" is no qualification asked.
        if (id === 'green.qualifications') findings.add('experience.none', spanOf(norm, from, to))
        continue
      }
      findings.add(id, spanOf(norm, from, to))
    }
  }
}

function judgePay(salaries: Salary[], lang: Lang, findings: Findings, region: { inScamRegion: boolean; highWageOnly: boolean }) {
  // A million dollars or more with no period is a sum (losses, proceeds), not a wage.
  const pay = salaries.filter((s) => s.kind === 'pay' && (s.stated || s.usdPerMonth.max < 1e6))
  if (pay.length === 0) return
  const evidence = ({ start, end, text }: Salary): Evidence => ({ start, end, text })
  const qualified = findings.has('green.qualifications')
  // An hourly wage up to $40 is what shops, cafés and freelance work pay somewhere: no lure on its
  // own, whatever it makes over a full-time month (blind sets 21 and 22: $11 an hour in Singapore,
  // $25 for a web developer). It can still be a realistic wage. Paid in a high-wage country's
  // currency (SGD 1,700 for a care assistant, S$4k for a games tester: blind set 39), the sum is
  // no lure either.
  const judged = pay.filter((s) => (s.period !== 'hour' || s.usdPerMonth.max > 40 * HOURS_PER_MONTH) && !HIGH_WAGE_CURRENCY.has(s.currency))
  const top = Math.max(0, ...judged.map((s) => s.usdPerMonth.max))
  const evidenceAbove = (usd: number) => judged.filter((s) => s.usdPerMonth.max >= usd).forEach((s) => findings.add('pay.unrealistic', evidence(s)))
  if (region.highWageOnly) {
    // Australian or Japanese wages are not a lure; only "realistic pay" is not claimed either.
    return
  }
  if (top >= UNREALISTIC_USD && !qualified) evidenceAbove(UNREALISTIC_USD)
  else if (top >= EXTREME_USD && region.inScamRegion) evidenceAbove(EXTREME_USD)
  else if (top >= (lang === 'km' ? HIGH_PAY_USD_KM : HIGH_PAY_USD) && !qualified && lang !== 'ko') {
    const high = lang === 'km' ? HIGH_PAY_USD_KM : HIGH_PAY_USD
    judged.filter((s) => s.usdPerMonth.max >= high).forEach((s) => findings.add('pay.high', evidence(s)))
  } else if (top < (lang === 'ko' ? UNREALISTIC_USD : lang === 'km' ? HIGH_PAY_USD_KM : HIGH_PAY_USD) && !findings.has('pay.guaranteed')) {
    // Only a stated wage ("ប្រាក់ខែ ២០៨ ដុល្លារ"), not any sum ("get $200 at once" for a bank account).
    pay.filter((s) => s.stated).forEach((s) => findings.add('green.realistic-pay', evidence(s)))
  }
}

/** Drop a signal's evidence lying inside [start, end) of the original text. */
function dropWithin(findings: Findings, id: SignalId, start: number, end: number) {
  const list = findings.evidence.get(id)
  if (!list) return
  const kept = list.filter((e) => e.start < start || e.end > end)
  kept.length ? findings.evidence.set(id, kept) : findings.evidence.delete(id)
}

/**
 * Who holds the passport or phone decides the sign (roles.ts): the company holding it is
 * red whatever reason it gives ("for work permit processing"), the worker keeping it is
 * green, a copy for a visa application is neither.
 */
function judgeHolders(norm: NormalizedText, findings: Findings) {
  // The worker keeping the passport is green only when the text says so (roles.ts):
  // "keep your passport ready" says nothing about who holds it later.
  findings.evidence.delete('green.passport-kept')
  for (const f of readHolders(norm.text)) {
    if (f.holder === 'none') continue
    const clause = spanOf(norm, f.clauseFrom, f.clauseTo)
    const red: SignalId = f.object === 'passport' ? 'passport.requested' : 'phone.taken'
    if (f.holder === 'company') {
      findings.add(red, spanOf(norm, f.from, f.to))
      dropWithin(findings, 'green.passport-kept', clause.start, clause.end)
      // A permit "processed" while the company holds the passport is the pretext, not a reassurance.
      dropWithin(findings, 'green.work-visa', clause.start, clause.end)
    } else {
      dropWithin(findings, red, clause.start, clause.end)
      if (f.object === 'passport') {
        dropWithin(findings, 'green.passport-kept', clause.start, clause.end)
        if (f.holder === 'worker') findings.add('green.passport-kept', spanOf(norm, f.from, f.to))
      }
    }
  }
}

/** Papers promised for after arrival: "after you arrive", "도착 후", "ពេលមកដល់". */
const AFTER_ARRIVAL = /(?:after|once|when) (?:you |u )?(?:arrive|get (?:here|there)|are here|land|reach)|(?:on|upon|after) arrival|after [^\n.]{0,24}probation|도착 ?(?:후|하면|해서|하시면)|입국 ?후|(?:ពេល |ក្រោយ )(?:មក |ទៅ )?ដល់|ដល់ ?ហើយ/

/** A clause that calls what it names a scam: "anyone who says no exam is needed is lying / it is all a scam". */
const CALLED_SCAM = /(?<![a-z])(?:is|are|it'?s) (?:all |always |just )?(?:a )?(?:scams?|fake|fraud|lies|lying|traps?|trafficking)(?![a-z])|(?:don'?t|do not|never|wag(?: ka)?|huwag) (?:believe|maniwala|maniniwala)|믿지 ?마|កុំ ?ជឿ|(?:다 |모두 |전부 )?사기(?:입니다|예요|이에요|다|임|꾼)(?![가-힣])|(?<!មិន ?មែន ?)(?:គឺ ?(?:ជា ?)?(?:ការ ?)?បោក|ជា ?ការ ?បោក ?ប្រាស់|បោក ?ទាំង ?អស់)/

/** A question asks and asserts nothing: "사업자등록번호라도 알 수 있을까요?", "Do you have a work permit?". */
const ASKED = /(?:까요|나요|습니까) ?$/

/**
 * Red evidence in a clause that calls it a scam is what the text warns about, not what it
 * offers; green evidence in a question (the reader asking for a registration number, a
 * contract) is no reassurance the recruiter gave.
 */
function dropCalledScams(norm: NormalizedText, findings: Findings) {
  const text = norm.text
  for (const [from, to] of clauses(text)) {
    const clause = text.slice(from, to)
    const red = CALLED_SCAM.test(clause)
    if (!red && text[to] !== '?' && !ASKED.test(clause)) continue
    const { start, end } = spanOf(norm, from, to)
    for (const id of [...findings.evidence.keys()]) if (WEIGHTS.get(id)!.weight > 0 === red) dropWithin(findings, id, start, end)
  }
}

type PlaceFinding = OfferCheckResult['places'][number] & { country: string; compounds: boolean }

/** What makes a named place telling (issue 11, point 4): the job or the journey around it. */
const PLACE_CONTEXT: SignalId[] = ['job.vague-it-cs', 'travel.free', 'travel.prepaid', 'pay.high', 'pay.unrealistic', 'pay.guaranteed', 'company.hidden', 'location.vague', 'visa.tourist', 'routing.indirect']
/** A special economic zone or a border crossing beside the place. */
const ZONE = /special economic zone|(?<![a-z])sez(?![a-z])|border|경제 ?특구|특별 ?경제 ?구역|국경|តំបន់ ?សេដ្ឋកិច្ច ?ពិសេស|ព្រំ ?ដែន/

/**
 * A place raises risk with what surrounds it, not by being named: an accounting job in
 * Phnom Penh with an office address stays low. A level-4 area is reported whatever
 * surrounds it (travelling there is banned); a compound area or a country in the region
 * only beside a vague job, paid travel, a pay lure, a hidden company, a tourist visa, an
 * indirect route, a special economic zone or a border.
 */
function judgePlaces(places: PlaceFinding[], findings: Findings, text: string) {
  const high = places.filter((p) => p.level === 4)
  // Only the most serious tier is reported; the others are in `places`.
  if (high.length) return high.forEach((p) => findings.add('location.high-risk', p.evidence))
  if (!PLACE_CONTEXT.some((id) => findings.has(id)) && !ZONE.test(text)) return
  // Beside a border or a zone, any place in the region is where the compounds are.
  const compound = places.filter((p) => p.level === 3 || p.compounds || (ZONE.test(text) && SCAM_REGION.has(p.country)))
  const region = places.filter((p) => SCAM_REGION.has(p.country))
  if (compound.length) compound.forEach((p) => findings.add('location.compound-area', p.evidence))
  else if (region.length) region.forEach((p) => findings.add('location.scam-region', p.evidence))
}

/** The rules' verdict on a text, and the despaced normalised text they read (for the learned layer). */
export function checkRules(text: string, opts: { lang?: Lang } = {}): { result: RuleResult; compact: string } {
  const light = normalizeText(text)
  const compact = despace(light)
  const lang = opts.lang ?? detectLang(light.text)
  const findings = new Findings()

  matchPatterns(compact, findings)
  judgeHolders(compact, findings)
  dropCalledScams(compact, findings)

  const places: PlaceFinding[] = matchPlaceTable(compact).map(({ placeId, level, country, compounds, start, end, text }) => ({
    placeId,
    level,
    evidence: { start, end, text },
    country,
    compounds,
  }))
  const inScamRegion = places.some((p) => SCAM_REGION.has(p.country))
  const highWageOnly = places.length > 0 && !inScamRegion && places.every((p) => HIGH_WAGE.has(p.country))

  judgePay(findSalaries(compact), lang, findings, { inScamRegion, highWageOnly })
  // A hotel job in Busan or Tokyo with a dormitory and "beginners welcome" is an ordinary job:
  // where wages are high, free lodging and no experience are no lure.
  if (highWageOnly) findings.evidence.delete('lodging.free'), findings.evidence.delete('experience.none')
  judgePlaces(places, findings, compact.text)

  const country = lang === 'km' || places.some((p) => p.country === 'kh') ? 'kh' : lang === 'ko' ? 'kr' : undefined
  const found = findIndicatorSpans(light, { country, telegramContext: findings.has('channel.telegram') })
  for (const f of found) {
    const host = f.type === 'email' ? f.value.split('@')[1]! : f.type === 'domain' ? f.value : ''
    if (host && !FREE_MAIL.test(host) && !NOT_CORPORATE.test(host)) findings.add('green.corporate-channel', spanOf(light, f.from, f.to))
  }

  // The canonical lure (signals.md): a messenger contact, a free or prepaid flight, another
  // lure, and a destination in the region — each weak alone, telling together.
  const messenger = findings.first('channel.telegram') ?? findings.first('channel.messenger')
  const flight = findings.first('travel.free') ?? findings.first('travel.prepaid')
  const lure = (['lodging.free', 'experience.none', 'job.vague-it-cs', 'pay.high', 'pay.unrealistic', 'pay.guaranteed'] as const).find((id) => findings.has(id))
  if (messenger && flight && lure && inScamRegion) {
    for (const e of [messenger, flight, findings.first(lure)!]) findings.add('combo.lure', e)
  }
  // Young women wanted as casino receptionists (Thai MFA): the role and the place together.
  const casino = /casino|카지노|កាស៊ីណូ|karaoke|ខារ៉ាអូខេ|ktv|노래방|룸살롱/.exec(compact.text)
  if (casino && findings.has('women.targeted')) {
    findings.add('combo.lure', findings.first('women.targeted')!)
    findings.add('combo.lure', spanOf(compact, casino.index, casino.index + casino[0].length))
  }
  // A wage is no reassurance inside the canonical lure.
  if (findings.has('combo.lure')) findings.evidence.delete('green.realistic-pay')

  // An official warning that quotes scam wording ("'비자 없이 …' 같은 광고는 취업사기입니다") is
  // a report: it keeps what it quotes, so the page can show the signs it warns about, and
  // is never rated high. Quoted red wording is itself a cue for a report.
  const frame = decideFrame(frameScores(compact.text, { quotedRed: quotedRedIn(text, findings), hasContact: found.length > 0 }))

  // A red flag that contradicts a green one wins: no official channel beside "no EPS needed",
  // no work visa beside a tourist entry, no realistic wage paid in crypto.
  if (findings.has('channel.bypass-official')) findings.evidence.delete('green.official-channel')
  if (findings.has('visa.tourist')) findings.evidence.delete('green.work-visa')
  if (findings.has('crypto')) findings.evidence.delete('green.realistic-pay')
  // An address "given after you accept" is no address.
  if (findings.has('company.hidden')) findings.evidence.delete('green.address')
  // A work permit that "comes after you arrive" is the tourist-entry pattern, not a reassurance,
  // unless the offer names the legal route anywhere: in Cambodia an E-class visa, then the work
  // permit (facts.md §5); elsewhere a work visa obtained before travel.
  if (!/e ?(?:\(business\) ?)?비자|e-?class|business visa|non-?(?:immigrant )?b(?![a-z])|(?<![a-z])e[- ]?visa|visa[^\n.]{0,30}before (?:you )?(?:travel|fly|depart)/.test(compact.text))
  for (const [from, to] of clauses(compact.text)) {
    const clause = compact.text.slice(from, to)
    if (!AFTER_ARRIVAL.test(clause)) continue
    const { start, end } = spanOf(compact, from, to)
    const permits = findings.evidence.get('green.work-visa')?.filter((e) => e.start >= start && e.end <= end)
    if (permits?.length) permits.forEach((e) => findings.add('contract.on-arrival', e)), dropWithin(findings, 'green.work-visa', start, end)
  }
  // Papers "sorted out on arrival" are neither a contract nor a work permit.
  if (findings.has('contract.on-arrival')) findings.evidence.delete('green.contract'), findings.evidence.delete('green.work-visa')

  return { result: score(findings, places, found, frame), compact: compact.text }
}

/** Whether any red evidence lies inside quotation marks of the original text. */
function quotedRedIn(text: string, findings: Findings): boolean {
  for (const m of text.matchAll(QUOTED))
    for (const [id, list] of findings.evidence)
      if (!id.startsWith('green') && list.some((e) => e.start >= m.index! && e.end <= m.index! + m[0].length)) return true
  return false
}

/** A result read in another frame: a report is never rated high (see score). */
export const withFrame = (result: RuleResult, frame: Frame): RuleResult => ({ ...result, frame, risk: frame === 'report' && result.risk === 'high' ? 'medium' : result.risk })

function score(findings: Findings, places: PlaceFinding[], found: { type: Indicator['type']; value: string }[], frame: Frame): RuleResult {
  let red = 0
  let weak = 0
  let green = 0
  const groups = new Map<string, number>()
  const signals: OfferCheckResult['signals'] = []
  for (const [id, evidence] of findings.evidence) {
    const def = WEIGHTS.get(id)!
    signals.push({ id, weight: def.weight, evidence: evidence.sort((a, b) => a.start - b.start) })
    if (def.tier === 'green') green += def.weight
    else if (def.tier === 'weak') weak += def.weight
    else if (def.group) groups.set(def.group, Math.max(groups.get(def.group) ?? 0, def.weight))
    else red += def.weight
  }
  for (const w of groups.values()) red += w
  // A decisive sign (a border crossed at night, the passport kept) is not cancelled by
  // an address or a plausible wage: beside it only the weightier reassurances count
  // (a work visa, an official channel, a licensed agency).
  if (signals.some((s) => s.weight >= HIGH_AT)) green -= signals.filter((s) => s.weight === -1).reduce((n, s) => n + s.weight, 0)
  const total = Math.round((red + Math.min(weak, WEAK_CAP) + green) * 10) / 10
  const tierOrder = { strong: 0, medium: 1, weak: 2, green: 3 }
  signals.sort((a, b) => {
    const ta = tierOrder[WEIGHTS.get(a.id)!.tier]
    const tb = tierOrder[WEIGHTS.get(b.id)!.tier]
    return ta - tb || a.evidence[0]!.start - b.evidence[0]!.start
  })
  const risk: Risk = total >= HIGH_AT ? 'high' : total >= MEDIUM_AT ? 'medium' : 'low'
  // A report quotes the signs; it does not carry them to the reader.
  return withFrame({
    risk,
    score: total,
    frame,
    signals,
    indicators: found.map(({ type, value }) => ({ type, value })),
    places: places.map(({ placeId, level, evidence }) => ({ placeId, level, evidence })),
  }, frame)
}
