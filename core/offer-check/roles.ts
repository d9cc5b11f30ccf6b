/**
 * Who holds the passport or the phone (issue 11, point 1).
 *
 * The sign is about the holder, not the word "passport": "Company will keep your passport
 * for work permit processing" is the strongest trafficking sign there is (OHCHR, MOFA:
 * passports and phones are taken on arrival), "you keep your own passport" is reassuring
 * only when the text says the worker keeps it, and a passport copy asked for a visa
 * application before departure is neither (offer-meaning.md).
 *
 * Each clause (cut at . ! ? ; ។ line breaks and "but / 하지만 / ប៉ុន្តែ") that names a
 * passport or a phone is read once:
 *
 * - **worker** — the worker keeps it ("you keep your own passport", "we never hold
 *   passports", 본인이 보관, 회사는 여권을 보관하지 않습니다, ខ្លួនឯងរក្សា, ក្រុមហ៊ុនមិនរក្សាទុក);
 * - **company** — the company keeps, holds, collects, "safekeeps" or processes the
 *   original, or the reader is told to hand it in (회사 보관, 여권을 맡기, 휴대폰 반납,
 *   លិខិតឆ្លងដែនរក្សាទុកដោយក្រុមហ៊ុន, ប្រគល់ទូរស័ព្ទ);
 * - **visa** — a passport (copy) asked for a visa or permit application: neither sign;
 * - **none** — the clause says nothing about who holds it.
 *
 * Patterns run on the despaced, normalised text (lower case, ASCII digits). Khmer is
 * written without spaces, so Khmer patterns allow an optional space between words.
 */

import { raw, re, sp, spRaw } from './regex'

export type Holder = 'worker' | 'company' | 'visa' | 'none'
export type RoleFinding = { object: 'passport' | 'phone'; holder: Holder; from: number; to: number; clauseFrom: number; clauseTo: number }

/** Khmer: a passport or phone; who acts for the company (a "safe", ទូដែក, holds for it too). */
const KOBJ = '(លិខិត ឆ្លង ដែន|ប៉ាស្ព័រ|passport|ទូរ ស័ព្ទ)'
const KACT = '(ក្រុមហ៊ុន|ការិយាល័យ|ថៅកែ|យើង|ប្រធាន|មេ ការ|ទូ ដែក|និយោជក|ផ្នែក|hr)'

const PASSPORT = /passports?|여권|(?<![a-z])pp(?![a-z])|លិខិត ?ឆ្លង ?ដែន|ប៉ាស្ព័រ|paspor/g
const PHONE = re(
  raw`(?<![a-z])((mobile |cell |smart)?phones?|handphones?|devices?)(?![a-z])|휴대 ?폰|휴대 ?전화|핸드폰|(?<![가-힣])폰(?![트])|전화기|` + sp('ទូរ ស័ព្ទ'),
  'g',
)

// The worker keeps it, or the company says it will not.
const WORKER = re(
  [
    raw`(?<![a-z])(you|workers?|employees?|staff|candidates?|everyone|each (worker|employee))( (will|always|can|may|must|should))? (keep|hold|retain|carry|have)s? (your|their|his|her) (own |original )?(passport|phone|mobile)`,
    raw`(passports?|phones?)( and (passports?|phones?))? (always |will |must )?(stays?|remains?|is kept|are kept|be kept) (with|by) (you|the worker|workers|employees|the employee|staff|their owners?)`,
    raw`(keep|hold|carry) your (own )?(passport|phone)s?( and (your )?(passport|phone)s?)? (with you|yourself|at all times|on you)`,
    raw`(keep|hold) your own (passport|phone)`,
    raw`(we|company|employer|the company|the employer|our company|management|hr|no one|nobody|no employer|agency)( will| would| does| do|'ll)? (never|not|n't|don'?t|doesn'?t|won'?t|will not|does not|do not|cannot|can'?t|is not allowed to|are not allowed to) (ever )?(keep|hold|take|retain|collect|confiscate|ask (you )?(for|to hand)|touch|store)`,
    raw`(never|do not|don'?t) (give|hand|surrender|let anyone (keep|hold|take)) (your |the )?(original )?(passport|phone)`,
    raw`(본인|직접|스스로|근로자|직원|각자|개인)(이|가|께서|분이)? ?(직접 ?|계속 ?|항상 ?)?(보관|소지|가지고|갖고|관리)`,
    raw`(보관|맡|수거|걷|제출|반납|회수|압수|받)[가-힣]{0,3}( 필요(가|는)?| (건|것은|거는|일은|일))? ?(않|없|안 ?함|안 ?해|안 ?합니다|x|마세요|마십시오|말 ?것)`,
    raw`(보관|수거|제출|반납)( ?요구)? ?(없음|없습니다|x|안 ?함|하지 않)`,
    spRaw`(ខ្លួន ឯង|ផ្ទាល់ ខ្លួន) ?(ជា អ្នក )?(រក្សា|កាន់|ទុក)|(រក្សា|កាន់|ទុក)( ទុក)?([^\n។]{0,20})?(ដោយ )?ខ្លួន ឯង|(អ្នក|បុគ្គលិក|កម្មករ)( នឹង)? (រក្សា|កាន់)( ទុក)? ${KOBJ}( (ដោយ )?(ខ្លួន ឯង|ផ្ទាល់ ខ្លួន|របស់ (អ្នក|ខ្លួន)))`,
    spRaw`${KOBJ}[^\n។]{0,16}មិន (ត្រូវ |ចាំ បាច់ |បាច់ )?(ប្រគល់|រក្សា|ទុក|ដាក់|ប្រមូល|យក|ដក)`,
    spRaw`(ក្រុមហ៊ុន|យើង|ថៅកែ|និយោជក)( ខ្ញុំ)?( នឹង)? (មិន|គ្មាន|មិន ដែល|មិន ត្រូវ|មិន អាច)( ដែល)? (រក្សា|ទុក|កាន់|ប្រមូល|យក|ដក|ទាមទារ)`,
    spRaw`(មិន (ត្រូវ )?(ប្រគល់|ផ្ញើ|ឱ្យ|អោយ|ឲ្យ))[^\n។]{0,12}${KOBJ}[^\n។]{0,12}(ក្រុមហ៊ុន|ថៅកែ|នរណា|អ្នក ណា)`,
  ].join('|'),
  'g',
)

// The company holds it: a company actor with a holding verb, the passive, or the reader told to hand it in.
const ACTOR = raw`(we|company|the company|our company|employer|the employer|hr|office|the office|management|agency|the agency|boss|the boss|manager|supervisor|recruiter|agent|they|our staff|security|team leader|admin)`
const HOLD_EN = raw`(keep|keeps|kept|keeping|hold|holds|held|holding|retain|retains|retained|store|stores|stored|collect|collects|collected|take|takes|took|taken|confiscat[a-z]*|lock[a-z]* (up|away)|safeguard[a-z]*|look after|looks after|process|processes|processed|handle|handles|manage|manages|need to keep)`
const COMPANY = re(
  [
    raw`(?<![a-z])${ACTOR}( (will|would|must|shall|may|is going to|are going to|needs? to|has to|have to|'ll|usually|always|then|also|just|only))*( (keep|hold|collect|take))?( care of)? ${HOLD_EN}( (your|all|the|workers'|employees'|staff|their|everyone's))?( (original|physical))? (passports?|phones?|mobiles?|devices?)`,
    raw`(passports?|phones?|mobiles?|devices?)( and (your )?(passports?|phones?))?( (will|must|shall|are|is|get|gets|need to|have to|has to) (be )?| (are|is) )(kept|held|collected|taken|stored|retained|confiscated|locked|deposited|surrendered|handed (in|over)|given to|processed|safeguarded|placed)`,
    raw`(passports?|phones?|mobiles?|devices?)[^.\n]{0,30}((for )?safe ?keeping|for (your )?(safety|security)|in (the |our |a )?(company |office )?(safe|locker|custody)|kept by|held by|stored by|with (hr|the company|the office|management|us) (during|for|until|while))`,
    raw`(hand|give|surrender|deposit|turn|submit|leave)( in| over| up)? (your |the |all |our |my |their )?(original )?(passports?|phones?|mobiles?|devices?)( and (your )?(passports?|phones?))?( in| over| up)? (to|with|at|on|upon|when|after|for|before)`,
    raw`(hand|turn) (in|over) (your |the |all |our |my |their )?(original )?(passports?|phones?)`,
    // "Bring your passport to our office, we keep it until ticket day": the pronoun is the passport.
    raw`(passports?|phones?)[^.\n]{0,40}(we|company|office|agent|they)( will)? (keep|hold|retain|collect) (it|them)(?![a-z])`,
    raw`surrender(ed|s)? (your |the |all |our |my |their )?(original )?(passports?|phones?)`,
    // The original sent by post or courier: "여권 원본을 아래 주소로 등기 발송".
    raw`(courier|post|mail) (us |me )?(your )?original passport|(original passports?|여권 원본)[^.\n]{0,16}(courier|post|mail|등기|택배|우편)`,
    raw`(여권|폰|휴대 ?폰|핸드폰|휴대 ?전화|전화기|스마트폰)(은|을|는|도|과|와|이랑|하고|,)?[^\n.]{0,24}(회사|사무실|팀장|관리자|매니저|사장님?|저희|우리|실장|본사|인사팀|보안 ?팀|총무|경비|현지 ?직원|행정실|담당자)( ?측)?(에서|가|이|께서|에|에게|한테)?[^\n.]{0,14}(보관|관리|맡|수거|걷|가지고 있|금고|회수|압수|소지|제출|반납)`,
    raw`(회사|사무실|팀장|관리자|매니저|사장님?|저희|우리|실장|본사|인사팀)(에서|가|이|께서|측)?[^\n.]{0,10}(여권|폰|휴대 ?폰|핸드폰|휴대 ?전화)(은|을|는|도)?[^\n.]{0,10}(보관|관리|맡|수거|걷|가지고 있|회수)`,
    raw`(여권|폰|휴대 ?폰|핸드폰|휴대 ?전화|전화기)(은|을|는|도)?[^\n.]{0,16}(맡기|맡겨|맡기셔|맡아|반납|수거|걷어|제출 후 보관|금고|일괄 보관|회수|압수|입구에서 (제출|보관)|위탁)`,
    raw`(여권|폰|휴대 ?폰|핸드폰) ?(보관|관리)(은|는)? ?(회사|사무실|저희)`,
    spRaw`${KOBJ}([^\n។]{0,24})(រក្សា ទុក|ទុក|កាន់|ប្រមូល|ដក|យក)( ទុក)?( (នៅ|ដោយ|ជាមួយ|នៅ ឯ|នៅ ក្នុង))? ${KACT}`,
    spRaw`គេ (យក|ដក|ហូត|រក្សា ទុក|ទុក|ប្រមូល) ${KOBJ}`,
    spRaw`ខ្ញុំ (រក្សា|ទុក|កាន់)( ទុក)? ${KOBJ}[^\n។]{0,30}(ទាល់ តែ|រហូត ដល់|ដល់ ពេល)`,
    spRaw`${KOBJ}[^\n។]{0,24}${KACT} (នឹង |ត្រូវ )?(រក្សា|ទុក|កាន់|ប្រមូល|ដក|យក)`,
    raw`(여권|폰|휴대 ?폰|핸드폰|휴대 ?전화)(은|을|이랑|과|하고)?[^\n.]{0,12}(뺏|빼앗|가져가|압수)`,
    spRaw`${KACT}( ខ្ញុំ)?( នឹង| ត្រូវ| នឹង ត្រូវ)? (រក្សា ទុក|រក្សា|ទុក|កាន់|ប្រមូល|ដក|យក|ជួយ រក្សា)( ទុក)?([^\n។]{0,8})?${KOBJ}`,
    spRaw`(ប្រគល់|ដាក់ ទុក|ផ្ញើ ទុក|ផ្ញើ)( ច្បាប់ ដើម)?([^\n។]{0,6})?${KOBJ}([^\n។]{0,24})?(ក្រុមហ៊ុន|ការិយាល័យ|ថៅកែ|ប្រធាន|មេ ការ|យើង|ពេល (មក |ទៅ )?ដល់|ពេល ចូល|ទុក)`,
    spRaw`${KOBJ}([^\n។]{0,24})?(ត្រូវ )?(ប្រគល់|ដាក់ ទុក|ផ្ញើ ទុក)( ឱ្យ| អោយ| ឲ្យ| ទៅ)?`,
  ].join('|'),
  'g',
)

// A passport (copy) asked for a visa or permit application, before departure.
const VISA_PURPOSE = re(
  [
    raw`(for|to (apply|file|lodge|process|start)( for)?|needed for|required for|in order to apply for) (your |the |a )?(work |employment |e-?class |business )?(visa|permit|work permit|employment pass|visa application|permit application|application)`,
    raw`(copy|scan|photo|picture|photocopy|bio ?page|data page)`,
    raw`비자 ?(신청|발급|접수)|(사본|스캔|사진|복사본)`,
    spRaw`(ដាក់ ពាក្យ|ស្នើ សុំ|ធ្វើ|រៀបចំ) (ទិដ្ឋាការ|ប័ណ្ណ ការងារ|លិខិត អនុញ្ញាត)|ច្បាប់ ចម្លង|ថត ចម្លង`,
  ].join('|'),
)
const VISA_APPLICATION = /visa|permit|초청장|invitation|employment pass|비자|허가|워크 ?퍼밋|ទិដ្ឋាការ|ប័ណ្ណ ?ការងារ|អនុញ្ញាត/

// A clause after one that names the passport or phone, holding it by a pronoun: "Please bring
// your original passport. HR keeps it at the office", "It stays with us while you work here",
// or in Korean with none ("여권 원본 지참. 회사에서 보관합니다").
const HELD_IT = re(raw`(?<![a-z])(${ACTOR}( will|'ll)? ${HOLD_EN} (it|them)|(it|they) (stays?|remains?|(is|are|will be) kept) with (us|hr|the company))(?![a-z])|(^ ?|(?<=때문에 |위해 ))(회사 ?)?(회사|저희|인사팀|사무실|본사|총무 ?팀)(에서|가)? ?(일괄 )?(보관|맡아)`)

const CLAUSE_END = /[.!?;\n។]|(?<![a-z])but(?![a-z])|하지만|그러나|ប៉ុន្តែ|តែ ?(?=ក្រុមហ៊ុន)/g

/** Clause boundaries of a text as [from, to) pairs. */
export function clauses(text: string): [number, number][] {
  const out: [number, number][] = []
  let from = 0
  CLAUSE_END.lastIndex = 0
  for (let m = CLAUSE_END.exec(text); m; m = CLAUSE_END.exec(text)) {
    // "co. ltd", "e.g." and decimals do not end a clause.
    if (m[0] === '.' && /\d$|(?:co|ltd|no|st|e\.g|i\.e|u\.s|mr|ms|dr)$/.test(text.slice(Math.max(0, m.index - 4), m.index)) && /^[\s\d]?[\da-z]/.test(text.slice(m.index + 1, m.index + 3))) continue
    if (m.index > from) out.push([from, m.index])
    from = m.index + m[0].length
  }
  if (from < text.length) out.push([from, text.length])
  return out
}

function firstMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0
  return re.exec(s)
}

/** Who holds each passport or phone a clause names. Offsets are into `text`. */
export function readHolders(text: string): RoleFinding[] {
  const out: RoleFinding[] = []
  let named: 'passport' | 'phone' | undefined
  for (const [a, b] of clauses(text)) {
    const clause = text.slice(a, b)
    const it = named && !firstMatch(PASSPORT, clause) && !firstMatch(PHONE, clause) && HELD_IT.exec(clause)
    if (it) out.push({ object: named!, holder: 'company', from: a + it.index, to: a + it.index + it[0].length, clauseFrom: a, clauseTo: b })
    named = undefined
    for (const [object, pattern] of [['passport', PASSPORT], ['phone', PHONE]] as const) {
      const obj = firstMatch(pattern, clause)
      if (!obj) continue
      // A copy for a visa is not the passport itself: no pronoun after it is read as holding it.
      if (!VISA_PURPOSE.test(clause)) named ??= object
      const worker = firstMatch(WORKER, clause)
      const company = firstMatch(COMPANY, clause)
      let holder: Holder = 'none'
      let span: [number, number] = [obj.index, obj.index + obj[0].length]
      // A question ("Do I need to give my passport to anyone?") says nothing about who holds it.
      const question = /\?\s*$/.test(text.slice(a, Math.min(text.length, b + 1)))
      if (worker) {
        holder = 'worker'
        span = [Math.min(span[0], worker.index), Math.max(span[1], worker.index + worker[0].length)]
      } else if (company && !question && !(object === 'passport' && /사본|스캔|copy|scan|ចម្លង/.test(company[0]) && VISA_APPLICATION.test(clause))) {
        holder = 'company'
        span = [company.index, company.index + company[0].length]
      } else if (object === 'passport' && VISA_PURPOSE.test(clause) && VISA_APPLICATION.test(text.slice(Math.max(0, a - 160), b))) {
        holder = 'visa'
      }
      out.push({ object, holder, from: a + span[0], to: a + span[1], clauseFrom: a, clauseTo: b })
    }
  }
  return out
}
