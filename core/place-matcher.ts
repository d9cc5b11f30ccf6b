/**
 * The gazetteer as the offer check needs it in the browser: the names to look for, each
 * place's advisory level (its own or the nearest enclosing place's, as `levelOf` gives it),
 * whether it is a compound area, and nothing else. Display names, ISO codes, kinds and
 * sources stay in gazetteer.ts, so the check page ships only this table.
 *
 * PLACE_TABLE is generated from PLACES by `placeTable()` in gazetteer.ts and
 * tests/unit/gazetteer.test.ts fails when the two differ: edit PLACES, then paste the
 * table the test prints. One line per place: `id|level|name|name…`, where level is the
 * advisory level or empty, followed by `c` for a compound area. Names are already
 * normalised as the matched text is (lower case, NFKC, spaced-out letters joined);
 * Chinese names are left out (no offer the check was tested on uses them, and the
 * worker's `findPlaces` still reads them), and so is any name that another name of the
 * same place already matches ("poipet" when "poi pet" is there: spaces are optional).
 */
import type { AdvisoryLevel } from './gazetteer'
import type { NormalizedText } from './offer-check/normalize'

export type PlaceHit = { placeId: string; start: number; end: number; text: string }
export type PlaceMatch = PlaceHit & { country: string; level: AdvisoryLevel | null; compounds: boolean }

export const PLACE_TABLE = String.raw`kh||cambodia|캄보디아|កម្ពុជា|kampuchea|ប្រទេសកម្ពុជា|캄보디야
kh-oddar-meanchey|2.5|oddar meanchey|오다르민체이|ឧត្តរមានជ័យ|otdar meanchey|oddor meanchey|오더민체이|우더민체이
kh-preah-vihear|2.5|preah vihear|ព្រះវិហារ|쁘레아위히어|프레아 비히어
kh-banteay-meanchey|2.5|반테아이민체이|បន្ទាយមានជ័យ|bantey meanchey|banteay mean chey|반테이민체이|반띠어이민쩨이
kh-pailin|2.5|pailin|파일린|ប៉ៃលិន|빠일린
kh-battambang|2.5|battambang|바탐방|បាត់ដំបង|batdambang|밧덤벙|바탐봉
kh-pursat|2.5|pursat|푸르사트|ពោធិ៍សាត់|pouthisat|뽀삿|포삿
kh-koh-kong|2.5|koh kong|코콩|កោះកុង|kaoh kong|꺼꽁|코꽁
kh-sihanoukville|3c|시아누크빌|ខេត្តព្រះសីហនុ|sihanouk ville|sihanouk|preah sihanouk|kampong som|kompong som|kompong saom|시하누크빌|시하눅빌|시아눅빌|시하누크|시아누크|프레아시아누크|ក្រុងព្រះសីហនុ|ព្រះសីហនុ|កំពង់សោម
kh-bavet|4c|bavet|바벳|បាវិត|bavet city|바베트|바벳시|ក្រុងបាវិត
kh-poipet|4c|포이펫|ប៉ោយប៉ែត|poi pet|paoy paet|paoy pet|뽀이뻿|포이뻿|ក្រុងប៉ោយប៉ែត
kh-bokor|4c|bokor mountain area|ភ្នំបូកគោ|bokor|bokor mountain|bokor hill|phnom bokor|bokor national park|보코|보코 산|보코르|보꼬|보꼬산|បូកគោ
kh-phnom-penh|2|phnom penh|프놈펜|ភ្នំពេញ|phnom pehn|pnom penh|프놈펜시|រាជធានីភ្នំពេញ
kh-siem-reap|1|siem reap|시엠립|សៀមរាប|siem riep|siem reab|씨엠립|시엠레아프|시엠리아프|씨엠리업|ក្រុងសៀមរាប
kh-mondulkiri|1c|mondulkiri|몬둘끼리|មណ្ឌលគិរី|mondol kiri|mondulkiri province|몬돌끼리|몬둘키리|몬돌키리|몬들키리
kh-kampot|1|kampot|캄폿|កំពត|깜뽓
kh-svay-rieng|1|svay rieng|ស្វាយរៀង|svay rieng province|스와이리엥|스바이 리엥
kh-kampong-cham|1|kampong cham|캄퐁참|កំពង់ចាម|kompong cham|깜뽕짬|껌뽕짬
kh-kampong-chhnang|1|kampong chhnang|캄퐁츠낭|កំពង់ឆ្នាំង|kompong chhnang|깜뽕치낭
kh-kampong-speu|1|kampong speu|캄퐁스퍼|កំពង់ស្ពឺ|kompong speu|깜뽕스쁘|캄퐁스푸
kh-kampong-thom|1|kampong thom|캄퐁톰|កំពង់ធំ|kompong thom|깜뽕톰
kh-kandal|1|kandal|칸달|깐달|ខេត្តកណ្ដាល|ខេត្តកណ្តាល
kh-kratie|1|kratie|크라티에|ក្រចេះ|kracheh|끄라쩨
kh-prey-veng|1|prey veng|프레이벵|ព្រៃវែង|쁘레이벵
kh-ratanakiri|1|ratanakiri|라타나키리|រតនគិរី|ratanakiri province|rattanakiri|ratanak kiri|라따나끼리
kh-stung-treng|1|stung treng|스퉁트렝|ស្ទឹងត្រែង|stoeng treng|스떵뜨렝
kh-takeo|1|takeo|타케오|តាកែវ|takev|따께오
kh-kep|1|kep|kep province|krong kep|켑주|ខេត្តកែប|ក្រុងកែប
kh-tbong-khmum|1|tbong khmum|트봉크몸|ត្បូងឃ្មុំ|tboung khmum|tbaung khmum|뜨봉크뭄
mm||myanmar|미얀마|មីយ៉ាន់ម៉ា|burma|버마|ភូមា|ប្រទេសមីយ៉ាន់ម៉ា
mm-shan|4|shan state|샨주|រដ្ឋសាន|shan|eastern shan|northern shan|shan east
mm-kayah|4|kayah state|រដ្ឋកាយ៉ា|kayah|karenni|카야 주
mm-kayin||kayin state|카인주|karen state|kayin|카렌주
mm-myawaddy|4c|myawaddy|미야와디|មៀវ៉ាឌី|myawadi|myawady|myawaddi|myawaddy township|먀와디|미와디
mm-shwe-kokko|4c|shwe kokko|쉐코코|ស្វេកុក្កូ|shwe koko|shwe kokko new city|yatai new city|슈웨코코|쉐꼭꼬
mm-kk-park|4c|kk park|ខេខេផាក|k.k. park|kk 파크|케이케이 파크
mm-tachileik|4|tachileik|타칠레익|tachilek|tachileik township|따칠레익
mm-laukkai|4|laukkai|라우카이|laukkaing|kokang|코캉
la||laos|라오스|ឡាវ|lao pdr|ប្រទេសឡាវ
la-golden-triangle-sez|4c|golden triangle special economic zone|골든트라이앵글 경제특구|តំបន់សេដ្ឋកិច្ចពិសេសត្រីកោណមាស|golden triangle sez|golden triangle|gt sez|kings romans|king's romans|ton pheung|골든 트라이앵글|골든트라이앵글 특구|황금 삼각지대|킹스 로만스|ត្រីកោណមាស|តំបន់ត្រីកោណមាស
la-bokeo||bokeo|보케오|bokeo province|보께오
la-vientiane||vientiane|비엔티안|វៀងចន្ទន៍|viang chan|위앙짠
th||thailand|태국|ថៃ|ប្រទេសថៃ
th-tak|2|tak|tak province|딱주
th-mae-sot|2|mae sot|매솟|mae sod|메솟|매쏫
th-bangkok||bangkok|방콕|បាងកក|krung thep|bkk airport|suvarnabhumi|수완나품
th-sa-kaeo||sa kaeo|사깨오|ស្រះកែវ|sa kaew|srakaew|aranyaprathet|싸깨오|아란야쁘라텟
th-sungai-kolok||sungai kolok|숭아이콜록|sungai golok|su-ngai kolok
vn||베트남|វៀតណាម|viet nam|ប្រទេសវៀតណាម
vn-ho-chi-minh||ho chi minh city|호치민|ហូជីមិញ|ho chi minh|hcmc|saigon|호찌민|사이공|ព្រៃនគរ
vn-moc-bai||moc bai|목바이|moc bai border
ph||philippines|필리핀|ហ្វីលីពីន|manila|cebu|마닐라
my||malaysia|말레이시아|ម៉ាឡេស៊ី|kuala lumpur|쿠알라룸푸르
sg||singapore|싱가포르|សិង្ហបុរី|싱가폴
hk||hong kong|홍콩|ហុងកុង
cn||china|중국|ចិន
kr||south korea|대한민국|កូរ៉េខាងត្បូង|korea|republic of korea|seoul|busan|서울|부산|កូរ៉េ|សាធារណរដ្ឋកូរ៉េ
jp||japan|일본|ជប៉ុន|tokyo|osaka|hokkaido|도쿄|오사카|홋카이도|ប្រទេសជប៉ុន
ae||united arab emirates|អេមីរ៉ាតអារ៉ាប់រួម|uae|uae.|아랍 에미리트
ae-dubai||dubai|두바이|ឌូបៃ
au||australia|호주|អូស្ត្រាលី|sydney|melbourne|western australia|시드니|멜버른|오스트레일리아
ca||canada|캐나다|កាណាដា|vancouver|toronto|밴쿠버|토론토
us||united states|미국|សហរដ្ឋអាមេរិក|usa|usa.|united states of america|អាមេរិក
gb||united kingdom|영국|ចក្រភពអង់គ្លេស|u.k.|england|britain|nhs
de||germany|독일|អាល្លឺម៉ង់|deutschland
is||iceland|아이슬란드
nz||new zealand|뉴질랜드|នូវែលសេឡង់`

// Every name goes into one regular expression, longest first, so a scan is a single
// pass and "ក្រុងព្រះសីហនុ" wins over "ព្រះសីហនុ". Latin edges need a word boundary ("Kep"
// is not in "kept"); Khmer edges must not cut a cluster (កែប is not the start of កែប្រែ);
// Hangul needs no boundary because particles attach to names (캄보디아에서).
function namePattern(name: string): string {
  const edge = (c: string, latin: string, khmer: string) => (/[a-z0-9]/.test(c) ? latin : /[\u1780-\u17ff]/.test(c) ? khmer : '')
  return (
    edge(name[0]!, '(?<![a-z0-9_])', '(?<!\u17d2)') +
    name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, ' ?') +
    edge(name[name.length - 1]!, '(?![a-z0-9_])', '(?![\u17b4-\u17d3\u17dd])')
  )
}

/** A matcher for a table in the PLACE_TABLE format. */
export function compilePlaces(table: string): (norm: NormalizedText) => PlaceMatch[] {
  // Spaces are optional when matching ("Phnom Penh", "phnompenh"), so places are keyed without them.
  const byName = new Map<string, Omit<PlaceMatch, keyof PlaceHit> & { placeId: string }>()
  const names = new Set<string>()
  for (const line of table.split('\n')) {
    const [placeId, level, ...keys] = line.split('|') as [string, string, ...string[]]
    const place = { placeId, country: placeId.split('-')[0]!, level: (parseFloat(level) || null) as AdvisoryLevel | null, compounds: level.endsWith('c') }
    for (const key of keys) {
      const compact = key.replace(/ /g, '')
      if (!byName.has(compact)) byName.set(compact, place)
      names.add(key)
    }
  }
  let re: RegExp | undefined
  return (norm) => {
    re ??= new RegExp([...names].sort((a, b) => b.length - a.length).map(namePattern).join('|'), 'g')
    const hits: PlaceMatch[] = []
    re.lastIndex = 0
    for (let m = re.exec(norm.text); m; m = re.exec(norm.text)) {
      const start = norm.starts[m.index]!
      const end = norm.ends[m.index + m[0].length - 1]!
      hits.push({ ...byName.get(m[0].replace(/ /g, ''))!, start, end, text: norm.source.slice(start, end) })
    }
    return hits
  }
}

/** Places named in a normalised, despaced text; offsets point into the original. */
export const matchPlaceTable = /* @__PURE__ */ compilePlaces(PLACE_TABLE)
