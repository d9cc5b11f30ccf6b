/**
 * The warning signs and reassuring signs the offer check looks for, with their weights,
 * the sources that document them (../shared/domain/facts.md, signals.md) and the words
 * that reveal them in Korean, Khmer and English.
 *
 * Ids are stable: the check page, locale keys (`check.signal.<id>.title` / `.why`) and
 * stored reports refer to them. Patterns run on the normalised, despaced text (see
 * normalize.ts): lower case, ASCII digits, one space between words, "텔 레" already "텔레".
 * Khmer wording is our translation of documented patterns: no Khmer-language ad source
 * was found (facts.md §1.3) and it needs native review.
 */
import { groups, raw, sp } from './regex'
import { EN, KM, KO } from './signal-patterns'

export type SignalTier = 'strong' | 'medium' | 'weak' | 'green'

export type SignalId =
  | 'role.scam-explicit' | 'money.mule' | 'secrecy' | 'passport.requested' | 'visa.tourist' | 'border.irregular'
  | 'channel.bypass-official' | 'pay.unrealistic' | 'location.high-risk'
  | 'reassurance.no-detention' | 'phone.taken'
  | 'pay.high' | 'pay.guaranteed' | 'channel.telegram' | 'channel.messenger' | 'reassurance' | 'urgency.departure'
  | 'company.hidden' | 'contract.on-arrival' | 'screening.minimal' | 'crypto' | 'travel.prepaid' | 'travel.debt'
  | 'routing.indirect' | 'fees.upfront' | 'location.compound-area' | 'combo.lure'
  | 'travel.free' | 'lodging.free' | 'experience.none' | 'language.none' | 'demographic.any' | 'job.vague-it-cs'
  | 'women.targeted' | 'visa.handled' | 'referral.friend' | 'location.scam-region' | 'location.vague'
  | 'green.official-channel' | 'green.government-program' | 'green.work-visa' | 'green.licensed-agency'
  | 'green.registered-employer' | 'green.contract' | 'green.interview' | 'green.qualifications' | 'green.benefits'
  | 'green.no-fee' | 'green.address' | 'green.corporate-channel' | 'green.no-relocation' | 'green.passport-kept'
  | 'green.realistic-pay'

export type SignalDef = {
  id: SignalId
  /** Positive pushes toward a scam, negative toward a legitimate offer. */
  weight: number
  tier: SignalTier
  category: 'red' | 'green'
  /** Locale keys for the check page (values live in locales/*.json). */
  titleKey: `check.signal.${string}.title`
  whyKey: `check.signal.${string}.why`
  sources: string[]
  /** Signals in one group count once: the heaviest of them. */
  group?: 'channel'
  /**
   * The source the check page cites: a publisher a reader would trust (locale key
   * `check.publisher.<publisher>`) and the page where it says so. Never a code host.
   */
  citation: { publisher: Publisher; url: string }
}

/** Publishers the check page names (facts.md); each has a locale key `check.publisher.<id>`. */
export const PUBLISHERS = ['mofa', 'knpa', 'ohchr', 'molvt', 'central', 'sbs', 'thefact', 'newsis', 'kenya', 'phbi', 'indiamea', 'thaimfa', 'univ'] as const
export type Publisher = (typeof PUBLISHERS)[number]

type Def = [id: SignalId, weight: number, group?: 'channel']

/** A signal's tier follows from its weight, as in signals.md: +3 and +4 strong, +2 medium, +1 weak, below 0 green. */
export const tierOf = (weight: number): SignalTier => (weight < 0 ? 'green' : weight > 2 ? 'strong' : weight > 1 ? 'medium' : 'weak')
export type SignalWeight = Pick<SignalDef, 'id' | 'weight' | 'tier' | 'group'>

// Weights start from signals.md (strong +3, medium +2, weak +1; green −1…−3) and were
// checked against the labelled corpus in tests/fixtures/offers; see index.ts for how
// they add up.
const DEFS: Def[] = [
  // +4: signs no honest offer carries, so each alone is enough for "high".
  ['role.scam-explicit', 4],
  ['money.mule', 4],
  ['secrecy', 4],
  ['passport.requested', 4],
  ['border.irregular', 4],
  ['channel.bypass-official', 4],
  // Denying detention or beatings ("감금·폭행 없음") appeared in real 2025 scam ads; no honest employer needs to say it.
  ['reassurance.no-detention', 4],
  // +3: strong, but an honest text can mention them (a legal factory in Bavet, a warning about tourist visas).
  ['visa.tourist', 3],
  // Phones handed over or kept by the company (MOFA: "passport and phone are taken"),
  // "for security" included: issue 11 found these missed at +3.
  ['phone.taken', 4],
  ['pay.unrealistic', 3],
  ['location.high-risk', 3],
  ['pay.high', 2],
  ['pay.guaranteed', 2],
  ['channel.telegram', 2, 'channel'],
  ['channel.messenger', 2, 'channel'],
  ['reassurance', 2],
  ['urgency.departure', 2],
  ['company.hidden', 2],
  ['contract.on-arrival', 2],
  ['screening.minimal', 2],
  // Crypto sales or wages in USDT: the Golden Triangle bait (MOFA); +3 since issue 11 found pay in USDT missed.
  ['crypto', 3],
  ['travel.prepaid', 2],
  ['travel.debt', 2],
  ['routing.indirect', 2],
  ['fees.upfront', 2],
  ['location.compound-area', 2],
  ['combo.lure', 2],
  ['travel.free', 1],
  ['lodging.free', 1],
  ['experience.none', 1],
  ['language.none', 1],
  ['demographic.any', 1],
  ['job.vague-it-cs', 1],
  ['women.targeted', 1],
  ['visa.handled', 1],
  ['referral.friend', 1],
  ['location.scam-region', 1],
  ['location.vague', 1],
  ['green.official-channel', -3],
  ['green.government-program', -2],
  ['green.work-visa', -2],
  ['green.licensed-agency', -2],
  ['green.registered-employer', -1],
  ['green.contract', -1],
  ['green.interview', -1],
  ['green.qualifications', -1],
  ['green.benefits', -1],
  ['green.no-fee', -1],
  ['green.address', -1],
  ['green.corporate-channel', -1],
  ['green.no-relocation', -2],
  ['green.passport-kept', -1],
  ['green.realistic-pay', -1],
]

// The sources behind each signal, built on demand (see SIGNALS).
function sourcesById(): Record<SignalId, string[]> {
  // ── Sources (facts.md; signals.md names them by abbreviation) ────────────────
  const S = {
    mofaJul2025: 'https://www.0404.go.kr/dev/publish_view.mofa?id=ATC0000000009668&mst_id=MST0000000000039&pagenum=1',
    mofaJul2024: 'https://www.0404.go.kr/dev/publish_view.mofa?id=ATC0000000009508&pagenum=2&mst_id=MST0000000000039&st=title&stext=',
    mofaOct31: 'https://0404.go.kr/bbs/bbsPst/MST0000000000039/ATC0000000048139/detail',
    mofaOct: 'https://0404.go.kr/bbs/bbsPst/MST0000000000039/ATC0000000048131/detail',
    ytnTouristVisa: 'https://v.daum.net/v/20241007220500702',
    mofaGoldenTriangle: 'https://news.sbs.co.kr/news/endPage.do?news_id=N1007495676&srm=comment',
    bufsGoldenTriangle: 'https://www.bufs.ac.kr/bbs/board.php?bo_table=iseas_board15&page=5&wr_id=321',
    knpa: 'https://edukorea.news/archives/14164',
    univNotice: 'https://culinary.cdu.ac.kr/mod/board/view.do?DOC_NO=176153050564328&MID=CULINARY_B04010100&page=1',
    newsis: 'https://m.newsis.com/view/NISX20251023_0003373513',
    theFact: 'https://m.tf.co.kr/read/ogmeta/2252321.htm',
    sbsTelemarketer: 'https://news.sbs.co.kr/news/endPage.do?news_id=N1008292227',
    sbsMule: 'https://news.sbs.co.kr/news/endPage.do?news_id=N1008295502',
    kollo: 'https://kollo.kr/todaycontent?id=arSHSv',
    etoday: 'https://www.etoday.co.kr/news/view/2515595',
    ohchr: 'https://wp.dig.watch/?p=143746',
    unodc: 'https://github.com/UNMigration/HTCDS/issues/28',
    interpol: 'https://tnp.straitstimes.com/news/world/syndicates-luring-thousands-fake-jobs-warns-interpol',
    usTip: 'https://cambojanews.com/cambodia-fails-to-meet-minimum-standards-for-combating-human-trafficking-us-govt-reports/',
    indiaMea: 'https://www.hindustantimes.com/india-news/mea-issues-warning-against-online-job-offers-by-dubious-foreign-it-firms-101664003609621-amp.html',
    indiaMeaLaos: 'https://pragativadi.com/mea-issues-advisory-for-indian-job-seekers-travelling-to-laos-cambodia/',
    phBi: 'https://reporma.com/davao-sees-more-pinoys-forced-to-work-as-scammers-bi/',
    phBiRoute: 'https://usasianpost.com/bi-assists-24-filipinos-repatriated-after-rescue-from-scam-hubs',
    kenya: 'https://nairobinews.nation.africa/beware-of-fake-jobs-in-thailand-kenyans-warned/',
    malaysia: 'https://www.malaymail.com/news/malaysia/2022/09/13/good-offer-lack-of-awareness-reasons-malaysian-victims-fall-for-cambodian-job-scams-says-envoy/28081',
    malaysiaRoute: 'https://financialpost.us/2022/09/22/in-focus-when-lucrative-overseas-job-offers-turn-into-nightmare-scams-for-these-malaysians/',
    thaiMfa: 'https://pattayaone.news/?p=188260',
    vietnam: 'https://www.sggpnews.org.vn/video/many-fall-victims-to-cambodian-human-trafficking-disguised-as-job-offers-100451.html',
    central: 'https://central-cambodia.org/en/publication/news/worker-news/job-scam-detector-tool-launched-to-verify-employment-fraud',
    centralKorea: 'https://central-cambodia.org/archives/7240',
    molvt: 'https://english.cambodiadaily.com/news/government-warns-of-companies-offering-bogus-jobs-in-s-korea-69377/',
    epsMtosb: 'https://phnompenhpost.com/national/sk-ups-migrant-worker-quotas',
    epsFee: 'https://english.cambodiadaily.com/news/thousands-sit-for-language-test-in-hopes-of-working-in-south-korea-86764/',
    worldJob: 'https://itreview.kr/?p=8860',
    worldJobAgencies: 'https://consumer.gwd.go.kr/index.php?document_srl=59487&mid=board_news&order_type=desc&page=760&sort_index=readed_count',
    kotra: 'https://m.sedaily.com/NewsView/264JSUDAYH',
    khWorkPermit: 'https://www.aseanbriefing.com/news/new-work-permit-rules-for-foreign-employees-in-cambodia/',
    khWorkPermitLaw: 'https://www.b2b-cambodia.com/articles/work-permits-required-for-long-term-visa-extensions/',
    licensedAgencies: 'https://www.khmertimeskh.com/18072/fake-recruitment-ads-targeted/',
    nea: 'https://kohsantepheapdaily.com.kh/sponsor/2115561.html',
    raids: 'https://www.seoul.co.kr/news/society/2026/01/23/20260123500075',
    advisoryOct16: 'https://www.ohmynews.com/NWS_Web/View/at_pg.aspx?CNTN_CD=A0003173850',
    advisoryDec04: 'https://www.chosun.com/politics/goverment/2025/12/04/NWDVPH2RDVGS5KVNZRP4OKVB6A/?outputType=amp',
    vnWage: 'https://www.wowtv.co.kr/NewsCenter/News/Read?articleId=J20180409273237',
  } as const
  type Cite = readonly [Publisher, string]
  const C = {
    mofa: (url: string): Cite => ['mofa', url],
    knpa: ['knpa', S.knpa] as Cite, ohchr: ['ohchr', S.ohchr] as Cite, molvt: ['molvt', S.molvt] as Cite, central: ['central', S.centralKorea] as Cite,
    sbs: (url: string): Cite => ['sbs', url], thefact: ['thefact', S.theFact] as Cite, newsis: ['newsis', S.newsis] as Cite,
    kenya: ['kenya', S.kenya] as Cite, phbi: ['phbi', S.phBi] as Cite, indiamea: (url: string): Cite => ['indiamea', url], thaimfa: ['thaimfa', S.thaiMfa] as Cite,
  }
  // The one source the page shows for each sign: the authority that documents it, where
  // one does (MOFA's 0404 pages, Cambodia's MoLVT, CENTRAL), else the news outlet that quoted the ads.
  citations = {
    'role.scam-explicit': C.mofa(S.mofaGoldenTriangle), 'money.mule': C.mofa(S.mofaOct), 'secrecy': C.sbs(S.sbsMule),
    'passport.requested': C.mofa(S.mofaJul2025), 'visa.tourist': C.mofa(S.mofaOct31), 'border.irregular': C.kenya,
    'channel.bypass-official': C.molvt, 'reassurance.no-detention': C.thefact, 'phone.taken': C.mofa(S.mofaJul2025),
    'pay.unrealistic': C.mofa(S.mofaOct31), 'location.high-risk': C.mofa(S.advisoryOct16), 'pay.high': C.phbi,
    'pay.guaranteed': C.mofa(S.mofaJul2025), 'channel.telegram': C.mofa(S.mofaJul2025), 'channel.messenger': C.mofa(S.mofaOct31),
    'reassurance': C.thefact, 'urgency.departure': C.newsis, 'company.hidden': C.mofa(S.mofaOct), 'contract.on-arrival': C.knpa,
    'screening.minimal': C.indiamea(S.indiaMeaLaos), 'crypto': C.mofa(S.mofaGoldenTriangle), 'travel.prepaid': C.mofa(S.mofaJul2025),
    'travel.debt': C.mofa(S.mofaGoldenTriangle), 'routing.indirect': C.kenya, 'fees.upfront': C.central,
    'location.compound-area': C.mofa(S.advisoryOct16), 'combo.lure': C.knpa, 'travel.free': C.knpa, 'lodging.free': C.knpa,
    'experience.none': C.knpa, 'language.none': C.sbs(S.sbsTelemarketer), 'demographic.any': C.knpa,
    'job.vague-it-cs': C.indiamea(S.indiaMea), 'women.targeted': C.thaimfa, 'visa.handled': C.mofa(S.mofaOct31),
    'referral.friend': C.mofa(S.mofaOct31), 'location.scam-region': C.ohchr, 'location.vague': C.mofa(S.mofaOct),
    'green.official-channel': C.molvt, 'green.government-program': C.mofa(S.mofaOct), 'green.work-visa': C.mofa(S.ytnTouristVisa),
    'green.licensed-agency': ['molvt', S.licensedAgencies] as Cite, 'green.registered-employer': C.mofa(S.mofaOct), 'green.contract': C.knpa,
    'green.interview': ['univ', S.univNotice] as Cite, 'green.qualifications': C.knpa, 'green.benefits': C.knpa, 'green.no-fee': C.central,
    'green.address': C.mofa(S.mofaOct), 'green.corporate-channel': C.knpa, 'green.no-relocation': C.mofa(S.mofaJul2025),
    'green.passport-kept': C.knpa, 'green.realistic-pay': C.knpa,
  } satisfies Record<SignalId, Cite>
  return {
    'role.scam-explicit': [S.newsis, S.theFact, S.mofaGoldenTriangle, S.unodc],
    'money.mule': [S.theFact, S.sbsMule, S.mofaOct],
    'secrecy': [S.sbsMule, S.mofaOct31, S.knpa],
    'passport.requested': [S.knpa, S.mofaJul2025, S.mofaOct31, S.ohchr],
    'visa.tourist': [S.ytnTouristVisa, S.mofaOct31, S.univNotice, S.phBi],
    'border.irregular': [S.thaiMfa, S.kenya, S.malaysiaRoute],
    'channel.bypass-official': [S.molvt, S.centralKorea, S.epsMtosb],
    'reassurance.no-detention': [S.theFact, S.newsis],
    'phone.taken': [S.mofaJul2025, S.mofaOct31, S.ohchr],
    'pay.unrealistic': [S.newsis, S.sbsTelemarketer, S.mofaOct31, S.knpa, S.mofaJul2025],
    'location.high-risk': [S.advisoryOct16, S.advisoryDec04, S.mofaGoldenTriangle],
    'pay.high': [S.phBi, S.malaysia, S.vietnam, S.mofaJul2025],
    'pay.guaranteed': [S.mofaJul2025, S.knpa, S.newsis],
    'channel.telegram': [S.mofaJul2025, S.knpa, S.etoday, S.univNotice],
    'channel.messenger': [S.knpa, S.mofaOct31, S.malaysia, S.central],
    'reassurance': [S.theFact, S.sbsMule, S.newsis],
    'urgency.departure': [S.newsis, S.indiaMea],
    'company.hidden': [S.mofaOct],
    'contract.on-arrival': [S.knpa],
    'screening.minimal': [S.indiaMeaLaos],
    'crypto': [S.mofaGoldenTriangle, S.bufsGoldenTriangle],
    'travel.prepaid': [S.mofaJul2025, S.mofaOct, S.univNotice],
    'travel.debt': [S.mofaGoldenTriangle, S.bufsGoldenTriangle, S.univNotice],
    'routing.indirect': [S.kenya, S.phBiRoute, S.malaysiaRoute, S.indiaMeaLaos],
    'fees.upfront': [S.centralKorea, S.molvt],
    'location.compound-area': [S.advisoryOct16, S.raids],
    'combo.lure': [S.knpa, S.mofaJul2025],
    'travel.free': [S.knpa, S.mofaJul2025],
    'lodging.free': [S.knpa, S.sbsTelemarketer],
    'experience.none': [S.knpa, S.sbsTelemarketer, S.vietnam],
    'language.none': [S.kollo, S.sbsTelemarketer],
    'demographic.any': [S.knpa, S.sbsTelemarketer],
    'job.vague-it-cs': [S.unodc, S.indiaMea, S.phBi, S.knpa, S.mofaJul2025],
    'women.targeted': [S.thaiMfa, S.central],
    'visa.handled': [S.mofaOct31, S.indiaMeaLaos, S.vietnam],
    'referral.friend': [S.mofaOct31],
    'location.scam-region': [S.advisoryDec04, S.ohchr],
    'location.vague': [S.mofaOct],
    'green.official-channel': [S.worldJob, S.kotra, S.epsMtosb, S.molvt, S.nea, S.mofaOct],
    'green.government-program': [S.kotra, S.mofaOct],
    'green.work-visa': [S.ytnTouristVisa, S.khWorkPermit, S.khWorkPermitLaw],
    'green.licensed-agency': [S.licensedAgencies, S.worldJobAgencies],
    'green.registered-employer': [S.mofaOct, S.mofaOct31],
    'green.contract': [S.knpa],
    'green.interview': [S.univNotice],
    'green.qualifications': [S.interpol, S.worldJobAgencies],
    'green.benefits': [S.khWorkPermitLaw],
    'green.no-fee': [S.centralKorea, S.epsFee],
    'green.address': [S.mofaOct],
    'green.corporate-channel': [S.mofaJul2025, S.knpa],
    'green.no-relocation': [S.mofaJul2025],
    'green.passport-kept': [S.knpa, S.ohchr],
    'green.realistic-pay': [S.vnWage, S.worldJobAgencies],
  }
}

let citations: Record<SignalId, readonly [Publisher, string]>

function catalogue(): SignalDef[] {
  const sources = sourcesById()
  return DEFS.map(([id, weight, group]) => ({
    citation: { publisher: citations[id][0], url: citations[id][1] },
    id,
    weight,
    tier: tierOf(weight),
    category: weight > 0 ? 'red' : 'green',
    titleKey: `check.signal.${id}.title`,
    whyKey: `check.signal.${id}.why`,
    sources: sources[id].includes(citations[id][1]) ? sources[id] : [citations[id][1], ...sources[id]],
    ...(group ? { group } : {}),
  }))
}

/**
 * Every signal the check can report, in order of weight, with its locale keys and
 * sources. Built on demand (marked pure) so a bundle that only scores leaves the source
 * URLs out; the check page imports this to show them.
 */
export const SIGNALS: readonly SignalDef[] = /* @__PURE__ */ catalogue()

/** What scoring needs: weight, tier and group by id. */
export const WEIGHTS: ReadonlyMap<SignalId, SignalWeight> = new Map(
  DEFS.map(([id, weight, group]) => [id, { id, weight, tier: tierOf(weight), ...(group ? { group } : {}) }]),
)

// ── Patterns ─────────────────────────────────────────────────────────────────
// One block per language, one signal a line: its id, a space, then alternatives
// separated by "|"; a line that starts with "|" continues the line above. The blocks are
// raw (String.raw) templates: no doubled backslashes, and bundlers keep their Hangul and Khmer
// as UTF-8 (a quoted string would become \uXXXX escapes, twice the bytes). A signal's
// three lines are joined ko|en|km into one regular expression; alternatives are tried in
// that order, and the first that matches at a position wins.
//
// - KO: a space means "space or none" (Korean spacing varies and particles attach).
// - EN: whole words (a handle like @pp_casino_cs is one word).
// - KM: a space means "space or none" too (Khmer is written without spaces), and a match
//   must not cut a consonant cluster at either end.
//
// Inside a character class, write \s rather than a space (a space would become " ?").
// Every signal below has a line in each block (tests/unit/offer-check.test.ts checks it).
// green.licensed-agency: "등록 제2024-…호" is a placement-agency registration;
// "사업자등록번호" is any business.

/** Signals that a negation next to the match cancels ("no placement fee", "관광비자 안 됩니다"). */
const NEGATABLE: ReadonlySet<SignalId> = new Set<SignalId>([
  'money.mule', 'passport.requested', 'visa.tourist', 'travel.debt', 'fees.upfront', 'green.official-channel',
  'green.government-program', 'green.work-visa', 'green.contract', 'green.qualifications', 'green.no-relocation', 'channel.telegram', 'channel.messenger',
])


const WRAP: [string, (alts: string) => string][] = [
  [KO, sp],
  [EN, (alts) => `(?<![a-z0-9_])(?:${alts})(?![a-z0-9_])`],
  [KM, (alts) => `(?<!\u17d2)(?:${sp(alts)})(?![\u17b4-\u17d3\u17dd])`],
]

export type CompiledPattern = { id: SignalId; re: RegExp; negatable: boolean }

// Shorthands in the Khmer block, expanded when compiled (they keep the page's bundle small):
// %P a passport (លិខិតឆ្លងដែន, or the loanword ប៉ាស្ព័រ), %G "to / for" (ឱ្យ, ឲ្យ, អោយ); and in every
// block, %12 for up to 12 characters of the same sentence ([^\n.] or, in Khmer, [^\n។]).
const MACROS: Record<string, string> = { '%P': '(?:លិខិត ឆ្លង ដែន|ប៉ាស្ព័រ|ប៉ាស ស្ព័រ|passport)', '%G': '(?:ឱ្យ|ឲ្យ|អោយ)' }

function compile(): CompiledPattern[] {
  const parts = new Map<SignalId, string[]>()
  for (const [raw, wrap] of WRAP) {
    // %12: up to 12 characters within the sentence (. or ។ ends it).
    const block = groups(raw.replace(/%[PG]/g, (m) => MACROS[m]!).replace(/%(\d+)/g, `[^\\n${raw === KM ? '។' : '.'}]{0,$1}`))
    for (const line of block.replace(/\n\|/g, '|').split('\n')) {
      const space = line.indexOf(' ')
      const id = line.slice(0, space) as SignalId
      if (!parts.has(id)) parts.set(id, [])
      parts.get(id)!.push(wrap(line.slice(space + 1)))
    }
  }
  return [...parts].map(([id, res]) => ({ id, re: new RegExp(res.join('|'), 'g'), negatable: NEGATABLE.has(id) }))
}

/** Pattern-based signals, compiled once: one regular expression per signal. */
export const COMPILED: readonly CompiledPattern[] = compile()

// Negation next to a match: "do not travel on a tourist visa", "관광비자로 입국하시면 안 됩니다",
// "won't be deducted from your salary", "មិនគិតថ្លៃសេវា". Looked for in the same clause only.
// English negates a whole clause before the words; Khmer and Korean put the negating word
// right against the verb (មិនគិតថ្លៃសេវា, 절대 관광비자), and Khmer clauses rarely have commas.
export const NEGATION_BEFORE =
  /(?:(?<![a-z])(?:no|not|never|without|don'?t|do not|does not|doesn'?t|won'?t|will not|isn'?t|aren'?t|cannot|can'?t|free of|beware of)(?![a-z])[^.!?\n,;។]{0,32}|(?:មិន|គ្មាន|កុំ|ហាម|អត់|절대)(?:(?!ទេ)[^\s.,!?។]){0,14} ?)$/
export const NEGATION_AFTER =
  /^[^.!?\n,;។]{0,10}?(?:무관|상관 ?없|필요 ?(?:x|없|no)|불가|금지|안 ?(?:됨|돼|됩니다|되)|아님|아닙니다|없(?:음|습니다|어요|다|어도|이)|무료|지 ?않|하지 ?않|않습니다|않아요|않음|불필요|마세요|말 ?것|(?<![a-z@])x(?![a-z])|(?:is|are) not|not (?:allowed|accepted|required|needed|permitted)|prohibited|ទេ(?![\u1780-\u17ff])|មិន ?ត្រូវ)/
