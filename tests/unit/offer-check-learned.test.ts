import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LIFT_HIGH, LIFT_MEDIUM, LIFT_TWO, REPORT_AT, REPORT_AT_AGREED, checkOffer, combine, learnedFeatures, reframe, withFrame } from '../../core/offer-check'
import { EXTRA, unpack } from '../../core/offer-check/learned'
import { FRAME_MODEL, MODEL } from '../../core/offer-check/learned-weights'
import { pack, trainedSource } from '../../core/offer-check/train'
import { training } from './offer-cases'

// The learned layer (core/offer-check/learned.ts): its table, how it combines with the rules,
// and what it does on wording it has never seen.

describe('the learned layer', () => {
  it('ships exactly the weight table that training on the training side produces', () => {
    // Same files, same order as `npm run train:offer-check`: the table cannot drift from the corpus.
    const committed = readFileSync(new URL('../../core/offer-check/learned-weights.ts', import.meta.url), 'utf8')
    expect(trainedSource(training)).toBe(committed)
    expect(MODEL.weights).toHaveLength(MODEL.buckets + EXTRA)
    expect(FRAME_MODEL.weights).toHaveLength(FRAME_MODEL.buckets + EXTRA)
    // The frame table keeps its 400 largest weights (train.ts, FRAME_DEFAULTS): small on the page.
    expect([...FRAME_MODEL.weights].filter((c) => c !== 'O').length).toBeLessThanOrEqual(400)
  }, 60_000)

  it('ships each table packed, and unpacks it to exactly the table trained', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 1, maxLength: 600 }), fc.integer({ min: 0, max: 1 }), (levels, sparse) => {
        // Mostly zeros, as trained tables are, with runs longer than one gap character spans.
        const weights = levels.map((q, i) => String.fromCharCode(79 + (sparse && i % 97 ? 0 : q))).join('')
        const model = { buckets: weights.length - EXTRA, bias: 1.5, scale: 0.9, weights }
        expect(unpack(pack(model))).toEqual(model)
      }),
    )
  })

  it('raises a level, never lowers one, and never makes a report high', () => {
    for (const p of [0, 0.3, 0.55, 0.65, 0.85, 0.99]) {
      expect(combine({ risk: 'high', score: 6, frame: 'offer' }, p)).toEqual({ risk: 'high', lifted: false, steps: 0 })
      expect(combine({ risk: 'medium', score: 3, frame: 'report' }, p).risk).toBe('medium')
      expect(combine({ risk: 'low', score: 1, frame: 'report' }, p).risk).not.toBe('high')
      expect(combine({ risk: 'low', score: 1, frame: 'unclear' }, p).risk).not.toBe('high')
    }
    expect(combine({ risk: 'medium', score: 2, frame: 'offer', signals: [{ weight: 2 }] }, 0.99)).toEqual({ risk: 'high', lifted: true, steps: 1 })
    expect(combine({ risk: 'low', score: 0, frame: 'unclear' }, 0.99)).toEqual({ risk: 'medium', lifted: true, steps: 1 })
    // Reassuring signs the rules can show outweigh wording alone.
    expect(combine({ risk: 'low', score: -2, frame: 'offer', signals: [{ weight: -2 }] }, 0.99)).toEqual({ risk: 'low', lifted: false, steps: 0 })
  })

  it('lifts a low offer two steps only when the rules found nothing reassuring and the wording is very close to scams', () => {
    const silent = { risk: 'low' as const, score: 0, frame: 'offer' as const, signals: [] }
    expect(combine(silent, LIFT_TWO)).toEqual({ risk: 'high', lifted: true, steps: 2 })
    expect(combine({ ...silent, score: 1, signals: [{ weight: 1 }] }, 0.99)).toEqual({ risk: 'high', lifted: true, steps: 2 })
    // Just below the line, one step.
    expect(combine(silent, LIFT_TWO - 0.01)).toEqual({ risk: 'medium', lifted: true, steps: 1 })
    // One reassuring sign, even outweighed by a warning one, keeps it to one step.
    expect(combine({ ...silent, score: 1, signals: [{ weight: 2 }, { weight: -1 }] }, 0.99)).toEqual({ risk: 'medium', lifted: true, steps: 1 })
  })

  it.each([
    ['en', "Hi dear, my cousin's company in Sihanoukville needs typists. Salary 1800$, they pay your bus ticket, just bring your ID. Message me on WhatsApp, don't tell your family yet"],
    ['ko', '해외 고수익 알바 모집합니다. 간단한 컴퓨터 업무, 월 800만원 보장, 항공권 숙소 제공. 자세한 건 텔레그램으로 문의주세요.'],
    ['km', 'បងស្រីៗ ត្រូវការអ្នកធ្វើការវាយអក្សរ នៅប៉ោយប៉ែត ប្រាក់ខែ ១២០០ដុល្លារ មិនត្រូវការបទពិសោធន៍ ចេញថ្លៃឡានឲ្យ ទាក់ទងតេឡេក្រាម'],
  ])('reads new %s scam wording as a scam', (_lang, text) => {
    const result = checkOffer(text)
    // Above the line that lifts a rule "low" (the Khmer example reads 0.67 with the table trained
    // on 3,909 texts, just under the medium → high line of 0.68; the rules rate it high).
    expect(result.learned.probability).toBeGreaterThan(LIFT_MEDIUM)
    expect(result.risk).toBe('high')
  })

  it.each([
    ['en', "We are hiring a junior accountant for our Seoul office. Requirements: bachelor's degree in accounting, 2 years of experience. Salary 3.2 million won per month, four major insurances. Apply via our careers page."],
    ['ko', '서울 마포구 소재 출판사에서 편집자를 채용합니다. 경력 3년 이상, 4대보험, 주 5일 근무. 이력서는 채용 홈페이지로 제출해 주세요.'],
    ['km', 'ក្រុមហ៊ុនកាត់ដេរ នៅខេត្តកំពង់ស្ពឺ ត្រូវការកម្មករ ប្រាក់ខែ ២១០ដុល្លារ មានប្រាក់បន្ថែមម៉ោង សូមមកដាក់ពាក្យផ្ទាល់នៅការិយាល័យ'],
  ])('leaves a new ordinary %s job low', (_lang, text) => {
    expect(checkOffer(text)).toMatchObject({ risk: 'low', learned: { lifted: false } })
  })

  it.each([
    ['filler', 'x'.repeat(50)],
    ['markup', '<script>alert(1)</script> ' + 'x'.repeat(50)],
    ['a line in another script', 'Привет, как дела?'],
    ['a greeting', '안녕하세요'],
    ['a thank-you', 'ok thanks'],
  ])('has no opinion on %s, and leaves it to the rules', (_what, text) => {
    // The table's bias alone reads p ≈ 0.86, past the two-step line: "안녕하세요" or "ok thanks"
    // was lifted from "low" to "high" with no sign to show (found in review, 2026-12-05).
    expect(checkOffer(text)).toMatchObject({ risk: 'low', learned: { probability: 0, lifted: false } })
  })

  it('says when it raised the level, and adds no sign of its own', () => {
    const lifted = training.map((c) => ({ c, r: checkOffer(c.text) })).filter(({ r }) => r.learned.lifted)
    expect(lifted.length).toBeGreaterThan(0)
    for (const { c, r } of lifted) {
      // The evidence is the rules' alone: the same signals as a check whose level was not raised would show.
      expect(r.signals.every((s) => s.evidence.length > 0), c.id).toBe(true)
      expect(r.learned.probability, c.id).toBeGreaterThanOrEqual(r.learned.steps === 2 ? LIFT_TWO : r.risk === 'high' ? LIFT_HIGH : LIFT_MEDIUM)
      if (r.learned.steps === 2) expect(r.signals.filter((s) => s.weight < 0), c.id).toEqual([])
      if (r.risk === 'high') expect(r.frame, c.id).not.toBe('report')
    }
  })
})

describe('the learned frame', () => {
  it('turns only an unclear reading into a report, and a report is never high', () => {
    expect(reframe('unclear', REPORT_AT, 0.99)).toBe('report')
    expect(reframe('unclear', REPORT_AT - 0.01, 0.99)).toBe('unclear')
    // Nearer the line, the scam table must agree that it reads no scam offer.
    expect(reframe('unclear', REPORT_AT_AGREED, 0.33)).toBe('report')
    expect(reframe('unclear', REPORT_AT_AGREED, 0.34)).toBe('unclear')
    expect(reframe('unclear', REPORT_AT_AGREED - 0.01, 0)).toBe('unclear')
    // The rules' clear readings stand, whatever the tables say.
    expect(reframe('offer', 0.99, 0)).toBe('offer')
    expect(reframe('report', 0, 1)).toBe('report')
    const rule = { risk: 'high' as const, score: 6, frame: 'unclear' as const, signals: [], indicators: [], places: [] }
    expect(withFrame(rule, 'report')).toMatchObject({ risk: 'medium', frame: 'report', score: 6 })
    expect(withFrame(rule, 'unclear')).toMatchObject({ risk: 'high', frame: 'unclear' })
  })

  it('reads a new first-person account the rules found unclear as a report, and does not rate it high', () => {
    const text =
      "I was offered 1800$ a month as a game tester in Cambodia, flight and hotel free, contact on Telegram only. When I landed they took my passport. Sharing so others can see the pattern."
    expect(learnedFeatures(text, { lang: 'en' }, MODEL.buckets).rule).toMatchObject({ frame: 'unclear', risk: 'high' })
    const result = checkOffer(text, { lang: 'en' })
    expect(result.frame).toBe('report')
    expect(result.risk).not.toBe('high')
    // It still shows the signs it quotes.
    expect(result.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['pay.high', 'travel.free', 'channel.telegram']))
  })

  it('leaves a scam offer that warns about "fake agents" an offer, and high', () => {
    const text = 'ប្រយ័ត្នភ្នាក់ងារក្លែងក្លាយ! យើងខ្ញុំជាក្រុមហ៊ុនពិតប្រាកដ។ ការងារនៅមីយ៉ាន់ម៉ា ប្រាក់ខែ ១៨០០ដុល្លារ ចេញថ្លៃធ្វើដំណើរ មិនត្រូវការបទពិសោធន៍ ឆាតមក Telegram។'
    expect(learnedFeatures(text, { lang: 'km' }, MODEL.buckets).rule.frame).toBe('unclear')
    expect(checkOffer(text, { lang: 'km' })).toMatchObject({ frame: 'unclear', risk: 'high' })
  })

  it('on the training side, reframes most unclear reports and almost no unclear offers, and takes no scam its "high"', () => {
    const counts = { reports: 0, reportsReframed: 0, offers: 0, offersReframed: 0, scamsLost: 0 }
    for (const c of training) {
      const opts = c.lang === 'ko' || c.lang === 'km' || c.lang === 'en' ? { lang: c.lang } : {}
      const { rule } = learnedFeatures(c.text, opts, MODEL.buckets)
      if (rule.frame !== 'unclear') continue
      const result = checkOffer(c.text, opts)
      if (c.frame === 'report') (counts.reports++, result.frame === 'report' && counts.reportsReframed++)
      else (counts.offers++, result.frame === 'report' && counts.offersReframed++)
      if (c.label === 'scam' && rule.risk === 'high' && result.risk !== 'high') counts.scamsLost++
    }
    // 90 of 102 and 10 of 167 when this table was trained (2026-12-04, 6,909 texts). Since the
    // scam table's agreement reframes nearer the line (REPORT_AT_AGREED), a few legitimate
    // offers are read as reports too: 7 of the 10 are reframed only by that agreement.
    expect(counts.reportsReframed / counts.reports).toBeGreaterThanOrEqual(0.7)
    expect(counts.offersReframed / counts.offers).toBeLessThanOrEqual(0.08)
    expect(counts.scamsLost).toBe(0)
  }, 60_000)
})
