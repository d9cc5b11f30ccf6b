import { describe, expect, it } from 'vitest'
import { WEIGHTS, checkOffer, type SignalId } from '../../core/offer-check'

/**
 * Khmer parity (issue 11, point 3): every warning sign and every reassuring sign is read
 * in Khmer wording, with at least two Khmer texts each — Khmer and Arabic digits, $
 * before or after, ដុល្លារ, spaced and unspaced words, ប៉ាស្ព័រ beside លិខិតឆ្លងដែន,
 * Latin words mixed in. Our own wording of documented patterns (facts.md §1.3): it needs
 * a native speaker's review.
 */
// One line a sign: its id, then its Khmer texts separated by " | " (read by `byLine`).
const KHMER: Record<SignalId, string[]> = byLine(`
role.scam-explicit ការងារធ្វើជាមិត្តស្រីឆាតជាមួយភ្ញៀវបរទេស | ធ្វើការកាស៊ីណូអនឡាញ ឆ្លើយសារអតិថិជន
money.mule សុំជួលគណនីធនាគាររបស់អ្នក ខែ ១០០ ដុល្លារ | បើកគណនីឱ្យបង ហើយផ្ញើកាតធនាគារមក
secrecy កុំប្រាប់គ្រួសារ | ប្រាប់ម៉ាក់ថាទៅធ្វើការរោងចក្រ
passport.requested លិខិតឆ្លងដែនរក្សាទុកដោយក្រុមហ៊ុន | ផ្ញើប៉ាស្ព័រមកខ្ញុំសិន
border.irregular ឆ្លងព្រំដែនពេលយប់ មានអ្នកនាំផ្លូវ | ជិះទូកឆ្លងទន្លេទៅម្ខាង
channel.bypass-official ទៅកូរ៉េមិនបាច់ប្រឡង | មិនចាំបាច់ទៅក្រសួង យើងធ្វើឲ្យ
reassurance.no-detention ក្រុមហ៊ុនយើងមិនមានការឃុំខ្លួនទេ | គ្មានការវាយដំ ធានាថាមិនមាន
visa.tourist ទៅដោយទិដ្ឋាការទេសចរណ៍ | ចូលជាភ្ញៀវទេសចរសិន
phone.taken ទូរស័ព្ទត្រូវប្រគល់ឱ្យក្រុមហ៊ុនពេលមកដល់ | ក្រុមហ៊ុនដកទូរស័ព្ទពីបុគ្គលិក
pay.unrealistic ការងារវាយអក្សរ ប្រាក់ខែ ៣៥០០$ | ឆ្លើយសារ ខែ ៥,០០០ ដុល្លារ
location.high-risk ធ្វើការនៅប៉ោយប៉ែត | ការងារនៅបាវិត
pay.high ការងារវាយអក្សរ ប្រាក់ខែ ១៥០០$ | សេវាអតិថិជន ខែ $1,200
pay.guaranteed ប្រាក់ខែខ្ពស់ ធានាចំណូល | ខែរាប់ពាន់ដុល្លារ
channel.telegram ទាក់ទងតេឡេក្រាម | ឆាតតាម តេលេក្រាម @kh_work
channel.messenger ព័ត៌មានបន្ថែម ឆាតមក inbox | ឆាតឯកជនមក
reassurance មិនមែនជាការបោកប្រាស់ទេ | សុវត្ថិភាព 100%
urgency.departure ចេញដំណើរភ្លាមៗ | នៅសល់ ៣ កន្លែងទៀត
company.hidden ទីតាំងនឹងប្រាប់ពេលក្រោយ | កន្លែងធ្វើការពិតប្រាប់ពេលដល់
contract.on-arrival កិច្ចសន្យាធ្វើពេលទៅដល់ | គ្មានកិច្ចសន្យា
screening.minimal មិនចាំបាច់សម្ភាសន៍ | តេស្តវាយអក្សរប៉ុណ្ណោះ
crypto លក់គ្រីបតូ តាមអនឡាញ | ប្រាក់ខែបើកជាកាក់ឌីជីថល
travel.prepaid ថៅកែចេញថ្លៃឲ្យមុន | ថ្លៃឡានបងចេញឲ្យ
travel.debt ថ្លៃយន្តហោះកាត់ពីប្រាក់ខែ | ត្រូវសងវិញ បើឈប់ធ្វើការ
routing.indirect ធ្វើដំណើរតាមបាងកក | ទៅតាមហូជីមិញ រួចឡានមកទទួល
fees.upfront ត្រូវបង់ថ្លៃសេវា ៥០០ ដុល្លារ | ប្រាក់កក់ ៣០០$
location.compound-area ការងារវាយអក្សរនៅក្រុងព្រះសីហនុ | ធ្វើការកុំព្យូទ័រនៅខេត្តព្រះសីហនុ ស្នាក់នៅឥតគិតថ្លៃ
combo.lure ស្រីស្អាត ធ្វើអ្នកទទួលភ្ញៀវនៅកាស៊ីណូ | សំបុត្រយន្តហោះ និងកន្លែងស្នាក់នៅ ធ្វើការនៅប្រទេសថៃ ទាក់ទងតេឡេក្រាម
travel.free ថ្លៃយន្តហោះឥតគិតថ្លៃ | ក្រុមហ៊ុនចេញថ្លៃធ្វើដំណើរ
lodging.free មានកន្លែងស្នាក់នៅ | ហូបចុកឥតគិតថ្លៃ
experience.none មិនត្រូវការបទពិសោធន៍ | គ្មានបទពិសោធន៍ក៏ធ្វើបាន
language.none មិនបាច់ចេះភាសា | គ្រាន់តែចេះប្រើទូរស័ព្ទ
demographic.any មិនកំណត់អាយុ | ភេទប្រុសស្រីមិនកំណត់
job.vague-it-cs ការងារវាយអក្សរ | បម្រើអតិថិជនអនឡាញ
women.targeted ត្រូវការស្រីស្អាត | នារីស្អាត អាយុ ១៨-២៥
visa.handled ក្រុមហ៊ុនរៀបចំទិដ្ឋាការ | ទិដ្ឋាការយើងចាត់ចែង
referral.friend មកធ្វើការជាមួយបង | មិត្តភក្តិណែនាំ
location.scam-region ការងារវាយអក្សរនៅកម្ពុជា | ការងារអនឡាញនៅប្រទេសថៃ
location.vague ការងារនៅក្រៅប្រទេស | ធ្វើការនៅអាស៊ីអាគ្នេយ៍
green.official-channel ចុះឈ្មោះនៅក្រសួងការងារ | តាមប្រព័ន្ធ MOU រវាងរដ្ឋាភិបាល
green.government-program កម្មវិធីរបស់រដ្ឋាភិបាល | កម្មវិធីរបស់ក្រសួង
green.work-visa ទិដ្ឋាការការងារ | ប័ណ្ណការងារ
green.licensed-agency ទីភ្នាក់ងារមានអាជ្ញាប័ណ្ណ | អាជ្ញាប័ណ្ណពីក្រសួង
green.registered-employer ចុះបញ្ជីនៅក្រសួងពាណិជ្ជកម្ម | ធនាគារ ភីអិលស៊ី
green.contract ចុះកិច្ចសន្យាការងារ | កិច្ចសន្យាមុនចេញដំណើរ
green.interview សម្ភាសន៍ផ្ទាល់ | ហៅសម្ភាសន៍ជាលើកទីពីរ
green.qualifications តម្រូវឱ្យមានបរិញ្ញាបត្រ | បទពិសោធន៍យ៉ាងតិច ២ឆ្នាំ
green.benefits មាន ប.ស.ស. | ធានារ៉ាប់រងសុខភាព
green.no-fee មិនយកថ្លៃសេវា | ចុះឈ្មោះឥតគិតថ្លៃ
green.address អាសយដ្ឋាន៖ ផ្លូវ ២៧១ | សង្កាត់ទួលទំពូង ខណ្ឌចំការមន
green.corporate-channel គេហទំព័រផ្លូវការ | ផ្ញើ CV មក hr@angkorresort.com.kh
green.no-relocation ធ្វើការពីផ្ទះ | ការងារធ្វើការពីផ្ទះ តាមអ៊ីនធឺណិត
green.passport-kept លិខិតឆ្លងដែនរក្សាទុកដោយខ្លួនឯង | ក្រុមហ៊ុនមិនរក្សាទុកលិខិតឆ្លងដែនទេ
green.realistic-pay ប្រាក់ខែ ២០៨$ | ប្រាក់ខែ ៣២០ ដុល្លារ
`)

/** `id text | text …` lines into a record of texts by sign. */
function byLine(block: string): Record<SignalId, string[]> {
  const table = {} as Record<SignalId, string[]>
  for (const line of block.trim().split('\n')) {
    const space = line.indexOf(' ')
    table[line.slice(0, space) as SignalId] = line.slice(space + 1).split(' | ')
  }
  return table
}

describe('Khmer parity: every sign is read in Khmer', () => {
  it('has at least two Khmer texts for every sign the check knows', () => {
    expect(Object.keys(KHMER).sort()).toEqual([...WEIGHTS.keys()].sort())
    for (const [id, texts] of Object.entries(KHMER)) {
      expect(texts.length, id).toBeGreaterThanOrEqual(2)
      for (const text of texts) expect(text, id).toMatch(/[\u1780-\u17ff]{3}/)
    }
  })

  it.each(Object.entries(KHMER).flatMap(([id, texts]) => texts.map((text) => [id, text] as const)))('%s in %j', (id, text) => {
    const result = checkOffer(text, { lang: 'km' })
    expect(result.signals.map((s) => s.id)).toContain(id)
    for (const s of result.signals) for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.text)
  })
})
