import { describe, expect, it } from 'vitest'
import { extractIndicators, normalizeText, parseSalaries } from '../../core/offer-check'
import { despace, spanOf } from '../../core/offer-check/normalize'

// Reading the text before any sign is judged: normalisation, pay amounts, contacts.

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
