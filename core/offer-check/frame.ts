/**
 * Frame: does the text recruit the reader (an offer), or report on recruitment (news, a
 * police or embassy notice, a warning post, a court record, a survivor's account)?
 * (issue 11, point 2; offer-meaning.md "Frame").
 *
 * Cues for a report: reporting verbs and sources (said, warned, according to, police,
 * embassy, court; 밝혔다, 당부했다, 에 따르면, 경찰은; បានព្រមាន, យោងតាម, ប៉ូលិស), victims in
 * the third person, past-tense narration, "do not respond / report it", and the scam
 * wording inside quotation marks. Cues for an offer: a call to action to the reader
 * (apply, DM, contact us, 지원, 연락 주세요, 문의; ទាក់ទងមក, ដាក់ពាក្យ), "we", pay and
 * conditions addressed to "you", a start date.
 *
 * Each cue list is one regular expression; every distinct cue found counts once, so a
 * long article does not win by repetition alone. A report must clearly outweigh the
 * offer cues: a scam ad that adds "not a scam, police approved" stays an offer.
 */

import { raw, re, spRaw } from './regex'

export type Frame = 'offer' | 'report' | 'unclear'


// Strong report cues (2 points each): a source that speaks, or a reporting verb.
const REPORT_STRONG = re(
  [
    raw`(?<![a-z])(police|embassy|ministry) ?:`,
    raw`(?<![a-z])(police|embassy|envoy|ministry|media|authorities|officials?|officers?|advisers?|experts?|reports?|court|interpol|ngo|investigators?|government|immigration|central|the bureau|the agency)( [a-z]+){0,4} (said|says?|warned|warns|cautioned|placed|stopped|arrested|rescued|reported|reports|urged|urges|advised|found|sentenced|confirmed|announced|stated|raided|noted|told|shown)(?![a-z])`,
    raw`(?<![a-z])(according to|defendants?)(?![a-z])`,
    raw`밝혔다|하였다|에 따르면|경찰(청)?(은|에 따르면)|외교부(는|가)|대사관(은|이)|기소|검거(됐|되었|했)|기자`,
    // A header naming the genre: [취업 사기 주의], [인터뷰 자막], [MOD POST], [សម្ភាសន៍]; Q&A transcripts. A
    // Korean header that only says "notice" ([공지], [밴드 공지], [입사 서류 안내]) is not one: recruiters
    // post their offers as notices to the group or to the hired (blind sets 14 and 15).
    raw`\[[^\]\n]{0,24}(사기|피해|소식지|연구|인터뷰|사연|경고|주의|뉴스|속보|댓글|기사|보도|판결|notice|research|advisory|warning|alert|news|interview|mod post|court|សម្ភាសន៍|ព័ត៌មាន|ជូន ?ដំណឹង|ប្រកាស|ព្រមាន)[^\]\n]{0,24}\]|(^|\n)(q|문) ?[.:：]`,
    raw`(^|\n)([^a-z\n]{0,4}psa|column ?[|:])(?![a-z])|a psa ?:`,
    spRaw`ក្រសួង ការ បរទេស|តុលាការ|បាន និយាយ ថា|បាន ព្រមាន|យោង តាម|បាន បញ្ជាក់|បាន រាយការណ៍|សេចក្តី ជូន ដំណឹង|ប្រកាស ព័ត៌មាន`,
  ].join('|'),
  'g',
)

// Weaker report cues (1 point each, each distinct cue once).
const REPORT_WEAK = re(
  [
    raw`(?<![a-z])(suspects?|(were|was) accused|raids? on|repatriation|flew (back|home)|i almost went|= ?(fraud|scam)|circular|we'?ve seen|how (the|this) [a-z"' ]{0,30}scam|screenshot and report|we advised|documented|these (offers?|ads?|posts?)|recruits|what (do|should) we do|we collected|interview notes?|please help us|typical line|syndicates?|forwarded|parish|hotlines?|summary|estimated?|criminal|networks|held against|forced to|if you or someone|someone you know|(was|were|had been|is being|are being) ([a-z]+ )?(recruited|required|punished|withheld|arranged|confiscated|sold|beaten|detained|locked|threatened|taken|moved|rescued|arrested|trafficked|sentenced|repatriated|held|lured)|last (week|month|year)|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|families|if (the|an|a) (offer|ad|job|post)|before you (post|apply|go|accept|say yes)|read before|red flags?|(my|our) (son|daughter|brother|sister|nephew|niece|cousin|husband|wife)|please share|repatriated|(he|she) (was|went|said|told|left|called|recalled)|they (said|told|recalled)|victims?|survivors?|trafficked|trafficking|lured|scam ?alert|beware|warning|advisory|be careful|do not (respond|reply|apply|send|trust|pay|believe|go|travel|accept)|don'?t (fall|trust|respond|reply|believe|accept|travel)|report(ed)? (it|them|such|this|suspicious|any|the (account|post|profile|page))|readers?|this blog|going round|lines such as|stay safe|checklist|issued by|opinion|(are|is) (a )?(scams?|fake|lures?|traps?|fraud(ulent)?)|(scam|fake|fraudulent|bogus) (ads?|posts?|offers?|jobs?|recruit[a-z]*|agents?|companies|advert[a-z]*)|job scams?|scam (compounds?|centres?|centers?|hubs?)|in 20\d\d|i was|we were|they took|took (my|our|his|her) (passports?|phones?))(?![a-z])`,
    raw`알립니다|가지 ?마(라|세요)|의심하세요|확인하세요|주의 안내|사기가 늘|범죄 ?조직|구출|일당|공지|안내(드립니다|합니다|문)?|여행 ?경보|징역|벌금|개정|추진|사칭|영사 ?콜 ?센터|대사관|외교부|경찰청|고용(노동)?부|(저희|제|우리) (동생|아들|딸|남편|아내|조카|형|오빠|누나|언니)|(동생|아들|딸|조카|남편)(이|가|는)(?![가-힣])|(었|았|였|했|됐|왔|갔|졌|렸)(습니다|대요|고요|더라고요|답니다|던)(?![가-힣])|유의 ?사항|즉시 신고|(경찰서|112|영사 ?콜 ?센터)(에|로)? ?(문의|신고|연락)|후기|공통점|전과`,
    raw`혐의|송환|체포|위급 상황|캡처|마셈|뻔(함|했)|조심해라|대꾸하지 마|차단(했|하세요)|(들었|받았)음|(라|다|냐|자)['"’”]? ?고 (하더라|했|해서|하던|함|올렸)|답장하지 마|가지 마(?![가-힣])|하나라도 해당|던 사람|피해자|피해 (사례|신고|예방)|[가-힣a-z]씨(는|가|의|에게)(?![가-힣])|조심하세요|사기(입니다|예요|에요|임|다|일 가능성)|취업 ?사기|(허위|가짜|불법) (구인|광고|채용)|같은 (광고|글|제안|문구|dm)|이런 (광고|글|제안)|(했|됐|였|었|았|졌)다(?![가-힣])|뉴스|보도|경보|(아들|딸|동생|남편|아내|친구)(이|가|는)[^\n.]{0,20}(갔|떠났|연락|실종)|저는[^\n.]{0,30}(었|았|했)(어요|습니다)`,
    spRaw`ជន សង្ស័យ|មេ ឃុំ|សេចក្តី ប្រកាស|(សារ|សញ្ញា) ព្រមាន|លុប ចោល|ខ្ញុំ និយាយ|ការ ស្រាវ ជ្រាវ|ត្រូវ បាន (ដាក់|បង្កើត)|សូម ឈប់|រក (គាត់ )?មិន ឃើញ|អាណា ព្យាបាល|ចោទ|ត្រូវ ពិនិត្យ|សញ្ញា គ្រោះ ថ្នាក់|ចាប់ ខ្លួន|ផ្សព្វ ផ្សាយ ដល់|ប្រឆាំង ការ ជួញ ដូរ|ជួយ សង្គ្រោះ|(ដោយ|បាន) សន្យា|យុវ ជន ខ្មែរ|ពលករ ខ្មែរ|ការិយាល័យ ប្រឆាំង|ប្រជា ពល រដ្ឋ|បណ្តាញ សង្គម|សារ ជា សំឡេង|ទើប (មក )?ដល់ ផ្ទះ|ត្រឡប់ មក (ផ្ទះ |ស្រុក )?វិញ|សំណួរ|ចម្លើយ|ចែក រំលែក|ដើម្បី កុំ ឲ្យ អ្នក ផ្សេង|ចាញ់ បោក|ដក ស្រង់|គេ (យក|ដក|ហូត|វាយ|ឃុំ)|ត្រូវ គេ|នគរបាល|បាត់ ទំនាក់ ទំនង`,
    spRaw`admin (ប្រកាស|លុប)|ជន រង គ្រោះ|ប្រយ័ត្ន|មជ្ឈ មណ្ឌល ឆបោក|ការ បោក ប្រាស់|ជួញ ដូរ មនុស្ស|អាជ្ញាធរ|ស្ថាន ទូត|ក្រសួង|ប៉ូលិស|កុំ ជឿ|កុំ (ឆ្លើយ|ផ្ញើ|បង់|ទៅ|ទទួល|ប្រគល់)|ត្រូវ បាន (បោក|ជួញ|ចាប់|ឃុំ|បញ្ឆោត|នាំ|បង្ខំ|ជួយ|បញ្ជូន)|កាល ពី|ឆ្នាំ មុន|ខែ មុន|រាយ ការណ៍|ជូន ដំណឹង|សូម (ផ្ទៀង ផ្ទាត់|រាយការណ៍)|ក្លែង ក្លាយ|បែប នេះ|កូន (ប្រុស|ស្រី)? ?ខ្ញុំ|បង ប្រុស ខ្ញុំ|ប្អូន ខ្ញុំ|ខ្ញុំ ក៏ (ធ្លាប់|ទទួល|មាន)|(ម៉ាក់|ម្តាយ) ខ្ញុំ|block`,
  ].join('|'),
  'g',
)

// Offer cues (1 point each): the reader is recruited.
const OFFER = re(
  [
    raw`(?<![a-z])(apply( now| today| here| online)?|inbox|interested\??|we( are|'re) (hiring|looking|recruiting|seeking)|hiring|position|salary ?:|you will|you'll|you can|your (salary|job|work|duties|shift|contract|flight|visa|interview)|requirements ?:|we (offer|provide|pay|cover|will|can|need)|cv|urgent(ly)?|send (cv|resume)|register)(?![a-z])`,
    raw`오세요|자리 (얼마 )?안 ?남|모집|귀하|님께|합류 ?(예정자|자|일정)|입소|추천 ?코드|면접[^\n.]{0,6}잡아|구합니다|구해요|구인|채용|지원(하세요|자격|방법|서|바랍니다|해 ?주세요|가능| ?:)|연락 ?(주세요|바랍니다|주시면|줘|해|주십시오|드릴게요|드립니다)|문의|급구|우대|월급|급여 ?:|근무 ?(지|시간|조건)|가능하신 ?분|드립니다|드려요|관심 있으|생각 있으면|개인 ?톡`,
    spRaw`ទាក់ ទង (មក|តាម|លេខ)|ដាក់ ពាក្យ|ជ្រើស រើស|ត្រូវ ការ (បុគ្គលិក|កម្មករ|កម្មការិនី|អ្នក)|ចាប់ អារម្មណ៍|ប្រាក់ ខែ|លក្ខខណ្ឌ|ឆាត មក|បង ប្អូន (ណា|ដែល)|សម្ភាសន៍|ចង់ (ទៅ|មក|ចេញ|ធ្វើ)[^\n។]{0,12}(អត់|ទេ)\??|ផ្ញើ[^\n។]{0,20}មក (បង|ខ្ញុំ)|លិខិត ផ្តល់ ការងារ|offer letter|សូម ធ្វើ ដំណើរ`,
  ].join('|'),
  'g',
)

// A reader asking whether an offer they were sent is real, or a header about the reader's own
// hiring (2 points each): the offer is aimed at them, however much of it they quote ("is this
// legit?", 진짜일까요, ពិតអត់?, [합격 안내], [입사 서류 안내]).
const ASK = re(
  raw`(?<![a-z])(is (this|it) (legit|real|safe)|anyone (know|tried))(?![a-z])|\[[^\]\n]{0,20}(합격|입사|면접|발령|선발)[^\]\n]{0,20}\]|진짜(일까요|인가요)|괜찮은 (건가|걸까)요|(받아|가) ?본 (사람|분) (있|후기)|` +
    spRaw`ពិត (អត់|ឬ ទេ)|តើ[^\n។]{0,30}ពិត ទេ|គួរ (ទៅ|ឲ្យ) (ឬ )?ទេ|ជួយ មើល`,
  'g',
)

/** Quotations long enough to carry ad wording: '…', "…", ‘…’, “…”, «…», 「…」. */
const QUOTE = /(?<![a-z\d])(?:["“«「『][^\n"”»」』]{12,}?["”»」』]|['‘][^\n'’]{12,}?['’])(?![a-z\d]| ?(?:이?라)?고만? (?:하|해|말|대답))/g

function distinct(re: RegExp, text: string): number {
  const seen = new Set<string>()
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++
    else seen.add(m[0].replace(/\s+/g, ''))
  }
  return seen.size
}

export type FrameScores = { report: number; offer: number }

/**
 * Score the frame of a normalised (lower-case, despaced) text. `quotedRed` says whether
 * red evidence lies inside quotation marks; `hasContact` whether a contact is given.
 */
export function frameScores(text: string, opts: { quotedRed: boolean; hasContact: boolean }): FrameScores {
  let report = 2 * distinct(REPORT_STRONG, text) + distinct(REPORT_WEAK, text)
  const quotes = (text.match(QUOTE) ?? []).length
  // Quotations add to other report cues; two or more with red wording inside are a cue on their
  // own: a warning post that lists the lines to stop at ("Workplace confirmed after you arrive",
  // "HR keeps your passport") (blind sets 14–16; over 6,309 texts this spared 11 false highs and
  // cost nothing, where one quotation alone cost three scams their "high").
  if (quotes && (report > 0 || (quotes > 1 && opts.quotedRed))) report += opts.quotedRed ? 2 : 1
  let offer = distinct(OFFER, text)
  if (opts.hasContact) offer += 1
  offer += 2 * distinct(ASK, text)
  return { report, offer }
}

export function decideFrame({ report, offer }: FrameScores): Frame {
  if (report >= 3 && report >= offer + 2) return 'report'
  if (report >= 2 && report >= offer) return 'unclear'
  return 'offer'
}
