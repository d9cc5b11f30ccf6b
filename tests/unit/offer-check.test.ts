import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SIGNALS, WEIGHTS, checkOffer, extractIndicators, normalizeText, parseSalaries, type OfferCheckResult } from '../../core/offer-check'
import { despace, spanOf } from '../../core/offer-check/normalize'
import { COMPILED, PUBLISHERS } from '../../core/offer-check/signals'
import { SIGNAL_TEXT_EN } from '../../core/offer-check/signal-text'

type Case = { id: string; lang: 'ko' | 'km' | 'en' | 'mixed'; label: 'scam' | 'legit'; frame: 'offer' | 'report'; kind: string; text: string; note: string; source: string }

const readCases = (name: string): Case[] =>
  readFileSync(new URL(`../fixtures/offers/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Case)

const corpus = readCases('corpus.jsonl')
const holdout = readCases('holdout.jsonl')
/** The whole training side: every labelled file in tests/fixtures/offers (README.md says where each came from). */
const files = readdirSync(new URL('../fixtures/offers/', import.meta.url)).filter((f) => f.endsWith('.jsonl')).sort()
const training = files.flatMap(readCases)

/** Every piece of evidence in a result, signals and places alike. */
const allEvidence = (r: OfferCheckResult) => [...r.signals.flatMap((s) => s.evidence), ...r.places.map((p) => p.evidence)]
const ids = (r: OfferCheckResult) => r.signals.map((s) => s.id)

describe('normalizeText', () => {
  it.each([
    ['월 １５００만', '월 1500만'], // fullwidth digits
    ['＄３，０００', '$3,000'],
    ['ប្រាក់ខែ ១៥០០$', 'ប្រាក់ខែ 1500$'], // Khmer digits
    // Thai, Lao, Myanmar, Arabic-Indic, Extended Arabic-Indic, Devanagari digits. (A Lao
    // digit once sent the normaliser into an endless loop that took the Worker down.)
    ['฿ ๑๕๐๐', '฿ 1500'],
    ['໒ ໕໐໐$', '2 500$'],
    ['၁၅၀၀', '1500'],
    ['٣٠٠٠ $', '3000 $'],
    ['۴۰۰۰', '4000'],
    ['१२३४', '1234'],
    ['ㅌㅔㄹㄹㅔ', '텔레'], // jamo typed one by one
    ['텔ㄹㅔ', '텔레'], // half composed
    ['테ㄹ레', '텔레'],
    ['ㅌㄹ ㄱㅅㅇ', 'ㅌㄹ ㄱㅅㅇ'], // initials alone cannot be composed and stay
    ['텔\u200b레', '텔레'], // zero-width space
    ['Те\u200blеgram', 'telegram'], // Cyrillic lookalikes
    ['Sihanoukvillé', 'sihanoukville'],
    ['a\n\n  b\t c', 'a\nb c'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normalizeText(input).text).toBe(expected)
  })

  it.each([
    ['t e l e g r a m', 'telegram'],
    ['T.E.L.E', 'tele'],
    ['W h a t s A p p', 'whatsapp'],
    ['고 수 익 보장', '고수익 보장'],
    ['텔💬레 @abc', '텔레 @abc'], // emoji between letters
    ['0 9 1 2 3 4 5 6 7 8', '0912345678'],
    ['plan a or b', 'plan a or b'], // ordinary single letters stay apart
    ['1 2 3', '1 2 3'],
  ])('joins spaced-out letters in %j', (input, expected) => {
    expect(normalizeText(input, { despace: true }).text).toBe(expected)
  })

  it('maps every normalised unit back to the original characters it came from', () => {
    const input = '💰 월 １５００만, 텔ㄹㅔ @abc, t e l e, ក្រុងព្រះសីហនុ ១៥០០$ 👉🏻 Ｐｏｉｐｅｔ\u200b'
    for (const norm of [normalizeText(input), despace(normalizeText(input))]) {
      expect(norm.starts).toHaveLength(norm.text.length)
      for (let i = 0; i < norm.text.length; i++) {
        const { start, end, text } = spanOf(norm, i, i + 1)
        expect(start).toBeLessThan(end)
        expect(input.slice(start, end)).toBe(text)
        // Surrogate pairs are never split.
        expect(text.normalize('NFKC').length).toBeGreaterThan(0)
      }
    }
  })
})

describe('parseSalaries', () => {
  it.each([
    ['월평균 1500만~3000만원', 15_000_000, 30_000_000, 'KRW', 'month'],
    ['1500~3000만', 15_000_000, 30_000_000, 'KRW', 'month'],
    ['최대 월 4천500만 원', 45_000_000, 45_000_000, 'KRW', 'month'],
    ['한 달에 1,000만 원 벌 수 있다', 10_000_000, 10_000_000, 'KRW', 'month'],
    ['월 천은 기본', 10_000_000, 10_000_000, 'KRW', 'month'],
    ['해외 CS 월 1500', 15_000_000, 15_000_000, 'KRW', 'month'],
    ['1억', 100_000_000, 100_000_000, 'KRW', 'month'],
    ['천만원', 10_000_000, 10_000_000, 'KRW', 'month'],
    ['일당 50만원', 500_000, 500_000, 'KRW', 'day'],
    ['시급 11,000원', 11_000, 11_000, 'KRW', 'hour'],
    ['연봉 4,000만~5,000만원', 40_000_000, 50_000_000, 'KRW', 'year'],
    ['₩15,000,000/month', 15_000_000, 15_000_000, 'KRW', 'month'],
    ['월 3000달러 보장', 3000, 3000, 'USD', 'month'],
    ['$3,000-5,000', 3000, 5000, 'USD', 'month'],
    ['US$2,000-4,000 monthly', 2000, 4000, 'USD', 'month'],
    ['USD 100/day', 100, 100, 'USD', 'day'],
    ['earn $300 per week', 300, 300, 'USD', 'week'],
    ['$5k/mo', 5000, 5000, 'USD', 'month'],
    ['4k/month', 4000, 4000, 'USD', 'month'],
    ['＄３，０００ monthly', 3000, 3000, 'USD', 'month'],
    ['ប្រាក់ខែ ១៥០០$ ក្នុងមួយខែ', 1500, 1500, 'USD', 'month'],
    ['១០០ ដុល្លារក្នុងមួយថ្ងៃ', 100, 100, 'USD', 'day'],
    ['ពី ៥០០ ដល់ ៨០០ ដុល្លារ', 500, 800, 'USD', 'month'],
    ['៛៨,០០០,០០០ ក្នុងមួយខែ', 8_000_000, 8_000_000, 'KHR', 'month'],
    ['ប្រាក់ឈ្នួលប្រចាំថ្ងៃ ៣៥,០០០ រៀល', 35_000, 35_000, 'KHR', 'day'],
    ['VND20 million per month', 20_000_000, 20_000_000, 'VND', 'month'],
    ['P60,000 monthly', 60_000, 60_000, 'PHP', 'month'],
    ['20,000 RMB', 20_000, 20_000, 'CNY', 'month'],
    ['월 23만 엔', 230_000, 230_000, 'JPY', 'month'],
  ])('reads %j', (text, min, max, currency, period) => {
    const [salary, ...rest] = parseSalaries(text)
    expect(rest).toEqual([])
    expect(salary).toMatchObject({ min, max, currency, period, kind: 'pay' })
    expect(text.slice(salary!.start, salary!.end)).toBe(salary!.text)
  })

  it('converts to US dollars a month', () => {
    expect(parseSalaries('월 1,500만원')[0]!.usdPerMonth).toEqual({ min: 10345, max: 10345 })
    expect(parseSalaries('USD 100/day')[0]!.usdPerMonth).toEqual({ min: 2200, max: 2200 })
    expect(parseSalaries('3개월만 하면 1억')[0]).toMatchObject({ period: 'months', months: 3, usdPerMonth: { max: 22989 } })
  })

  it('tells a fee from pay', () => {
    expect(parseSalaries('Placement fee USD 4,000 (USD 2,000 up front)').map((s) => s.kind)).toEqual(['fee', 'fee'])
    expect(parseSalaries('수수료 300만원 선입금').map((s) => s.kind)).toEqual(['fee'])
    expect(parseSalaries('ថ្លៃសេវាសរុប ៤០០០ ដុល្លារ').map((s) => s.kind)).toEqual(['fee'])
  })

  it('ignores numbers that are not money', () => {
    expect(parseSalaries('010-1234-5678, 24시간, 4대보험, E-9, HSK4, 3년 이상, 3만 명, 2025-10-23, 5 m')).toEqual([])
  })
})

describe('extractIndicators', () => {
  it('normalises Telegram, KakaoTalk open chat, WhatsApp, email, links and phones', () => {
    expect(
      extractIndicators(
        '텔레 @HW_Job77 t.me/hw_job77 오픈채팅 https://open.kakao.com/o/sResortJob. WhatsApp +60 12-345 6789, wa.me/971501234567, ' +
          'HR@AngkorResort.com.kh www.angkorresort.com.kh/careers/ LINE ID: @bkkjob 010-1234-5678',
        { country: 'kr', telegramContext: true },
      ),
    ).toEqual([
      { type: 'email', value: 'hr@angkorresort.com.kh' },
      { type: 'telegram', value: 'hw_job77' },
      { type: 'kakao', value: 'open.kakao.com/o/sResortJob' }, // open-chat codes keep their case
      { type: 'whatsapp', value: '+971501234567' },
      { type: 'url', value: 'angkorresort.com.kh/careers' },
      { type: 'domain', value: 'angkorresort.com.kh' },
      { type: 'line', value: 'bkkjob' },
      { type: 'whatsapp', value: '+60123456789' },
      { type: 'phone', value: '+821012345678' },
    ])
  })

  it('reads Cambodian numbers, Khmer digits and t.me/+number links', () => {
    expect(extractIndicators('ទូរស័ព្ទ៖ ០១២ ៣៤៥ ៦៧៨ ឬ 0979-117-117, t.me/+855979117117', { country: 'kh' })).toEqual([
      { type: 'phone', value: '+855979117117' },
      { type: 'phone', value: '+85512345678' },
    ])
  })

  it('keeps a handle generic without a Telegram mention, and ignores registration numbers and dates', () => {
    expect(extractIndicators('Instagram @kampotcoffee')).toEqual([{ type: 'handle', value: 'kampotcoffee' }])
    expect(extractIndicators('사업자등록번호 214-86-12345, 2025-10-23, DMW-123-LB-03152024-R, S$2,400', { country: 'kr' })).toEqual([])
  })
})

describe('checkOffer', () => {
  it('returns exactly the documented shape', () => {
    const text = '월 1,500만원 텔레 @abc 시아누크빌'
    const result = checkOffer(text)
    expect(Object.keys(result).sort()).toEqual(['frame', 'indicators', 'places', 'risk', 'score', 'signals'])
    expect(result.risk).toBe('high')
    expect(result.frame).toBe('offer')
    expect(result.indicators).toEqual([{ type: 'telegram', value: 'abc' }])
    expect(result.places).toEqual([{ placeId: 'kh-sihanoukville', level: 3, evidence: { start: 18, end: 23, text: '시아누크빌' } }])
    expect(result.signals.find((s) => s.id === 'pay.unrealistic')).toEqual({
      id: 'pay.unrealistic',
      weight: 3,
      evidence: [{ start: 2, end: 9, text: '1,500만원' }],
    })
    for (const s of result.signals) expect(Object.keys(s).sort()).toEqual(['evidence', 'id', 'weight'])
  })

  it('points evidence at the original text even when it was obfuscated', () => {
    const text = '📲 텔ㄹㅔ @x ／ 월 １５００만 / t . e . l . e / ក្រុងព្រះសីហនុ ១៥០០$'
    const result = checkOffer(text)
    const found = allEvidence(result).map((e) => e.text)
    expect(found).toEqual(expect.arrayContaining(['텔ㄹㅔ', '１５００만', 't . e . l . e', 'ក្រុងព្រះសីហនុ']))
    for (const e of allEvidence(result)) expect(text.slice(e.start, e.end)).toBe(e.text)
  })

  it('keeps every piece of evidence a slice of the input across the whole corpus', () => {
    for (const c of [...corpus, ...holdout]) {
      for (const e of allEvidence(checkOffer(c.text))) {
        expect(e.end, c.id).toBeGreaterThan(e.start)
        expect(c.text.slice(e.start, e.end), c.id).toBe(e.text)
      }
    }
  })

  it('answers any text at all, with evidence that is a slice of it', () => {
    // Any code point, digits of every script, obfuscation characters and phrases the
    // engine looks for, mixed at random.
    const pieces = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constantFrom('๑', '໒', '၃', '٤', '۵', '६', '០', '１', '①', 'ㅌ', 'ㄹ', 'ㅔ', '\u200b', '\u1100', '\u1161', '텔', '레', '@', ' ', '\n', '만원', '$', '月', 'ខែ', '시아누크빌', 'Poipet', 't.me/'),
    )
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')), fc.constantFrom('ko', 'km', 'en') as fc.Arbitrary<'ko' | 'km' | 'en'>, (text, lang) => {
        const result = checkOffer(text, { lang })
        expect(['high', 'medium', 'low']).toContain(result.risk)
        for (const e of allEvidence(result)) {
          expect(e.end).toBeGreaterThan(e.start)
          expect(text.slice(e.start, e.end)).toBe(e.text)
        }
      }),
      { numRuns: 2000 },
    )
    // 2,000 checks: about 3 s alone, more on a shared machine (issue 11 added roles and frame).
  }, 20_000)

  it('judges pay for the reader: $1,500 for typing is high pay to a Khmer reader, not to a Korean one', () => {
    const text = 'typing job, $1,500 per month, no experience'
    expect(ids(checkOffer(text, { lang: 'km' }))).toContain('pay.high')
    expect(ids(checkOffer(text, { lang: 'ko' }))).not.toContain('pay.high')
  })

  it('does not judge pay in high-wage countries, or for roles that ask for qualifications', () => {
    expect(ids(checkOffer('Warehouse associate, Sydney, Australia. No experience needed, $32/hour.'))).not.toContain('pay.unrealistic')
    expect(ids(checkOffer('Senior engineer in Phnom Penh, 5 years\' experience, USD 3,500/month'))).not.toContain('pay.unrealistic')
    expect(ids(checkOffer('Customer service in Phnom Penh, USD 3,500/month'))).toContain('pay.unrealistic')
  })

  it('reads negation: a warning about tourist visas is not an offer of one', () => {
    const warning = checkOffer('Do not travel on a tourist visa: we apply for your work permit before you fly.')
    expect(ids(warning)).not.toContain('visa.tourist')
    expect(ids(warning)).toContain('green.work-visa')
    expect(ids(checkOffer('관광비자로 입국하시면 안 됩니다. 취업비자 발급 후 출국합니다.'))).not.toContain('visa.tourist')
    expect(ids(checkOffer('Your flight is booked by the company and won\'t be deducted from your salary.'))).not.toContain('travel.debt')
    expect(ids(checkOffer('មិនគិតថ្លៃសេវា'))).not.toContain('fees.upfront')
  })

  it.each([
    // Passport or phone kept by the company
    ['입사하시면 여권은 분실 방지 차원에서 사무실 금고에 넣어 둡니다.', 'passport.requested'],
    ['Passports and phones are stored in the office safe during your contract.', 'passport.requested'],
    ['Passports and phones are stored in the office safe during your contract.', 'phone.taken'],
    ['ទៅដល់ ទូរស័ព្ទផ្ទាល់ខ្លួន ក្រុមហ៊ុនរក្សាទុកសិន', 'phone.taken'],
    ['លិខិតឆ្លងដែនរបស់អ្នក ក្រុមហ៊ុនកាន់ទុកឲ្យ', 'passport.requested'],
    ['휴대폰은 출근 첫날 회사 금고에 보관해요.', 'phone.taken'],
    // Entry as a tourist; papers sorted out later
    ['You come in through Ho Chi Minh as a regular tourist, nothing more.', 'visa.tourist'],
    ['Visas we arrange later, when you are there.', 'contract.on-arrival'],
    ['일단 오시면 현지 사무실에서 워크퍼밋 처리해 드려요.', 'contract.on-arrival'],
    ['ទៅដល់ហើយ យើងធ្វើប័ណ្ណការងារឲ្យ', 'contract.on-arrival'],
    // Lying to the family
    ['아빠한테는 그냥 공장 다닌다고 해요.', 'secrecy'],
    ['Tell your mother you found a job in a restaurant.', 'secrecy'],
    ['ប្រាប់ម៉ាក់ថាធ្វើការនៅភោជនីយដ្ឋាន', 'secrecy'],
    // Skipping the ministry
    ['No need to go to the labour ministry, our office does all the forms.', 'channel.bypass-official'],
    ['노동부는 안 가도 돼요, 서류는 저희가 준비합니다.', 'channel.bypass-official'],
    ['មិនបាច់ទៅក្រសួងទេ យើងធ្វើឲ្យ', 'channel.bypass-official'],
  ] as const)('reads %j as %s', (text, id) => {
    const result = checkOffer(text)
    expect(ids(result)).toContain(id)
    for (const e of allEvidence(result)) expect(text.slice(e.start, e.end)).toBe(e.text)
  })

  it('does not count a work permit that is only promised on arrival', () => {
    const result = checkOffer('Work permit and visa will be processed there, so just come first.')
    expect(ids(result)).toContain('contract.on-arrival')
    expect(ids(result)).not.toContain('green.work-visa')
    expect(ids(checkOffer('We apply for your work permit before you fly.'))).toContain('green.work-visa')
  })

  it('does not take the scam wording an official warning quotes as its own', () => {
    const warnings = [
      "WARNING from the embassy: posts like 'data entry in Sihanoukville, $2,500 a month, tourist visa is fine, contact on Telegram' are scams.",
      "[경찰청] '숙식 제공, 월 1,500만 원, 여권만 있으면 바로 출국' 같은 글은 사기입니다.",
      "⚠️ ប្រយ័ត្ន៖ ការផ្សាយ 'ប្រាក់ខែ ៣០០០$ ឆ្លងព្រំដែនពេលយប់' ជាការបោកប្រាស់។",
    ]
    for (const text of warnings) expect(checkOffer(text).risk, text).not.toBe('high')
    // The same wording without the warning, or outside the quotation marks, still counts.
    expect(checkOffer('data entry in Sihanoukville, $2,500 a month, tourist visa is fine, contact on Telegram').risk).toBe('high')
    expect(checkOffer("Warning: 'data entry' is not the real job. Tourist visa is fine, $2,500 a month, contact on Telegram.").risk).toBe('high')
  })

  it('drops a green flag that a red flag contradicts', () => {
    const result = checkOffer('Guaranteed job in Korea, no EPS-TOPIK needed, fee $3,500')
    expect(ids(result)).toContain('channel.bypass-official')
    expect(ids(result)).not.toContain('green.official-channel')
  })

  it('lowers the score for green flags', () => {
    const base = 'Hotel staff in Osaka, dormitory provided, free flight, no experience needed, 월 23만 엔.'
    const withGreens = base + ' WorldJob+ listing, work visa sponsored, written contract, video interview.'
    expect(checkOffer(withGreens).score).toBeLessThan(checkOffer(base).score - 5)
  })

  it('never rates weak signs alone as high, however many there are', () => {
    const weakOnly = [
      'Free flight, free accommodation and meals, no experience needed, any age, couples welcome,',
      'customer service and data entry, easy work, young women welcome, we handle the visa,',
      'my friend works there, job in Cambodia, Thailand or abroad. 항공권 제공, 숙식 제공, 경력 무관, 남녀무관,',
      'ស្នាក់នៅឥតគិតថ្លៃ មិនត្រូវការបទពិសោធន៍ ការងារវាយអក្សរ នៅកម្ពុជា',
    ].join(' ')
    const result = checkOffer(weakOnly)
    const tiers = new Set(result.signals.map((s) => WEIGHTS.get(s.id)!.tier))
    expect([...tiers].sort()).toEqual(['weak'])
    expect(result.signals.length).toBeGreaterThanOrEqual(8)
    expect(result.risk).not.toBe('high')
    expect(result.score).toBe(2)
  })

  it('rates no legitimate corpus case high on weak signs alone', () => {
    for (const c of corpus.filter((c) => c.label === 'legit')) {
      const result = checkOffer(c.text)
      const reds = result.signals.filter((s) => WEIGHTS.get(s.id)!.weight > 0)
      if (reds.every((s) => WEIGHTS.get(s.id)!.tier === 'weak')) expect(result.risk, c.id).not.toBe('high')
    }
  })

  it('copes with empty, huge and hostile input', () => {
    expect(checkOffer('')).toEqual({ risk: 'low', score: 0, frame: 'offer', signals: [], indicators: [], places: [] })
    expect(checkOffer('🙂'.repeat(2000)).risk).toBe('low')
    const long = corpus.map((c) => c.text).join('\n').repeat(3)
    expect(checkOffer(long).risk).toBe('high')
    expect(() => checkOffer('\ud800 broken surrogate \udfff ㄱ'.repeat(100))).not.toThrow()
  })
})

describe('frame: an offer, or a text about offers', () => {
  const news = [
    "Police in Busan said on Tuesday that victims were lured by posts reading 'Customer service in Sihanoukville, $3,000 a month, free flight, tourist visa is fine, contact @kh_jobs on Telegram'. Two recruiters were arrested, according to the agency.",
    "[경찰청] 경찰에 따르면 피해자들은 '월 1,500만 원, 숙식 제공, 여권만 있으면 바로 출국, 텔레 @best_job' 같은 글을 보고 캄보디아로 출국했다. 경찰은 이런 광고에 응하지 말라고 당부했다.",
    "ប៉ូលិសបានព្រមានថា ការផ្សាយ 'ប្រាក់ខែ ២៥០០$ មិនត្រូវការបទពិសោធន៍ ធ្វើការនៅប៉ោយប៉ែត ទាក់ទងតេឡេក្រាម @pp_work' ជាការបោកប្រាស់។ យោងតាមក្រសួង ជនរងគ្រោះជាច្រើនត្រូវបានជួញដូរ។",
  ]

  it.each(news)('reads a news paragraph quoting a scam ad as a report, never high: %j', (text) => {
    const result = checkOffer(text)
    expect(result.frame).toBe('report')
    expect(result.risk).not.toBe('high')
    // The signs it quotes are still shown, and its contacts still looked up.
    expect(result.signals.filter((s) => s.weight > 0).length).toBeGreaterThan(0)
    expect(result.indicators.length).toBeGreaterThan(0)
  })

  it.each([
    'Customer service in Sihanoukville, $3,000 a month, free flight, tourist visa is fine. DM me on Telegram @kh_jobs, start next week!',
    '월 1,500만 원, 숙식 제공, 여권만 있으면 바로 출국. 텔레 @best_job 으로 연락 주세요.',
    'ប្រាក់ខែ ២៥០០$ មិនត្រូវការបទពិសោធន៍ ធ្វើការនៅប៉ោយប៉ែត ទាក់ទងមកតេឡេក្រាម @pp_work',
    // A scam ad that borrows a warning's words stays an offer.
    "Not a scam, 100% legit, police approved! Data entry in Cambodia $2,500, tourist visa OK, contact us on Telegram now.",
  ])('reads an ad that recruits the reader as an offer: %j', (text) => {
    const result = checkOffer(text)
    expect(result.frame).toBe('offer')
    expect(result.risk).toBe('high')
  })
})

describe('places in context', () => {
  it.each([
    ['Accountant, Phnom Penh. Bachelor\'s degree in accounting required. Office address: Street 51, BKK1. USD 600/month, NSSF.', 'en'],
    ['ក្រុមហ៊ុនគណនេយ្យ នៅភ្នំពេញ ត្រូវការគណនេយ្យករ តម្រូវឱ្យមានបរិញ្ញាបត្រ អាសយដ្ឋាន៖ ផ្លូវ ២៧១ ខណ្ឌចំការមន ភ្នំពេញ ប្រាក់ខែ ៥០០$', 'km'],
    ['서울 강남 회계사무소 경리 채용, 학사 이상, 주소: 서울 강남구 테헤란로 123, 월 280만 원, 4대보험', 'ko'],
    ['프놈펜 소재 물류회사 경리 담당 채용, 경력 2년 이상, 사무실: 프놈펜 Street 271, 월 $1,200, 워크퍼밋 처리', 'ko'],
  ] as const)('keeps an ordinary job with a real employer low: %j', (text, lang) => {
    const result = checkOffer(text, { lang })
    expect(result.risk).toBe('low')
    expect(ids(result).filter((id) => id.startsWith('location.'))).toEqual([])
  })

  it('raises risk for a place beside a vague job, paid travel or a border town', () => {
    expect(ids(checkOffer('Data entry job in Cambodia, free flight and room.'))).toContain('location.scam-region')
    expect(ids(checkOffer('Typing work in Sihanoukville, USD 1,500.'))).toContain('location.compound-area')
    expect(ids(checkOffer('Factory job in Poipet, near the border.'))).toContain('location.high-risk')
  })
})

describe('signal catalogue', () => {
  it('has words, in the locales, for every publisher and every kind of contact', () => {
    const en = JSON.parse(readFileSync(new URL('../../locales/en.json', import.meta.url), 'utf8')) as Record<string, string>
    for (const p of PUBLISHERS) expect(en[`check.publisher.${p}`], p).toBeTruthy()
    for (const kind of ['telegram', 'kakao', 'whatsapp', 'line', 'phone', 'email', 'url', 'domain', 'handle']) expect(en[`check.contacts.kind.${kind}`], kind).toBeTruthy()
    for (const key of ['check.frame.report', 'check.frame.signs.title', 'check.places.levels']) expect(en[key], key).toBeTruthy()
  })

  it('cites a named publisher for every sign, never a code host', () => {
    for (const s of SIGNALS) {
      expect(PUBLISHERS, s.id).toContain(s.citation.publisher)
      expect(s.citation.url, s.id).toMatch(/^https:\/\/\S+$/)
      expect(new URL(s.citation.url).hostname, s.id).not.toMatch(/github|gitlab|bitbucket|sourceforge/)
      expect(s.sources, s.id).toContain(s.citation.url)
    }
  })

  it('has locale keys, sources and English text for every signal', () => {
    expect(new Set(SIGNALS.map((s) => s.id)).size).toBe(SIGNALS.length)
    for (const s of SIGNALS) {
      expect(s.titleKey).toBe(`check.signal.${s.id}.title`)
      expect(s.whyKey).toBe(`check.signal.${s.id}.why`)
      expect(s.sources.length, s.id).toBeGreaterThan(0)
      for (const url of s.sources) expect(url).toMatch(/^https?:\/\/\S+$/)
      expect(s.category).toBe(s.weight > 0 ? 'red' : 'green')
      expect(SIGNAL_TEXT_EN[s.id].title.length, s.id).toBeGreaterThan(0)
      expect(SIGNAL_TEXT_EN[s.id].why.length, s.id).toBeGreaterThan(20)
    }
    expect(Object.keys(SIGNAL_TEXT_EN).sort()).toEqual(SIGNALS.map((s) => s.id).sort())
  })

  it('has patterns only for known signals, each in ko, en and km', () => {
    expect(new Set(COMPILED.map((p) => p.id)).size).toBe(COMPILED.length)
    for (const { id, re } of COMPILED) {
      expect(WEIGHTS.has(id), id).toBe(true)
      expect(re.source, id).toMatch(/[가-힣]/)
      expect(re.source, id).toMatch(/[\u1780-\u17ff]/)
      expect(re.source, id).toMatch(/\(\?<!\[a-z0-9_\]\)/)
    }
  })

  it('is what the engine reports', () => {
    const seen = new Set(corpus.flatMap((c) => ids(checkOffer(c.text))))
    for (const id of seen) expect(WEIGHTS.has(id), id).toBe(true)
    for (const [id, w] of WEIGHTS) expect(SIGNALS.find((s) => s.id === id)?.weight, id).toBe(w.weight)
  })
})

type Tally = { scams: number; caught: number; legit: number; legitHigh: number; flagged: number }

function evaluate(cases: Case[]) {
  const tallies = new Map<string, Tally>()
  const misses: string[] = []
  for (const c of cases) {
    const high = checkOffer(c.text).risk === 'high'
    for (const key of [c.lang, 'all']) {
      const t = tallies.get(key) ?? { scams: 0, caught: 0, legit: 0, legitHigh: 0, flagged: 0 }
      if (c.label === 'scam') {
        t.scams++
        if (high) t.caught++
      } else {
        t.legit++
        if (high) t.legitHigh++
      }
      if (high) t.flagged++
      tallies.set(key, t)
    }
    if (high !== (c.label === 'scam')) misses.push(`${c.id} (${c.label})`)
  }
  const rows = [...tallies].map(([lang, t]) => ({
    lang,
    cases: t.scams + t.legit,
    precision: t.flagged ? +(t.caught / t.flagged).toFixed(3) : 1,
    recall: t.scams ? +(t.caught / t.scams).toFixed(3) : 1,
    legitRatedHigh: t.legit ? +(t.legitHigh / t.legit).toFixed(3) : 0,
  }))
  return { rows, misses }
}

describe('labelled corpus', () => {
  it('holds every writer\'s file with unique ids and the fields the bench reads', () => {
    expect(files.length).toBeGreaterThanOrEqual(5)
    expect(new Set(training.map((c) => c.id)).size).toBe(training.length)
    for (const c of training) {
      expect(['ko', 'km', 'en', 'mixed'], c.id).toContain(c.lang)
      expect(['scam', 'legit'], c.id).toContain(c.label)
      expect(['offer', 'report'], c.id).toContain(c.frame)
      expect(c.kind.length, c.id).toBeGreaterThan(1)
      // A report is about scams, not one aimed at the reader.
      if (c.frame === 'report') expect(c.label, c.id).toBe('legit')
    }
  })

  it('is large, balanced and in all three languages', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(240)
    expect(corpus.filter((c) => c.label === 'legit').length / corpus.length).toBeGreaterThanOrEqual(0.45)
    for (const lang of ['ko', 'km', 'en'] as const) expect(corpus.filter((c) => c.lang === lang).length, lang).toBeGreaterThanOrEqual(60)
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length)
    expect(new Set(corpus.map((c) => c.text)).size).toBe(corpus.length)
    for (const c of [...corpus, ...holdout]) {
      expect(['scam', 'legit']).toContain(c.label)
      expect(c.note.length, c.id).toBeGreaterThan(10)
      expect(c.source.length, c.id).toBeGreaterThan(5)
      if (c.lang === 'km') expect(c.text, c.id).toMatch(/[\u1780-\u17ff]/)
      if (c.lang === 'ko') expect(c.text, c.id).toMatch(/[가-힣ㄱ-ㅣ]/)
    }
  })

  it('rates ≥ 97 % of scams high and ≤ 3 % of legitimate offers and reports high on the training side, in every language', () => {
    // Issue 11's in-sample targets. The honest figures are the blind first runs in README.md.
    const { rows, misses } = evaluate(training)
    console.log(`Offer check on the training side, ${training.length} texts in ${files.length} files (risk = high)`)
    console.table(rows)
    if (misses.length) console.log('Misclassified:', misses.join(', '))
    for (const row of rows) {
      expect(row.recall, `${row.lang} recall`).toBeGreaterThanOrEqual(0.97)
      expect(row.legitRatedHigh, `${row.lang} legit rated high`).toBeLessThanOrEqual(0.03)
    }
  })

  it('never rates a text high that it reads as a report', () => {
    for (const c of training) {
      const result = checkOffer(c.text)
      if (result.frame === 'report') expect(result.risk, c.id).not.toBe('high')
    }
  })

  it('rates ≤ 5 % of legitimate offers high on the holdout sets too', () => {
    // The holdout sets were each written before the engine saw them; their first-run
    // figures are in tests/fixtures/offers/README.md. Recall is reported, not asserted.
    const { rows, misses } = evaluate(holdout)
    console.log('Offer check on tests/fixtures/offers/holdout.jsonl (risk = high)')
    console.table(rows)
    if (misses.length) console.log('Misclassified:', misses.join(', '))
    for (const row of rows) expect(row.legitRatedHigh, `${row.lang} legit rated high`).toBeLessThanOrEqual(0.05)
  })
})
