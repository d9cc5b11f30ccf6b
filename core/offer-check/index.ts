/**
 * The job-offer check: reads a pasted ad or chat in Korean, Khmer, English or a mix,
 * and returns the warning signs it carries with the exact words that triggered each,
 * the recruiter contacts in it and the places it names with their travel-advisory level.
 * Pure and synchronous: it runs in the browser (the text never leaves the device) and in
 * the Worker for `POST /api/v1/offer-checks`.
 *
 * ## Scoring
 *
 * Each signal has a weight (signals.ts), starting from signals.md and checked against the
 * labelled corpus in tests/fixtures/offers:
 *
 * - decisive red flags +4, signs no honest offer carries, so each alone means "high":
 *   an explicit scam role (로맨스 채팅, 리딩방, gambling site), a money-mule request,
 *   secrecy instructions, a passport asked for first or kept by the company, the phone
 *   handed in or kept by the company, an irregular border crossing, a Korea job that
 *   bypasses EPS, a denial of detention ("감금 없음");
 * - strong red flags +3: a tourist visa or no visa, pay that
 *   is unrealistic for the role (≥ ₩10m a month, or ≥ $3,000 a month with no
 *   qualification asked), a level-4 destination (honest texts can name these: a warning,
 *   a legal factory in Bavet);
 * - medium red flags +2: high pay for unskilled work (≥ $1,000 a month, for readers of
 *   Khmer or English), promised income, Telegram or another messenger as the contact,
 *   reassurance ("100% safe"), urgent departure, hidden company or location, contract only
 *   on arrival, no real screening, crypto sales, travel paid first or owed back, an
 *   indirect route, fees, a known compound area (level 3 or raided) beside a vague job or
 *   paid travel (see judgePlaces: a place named alone is not a sign), and the canonical
 *   combination (messenger + free flight + a lure + Cambodia/Myanmar/Laos/Thailand);
 * - weak red flags +1 each, but **together at most +2** (`WEAK_CAP`): free flight,
 *   lodging, no experience, no language, any age or sex, a vague CS/typing title, women
 *   targeted, visa "handled", a friend's referral, a place in the region, no clear
 *   destination. They are common in honest ads, so on their own they never reach "high";
 * - green flags −1 to −3: official channels (WorldJob+, EPS via MTOSB, NEA…), government
 *   programmes, a named work visa or permit, a licensed agency, a registered employer,
 *   a written contract, real interviews, qualifications asked, benefits, no fees, an
 *   address, a company email or site, no relocation, the passport kept by the worker,
 *   realistic pay.
 *
 * Signals in one group (Telegram and other messengers) count once. A green flag is
 * dropped when a red flag contradicts it ("no EPS needed" is not an official channel; a
 * work permit "sorted out on arrival" is neither a work visa nor a contract).
 *
 * Warnings quote scams: "'비자 없이 리조트 알바 가능' 같은 광고는 취업사기입니다". Such a text
 * is framed a report (frame.ts; quoted red wording is one of its cues) and never rated
 * high; a clause that calls what it names a scam ("… is all a scam", គឺបោក) drops those signs.
 *
 * ## Meaning, not phrases (issue 11)
 *
 * - Roles (roles.ts): who holds the passport or phone decides the sign; the company
 *   holding it is red whatever the pretext, the worker keeping it green, a copy asked
 *   for a visa application neither.
 * - Negation: a cue negates a sign in its clause ("no degree needed", "경력 무관",
 *   "មិនត្រូវការសញ្ញាបត្រ"); a negated qualification becomes "no qualification asked".
 * - Frame (frame.ts): an offer recruits the reader; a report (news, notice, warning,
 *   testimony) quotes offers. A report keeps the signs it quotes but is never "high".
 *
 *     score = Σ strong + Σ medium + min(Σ weak, 2) + Σ green
 *     risk  = high if score ≥ 4, medium if score ≥ 2, else low
 *
 * So "high" needs a decisive sign, or a strong sign and something more, or two medium
 * signs; weak signs alone stop at "medium" (2 < 4).
 *
 * ## The learned layer (learned.ts)
 *
 * A logistic regression over the text's character n-grams and its frame, trained on the
 * corpus (`npm run train:offer-check`), then lifts the rule level when its probability is
 * high enough: medium → high (only for an offer, never a report or unclear text), low → medium
 * (never when the rules found net reassuring signs), and low → high for an offer in which the
 * rules found nothing reassuring and whose wording closely resembles scam offers. It never lowers a level and adds no evidence: the
 * signs shown are the rules'; `learned.lifted` lets the page say the wording resembles scam
 * offers. The rule files live in rules.ts (judging), signals.ts (catalogue) and
 * signal-patterns.ts (the words).
 */
import { combine, features, probability, reframe, type Model } from './learned'
import { FRAME_MODEL, MODEL } from './learned-weights'
import { checkRules, withFrame, type Lang, type OfferCheckResult } from './rules'

export { SIGNALS, WEIGHTS, type SignalDef, type SignalId, type SignalTier } from './signals'
export { parseSalaries, type Salary, type Currency, type PayPeriod } from './salary'
export { extractIndicators, type Indicator, type IndicatorType } from './indicators'
export { normalizeText, type NormalizedText, type Span } from './normalize'
export { type Frame } from './frame'
export { readHolders, type Holder, type RoleFinding } from './roles'
export { HIGH_AT, MEDIUM_AT, WEAK_CAP, UNREALISTIC_USD, EXTREME_USD, HIGH_PAY_USD, HIGH_PAY_USD_KM, detectLang } from './rules'
export type { Lang, Risk, Evidence, OfferCheckResult, RuleResult } from './rules'
export { combine, probability, reframe, LIFT_HIGH, LIFT_MEDIUM, LIFT_TWO, REPORT_AT, REPORT_AT_AGREED, type Model, type Features } from './learned'
export { withFrame } from './rules'

/**
 * Check a job offer or recruiter chat. `opts.lang` is the reader's language (pay
 * thresholds depend on it); without it the script of the text decides. `opts.model` is
 * and `opts.frameModel` a frame table other than the shipped ones (the bench's cross-validation
 * trains its own). Evidence offsets are UTF-16 offsets into `text`, and `text.slice(start, end)`
 * is the evidence text.
 */
export function checkOffer(text: string, opts: { lang?: Lang; model?: Model; frameModel?: Model } = {}): OfferCheckResult {
  const model = opts.model ?? MODEL
  const { result: rules, compact } = checkRules(text, opts)
  // The scam table reads the rules' frame, as it was trained; the frame table only the n-grams.
  const f = features(compact, rules.frame, model.buckets)
  const p = probability(f, model)
  const result = withFrame(rules, reframe(rules.frame, probability({ ngrams: f.ngrams, extra: [] }, opts.frameModel ?? FRAME_MODEL), p))
  const { risk, lifted, steps } = combine(result, p)
  return { ...result, risk, learned: { probability: Math.round(p * 1000) / 1000, lifted, steps } }
}

/** The learned layer's inputs for a text, for training (train.ts) and the bench: the rules' result, before any reframing. */
export function learnedFeatures(text: string, opts: { lang?: Lang }, buckets: number) {
  const { result, compact } = checkRules(text, opts)
  return { rule: result, features: features(compact, result.frame, buckets) }
}
