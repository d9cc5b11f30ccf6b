/**
 * The words that reveal each signal, in Khmer, Korean and English: data for compile() in
 * signals.ts, which documents the format (one signal a line: its id, a space, then
 * alternatives separated by "|"; a line starting with "|" continues the one above).
 */
import { raw } from './regex'

export const KM = raw`role.scam-explicit ចុច like|ធ្វើ ជា មិត្ត ស្រី|(កាស៊ីណូ|ល្បែង|ភ្នាល់) អនឡាញ|ណែនាំ (ការ )?វិនិយោគ|ធ្វើ តាម script
|ឆាត%40(google translate|កម្មវិធី បក ប្រែ)
money.mule (ជួល|ខ្ចី|លក់|ទិញ) គណនី|បើក គណនី%24ក្នុង ឈ្មោះ|ចុះ ឈ្មោះ ជា ម្ចាស់|កាត ធនាគារ|ចុះ ឈ្មោះ ស៊ីម|(ខ្ចី|ជួល|ទិញ) អត្ត សញ្ញាណ ប័ណ្ណ|ធ្វើ kyc|ស៊ីម%16ក្នុង ឈ្មោះ|ទទួល លុយ%24គណនី (ធនាគារ )?ខ្លួន ឯង
|គណនី%40(ខ្ចី|ជួល) ប្រើ
|គណនី (របស់ )?(អ្នក ផ្សេង|ប្អូន ថ្លៃ|បង ប្អូន)
secrecy (កុំ|មិន បាច់) (ទៅ )?(ប្រាប់|ទាក់ ទង) (ថៅ កែ|អ្នក ណា|គេ|គ្រួសារ|ឪពុក ម្[ដត]ាយ|ម៉ាក់|ប៉ា|ពុក ម៉ែ|នរណា|ប៉ូលិស|ស្ថាន ទូត|មេ ភូមិ|អ្នក ភូមិ|អ្នក ផ្ទះ|ផ្ទះ|ម៉ែ|ឪ)|ដល់ ហើយ%6(ខល|ប្រាប់) (ម៉ែ|ឪ|គ្រួសារ)|(បើ|ពេល) (គេ )?សួរ%30ថា (ទៅ )?(លេង|ដើរ លេង|រក បង ប្អូន)|(មិន (ចាំ )?បាច់|កុំ) (ទៅ )?(រាយ ការណ៍|ប្រាប់|ទាក់ ទង) (ទៅ )?ស្ថាន ទូត
|ប្រាប់ (ផ្ទះ|អ្នក ផ្ទះ|ម៉ែ|ឪ|ប្រពន្ធ|ប្តី)%6ថា|កុំ ប្រាប់ (បង ប្អូន|មិត្ត ភក្តិ|អ្នក ដទៃ|ណា ម្នាក់)
|ប្រាប់ ថា ទៅ (លេង|ដើរ លេង|ទេសចរណ៍|ដើរ កម្សាន្ត)|រក្សា ការ សម្ងាត់|លុប សារ
|ប្រាប់ (គ្រួសារ|ឪពុក ម្[ដត]ាយ|ម៉ាក់|ប៉ា|ពុក ម៉ែ|ប៉ូលិស|អន្តោប្រវេសន៍|មន្ត្រី)%6ថា
|កុំ (ទាន់ |អាល )?(បង្ហោះ|ចែក រំលែក)|កុំ (ទាន់|អាល) (ប្រាប់|និយាយ)
phone.taken (ប្រគល់|ដក)%24ទូរស័ព្ទ|(ហាម|មិន អាច)%30ហ្វឹក ហាត់
|ទូរស័ព្ទ%16ទុក (នៅ |ក្នុង )?(ផ្ទះ|ទូ(?!រ))
|ទូរស័ព្ទ%12បាន តែ|(អត់|មិន) (ឲ្យ|អោយ|ឱ្យ) កាន់ ទូរស័ព្ទ
passport.requested ផ្ញើ (រូប ថត |រូប |ច្បាប់ ចម្លង )?(អត្ត សញ្ញាណ ប័ណ្ណ (និង )?)?%P
|ប្រគល់ %P
visa.tourist ទិដ្ឋាការ ទេសចរ|ប័ណ្ណ ឆ្លង ដែន ព្រំ ដែន|(ចូល|ទៅ|មក) (ជា |ដោយ )?(ភ្ញៀវ )?(ទេសចរ|tourist)|(មិន ត្រូវការ|គ្មាន|មិន ចាំ បាច់|មិន បាច់|ដោយ មិន បាច់|ដោយ គ្មាន) (មាន )?ទិដ្ឋាការ
|(វីសា|វីហ្សា) ទេសចរ
|(ជា|ដូច) (ភ្ញៀវ )?ទេសចរ(?!ណ៍)
border.irregular ព្រំ ដែន%24ឡាន%12(ទទួល|មក យក|ដឹក)
|(ទូក|ឆ្លង (ព្រំ ដែន|ទន្លេ))%24(មិន|អត់) (ចាំ )?បាច់ (មាន )?ឯកសារ
|(អត់|មិន) (ចាំ )?បាច់ (មាន |ធ្វើ )?%P|អ្នក នាំ ផ្លូវ|ត្រើយ (ម្ខាង|នោះ)|ដើរ កាត់ ព្រៃ|%P%6(អត់|មិន) (ចាំ )?បាច់|(មិន|អត់) (ចាំ )?បាច់ (ទៅ |ឆ្លង |ចូល )?(តាម )?ច្រក
|ឆ្លង (កាត់ )?ព្រំដែន (នៅ )?(ពេល យប់|ខុស ច្បាប់|លួច|ដោយ មិន បាច់|ដោយ គ្មាន|តាម ផ្លូវ (ក្រោយ|កាត់))
|ជិះ ទូក ឆ្លង|ឆ្លង ទន្លេ
|(មិន បាច់|មិន ចាំ បាច់|គ្មាន) (មាន )?%P|លួច ឆ្លង
channel.bypass-official មិន (ចាំ )?បាច់%20ក្រសួង|មិន (ចាំ )?បាច់ (រង់ ចាំ )?(eps|mou)|(eps|mou)%20(យូរ|ធ្លាក់)
|ធានា (បាន )?ទិដ្ឋាការ
|(មិន|អត់) (ចាំ )?(បាច់|ត្រូវ) (ឆ្លង (កាត់ )?|ទៅ )?(តាម )?(ប្រឡង|រៀន ភាសា|mou|eps|ក្រុមហ៊ុន ជ្រើស រើស|ភ្នាក់ ងារ)|(ល្អ|លឿន|ច្រើន) ជាង (eps|mou)
pay.guaranteed រាប់ ពាន់ ដុល្លារ|ប្រាក់ ខែ ខ្ពស់|កម្រៃ ខ្ពស់|លុយ ច្រើន
channel.telegram តេឡេ ?ក្រាម|តេលេ ?ក្រាម
channel.messenger ឆាត ឯកជន|ib មក|ឆាត (មក|តាម)|inbox (មក|ឬ)
reassurance.no-detention (មិន មាន|គ្មាន|អត់ មាន) (ការ )?(ឃុំ ខ្លួន|ចាប់ ឃុំ|ចាប់ ខ្លួន|វាយ ដំ|បង្ខំ|ឃុំ ឃាំង)
reassurance មិន មែន (ជា )?(ការ )?បោក ប្រាស់|សុវត្ថិភាព 100 ?%|ធានា 100 ?%|ធានា ការពារ
urgency.departure (នៅ )?សល់ \d+ កន្លែង|(ចេញ|ទៅ) (ថ្ងៃ )?ស្អែក|ចេញ ដំណើរ (បាន )?(ថ្ងៃ (ច័ន្ទ|អង្គារ|ពុធ|សុក្រ|សៅរ៍|អាទិត្យ)(?! ?ទី)|ភ្លាម(ៗ)?|ថ្ងៃ ស្អែក|ឆាប់ៗ|ក្នុង សប្តាហ៍ នេះ|សប្តាហ៍ ក្រោយ)
|កន្លែង មាន កំណត់
|ចំនួន (មាន )?កំណត់
company.hidden (ទីតាំង|កន្លែង)%16(ប្រាប់ ពេល ក្រោយ|សម្ងាត់|មិន អាច ប្រាប់)|(ប្រាប់|បង្ហាញ|និយាយ|ជូន ដំណឹង)%20ពេល%12(ដល់|ទទួល)|(?<!on[- ])campus(?! ?(drive|placement|recruit))|ទីតាំង%16(ជូន ដំណឹង|ប្រាប់)%8(ក្រោយ|បន្ទាប់ ពី)
contract.on-arrival កិច្ច សន្យា (ធ្វើ |ចុះ )?(ពេល )?(ទៅ )?ដល់|គ្មាន កិច្ច សន្យា|ចុះ កិច្ច សន្យា នៅ (ទី នោះ|ពេល)
|ឯកសារ (អី )?ចាំ%12រៀបចំ
|ដល់ ហើយ%12(រៀបចំ|ធ្វើ) (ឯកសារ|ទិដ្ឋាការ|ប័ណ្ណ ការងារ)|ដល់ ហើយ%12ចុះ កិច្ច សន្យា
screening.minimal មិន (ចាំ )?បាច់ (មាន )?(ការ )?សម្ភាសន៍|តេស្ត វាយ អក្សរ ប៉ុណ្ណោះ|គ្មាន ការ សម្ភាសន៍
crypto គ្រីប(តូ|ថូ)|កាក់ ឌីជីថល
travel.prepaid ថ្លៃ (ឡាន|យន្តហោះ|ធ្វើ ដំណើរ|សំបុត្រ) (បង|ខ្ញុំ|ថៅកែ|យើង|ក្រុមហ៊ុន) (ចេញ|បង់|រ៉ាប់រង)|ចេញ (ថ្លៃ%12)?(%G )?(មុន|សិន)
|(បង|ខ្ញុំ|ថៅកែ|យើង) (នឹង )?(រ៉ាប់រង|ចេញ|បង់) ថ្លៃ
travel.debt កាត់%12(ពី|ពីលើ) ប្រាក់ ខែ|ប្រាក់ ខែ%10កាត់|សង (វិញ|ទាំង អស់|ថ្លៃ)|បំណុល|បង់ ម៉ៃ ក្រូ|បើក ប្រាក់ ខែ មុន|ខ្ចី %G (សិន|មុន)|ទាល់ តែ សង|ជំពាក់ សិន|ធ្វើ ការ សង
|ប្រាក់ ខែ%40រត់ ចោល|%G លុយ (ម៉ែ ឪ|គ្រួសារ) មុន
|(សិន|មុន)%30(ធ្វើ ការ បាន|ខែ ក្រោយ)%12កាត់
routing.indirect (ធ្វើ ដំណើរ )?តាម (បាងកក|ហូជីមិញ|ព្រៃ នគរ|សិង្ហបុរី|mae sot|bangkok)
fees.upfront (តម្លៃ|ថ្លៃ) សេវា|បង់ ថ្លៃ%60មុន|កក់ \d[\d,]* ?(\$|ដុល្លារ)|បង់ មុន|ប្រាក់ កក់|ថ្លៃ (ចុះ ឈ្មោះ|ឯកសារ|ដំណើរ ការ ឯកសារ)|បង់ (តែ )?\d|ថ្លៃ សមាជិក
|(ផ្ញើ|ផ្ទេរ|បង់)%16(wing|វីង|aba)
travel.free សំបុត្រ យន្តហោះ|(ថ្លៃ )?(យន្តហោះ|ធ្វើ ដំណើរ) ឥត គិត ថ្លៃ
|(រ៉ាប់រង|បង់|ចេញ) ថ្លៃ (ធ្វើ ដំណើរ|យន្តហោះ|ឡាន)
lodging.free ស្នាក់ នៅ|ហូប ចុក ឥត គិត ថ្លៃ|អន្តេវាសិកដ្ឋាន
experience.none មិន (ត្រូវ ការ|ចាំ បាច់ មាន|ចាំ បាច់|បាច់ មាន|មាន) បទ ពិសោធន៍|គ្មាន បទ ពិសោធន៍
language.none គ្រាន់ តែ ចេះ ប្រើ ទូរស័ព្ទ|មិន (ចាំ )?បាច់ (ចេះ )?ភាសា
demographic.any មិន កំណត់ អាយុ|ប្រុស ស្រី
job.vague-it-cs សេវា អតិថិជន|បម្រើ អតិថិជន|វាយ អក្សរ|ការងារ អនឡាញ
|(ការងារ|ធ្វើ ការ|ផ្នែក) កុំព្យូទ័រ|បញ្ចូល ទិន្នន័យ|ឆ្លើយ សារ|ការងារ (ងាយ )?ស្រួល|ការងារ ងាយៗ
women.targeted (រូប )?រាង ស្អាត|ត្រូវ ការ (បុគ្គលិក )?ស្រី|(បុគ្គលិក )?ស្រី ស្អាត|នារី ស្អាត|យុវ នារី
visa.handled ទិដ្ឋាការ (យើង|ក្រុមហ៊ុន) (រៀបចំ|ចាត់ចែង)|(យើង|ក្រុមហ៊ុន) (រៀបចំ|ចាត់ចែង|ធ្វើ) ទិដ្ឋាការ
referral.friend មក ធ្វើ ការ ជាមួយ (បង|ខ្ញុំ)|មិត្ត ភក្តិ ណែនាំ
location.vague អាស៊ី អាគ្នេយ៍|ក្រៅ ប្រទេស
green.official-channel ក្រសួង ការងារ( និង បណ្តុះ បណ្តាល វិជ្ជាជីវៈ)?|មន្ទីរ ការងារ
|ប្រព័ន្ធ mou
green.government-program កម្មវិធី (របស់ )?(រដ្ឋាភិបាល|ក្រសួង)
green.work-visa ទិដ្ឋាការ ការងារ|ប័ណ្ណ ការងារ|លិខិត អនុញ្ញាត ការងារ
green.licensed-agency មាន អាជ្ញា ប័ណ្ណ|អាជ្ញា ប័ណ្ណ ពី ក្រសួង
green.registered-employer ចុះ បញ្ជី (នៅ|ជាមួយ) ក្រសួង ពាណិជ្ជកម្ម|ភីអិលស៊ី
green.contract កិច្ច សន្យា ការងារ|ចុះ កិច្ច សន្យា|កិច្ច សន្យា \d+ ឆ្នាំ|កិច្ច សន្យា មុន ចេញ ដំណើរ
green.interview សម្ភាសន៍ (ផ្ទាល់|ជា លើក ទី)|សម្ភាសន៍ នៅ (ការិយាល័យ|ថ្ងៃ)|ហៅ សម្ភាសន៍|ដាក់ ពាក្យ ផ្ទាល់
green.qualifications បរិញ្ញា បត្រ|បទ ពិសោធន៍ (យ៉ាង តិច )?\d+ ឆ្នាំ|សញ្ញា បត្រ|ប័ណ្ណ បើក បរ
|ត្រូវ ការ បទ ពិសោធន៍
green.benefits ប\.ស\.ស|ធានា រ៉ាប់រង សុខភាព
green.no-fee មិន (យក|គិត) ថ្លៃ សេវា|(ចុះ ឈ្មោះ|ដាក់ ពាក្យ|សេវា) (ដោយ )?ឥត គិត ថ្លៃ
|ចូល រួម (ដោយ )?ឥត គិត ថ្លៃ
green.address អាសយដ្ឋាន|ផ្លូវ (លេខ )?\d+|ផ្លូវ ជាតិ|ផ្លូវ [a-z]|សង្កាត់|ខណ្ឌ
green.corporate-channel គេហ ទំព័រ ផ្លូវ ការ
green.no-relocation ធ្វើ ការ ពី ផ្ទះ
green.passport-kept រក្សា %P ដោយ ខ្លួន ឯង`

export const KO = raw`role.scam-explicit (캐리어|가방|짐|물건)%10(전달|운반|옮겨)|로맨스|채터(?!링)|리딩 ?방|(코인|주식|투자) 리딩|보이스 피싱|(온라인|인터넷) (카지노|도박|바카라|슬롯)|(정해 ?준|지정한|만들어 ?준) (프로필|닉네임|캐릭터)
|전문가['’]? ?(프로필|계정)|충전 ?유도
money.mule 대포 통장|공동 ?인증서%12비밀 ?번호|체크 ?카드%24지참|명의자|(통장|계좌|체크 ?카드)(만)? (대여|임대|매입|양도|빌려|판매|파실|삽니다)|이체 알바|총책|명의 (휴대 ?폰|폰)|체크 ?카드 (앞면|뒷면|사진|사본)|(통장|계좌)[^\n.]{0,16}빌려 ?주|(체크 ?카드|통장|otp)[^\n.]{0,16}(택배|퀵)
|(통장|계좌|체크 ?카드|otp)(?! ?사본)%16(만들어 (오|와)|개설해 (오|와)|(회사|저희|우리|제)(에서|가) (관리|쓸|쓰|사용)|맡기|넘기)
|(통장|계좌) \d+ ?개|(본인|쓰던) (명의 )?(통장|계좌)%40이체|명의 빌려|(통장|계좌)(이랑|과|하고|,) ?(신분증|체크 ?카드|otp)
secrecy 출국 사유|(가족|부모님|부모|엄마|아빠|친정|집|주변|아무|대사관|경찰)(에게|한테|께|에|엔|들한테|들에게)?(는|도)? (비밀|말하지|말 하지|알리지|말하면 안|얘기하지|연락하지)|비밀로 (해|하세요|유지)|(와이프|아내|남편|가족|부모님?|아무)(한테|에게)(는|도)? (당분간 |절대 |아직 )?말하지 마
|(여행|놀러|관광|출장|휴가|어학 ?연수|유학)[가-힣]{0,3} (간다|이라|라)['"’]?고|(대화|채팅|톡) (내용|기록)?(은|는|을|를|도)? (삭제|지워)
|(관광|여행|놀러|친구 만나러) ?(왔|간|가)다고|(출국 ?심사|입국 ?심사|출입국|공항|이민국|세관|경찰|가족|부모님?|엄마|아빠|남편|아내|이모|집)(에서|한테|에게|께|이|가)?%24(라고|다고)만? (하세요|하시|해|말|대답)
|다른 사람(한테|한텐|에게)(는|도)? 말하지|우리끼리만|떠벌리지 마|(부모님|가족|엄마|아빠)%12(아직|절대) 말하지
phone.taken 회사 폰으로|개인 (기기|휴대 ?폰|폰)%20보관|연락%16정해진 시간|교육 (기간|중)%20(연락|통화)%6(어렵|불가|못)
|(휴대 ?폰|핸드폰|폰)(은|는)? (집에 )?(두고|놓고) (오|와)|외부 연락%20제한
passport.requested 보관[^\n]{0,16}돌려 ?드|여권 ?(앞면|사진|사본|스캔|이랑|하고)%16(보내|찍어|주시면|주세요|줘)|여권 (사본|사진|스캔|번호|정보)?(을|를|만|은|도)? (먼저|미리) (보내|제출|전송)|여권 (사본|사진|스캔)(을|를|만)? (보내|제출|전송)
visa.tourist 관광 비자|도착 ?비자|비자(는|를|도)? %10(바꿔|변경|전환)|무비자|비자 없이|(?<!(e|취업|비즈니스|워킹|상용) ?)비자%8(도착|입국) ?(후|하면|해서)|비자 (필요 )?없(음|어요|습니다|어도)|여행 비자|(여행|관광|단기 체류)\)?(으로|로) (가|들어|입국|오|와|충분)|관광 e-?비자|(입국|출국)(은|시)? 관광|(워크 ?퍼밋|워킹 ?퍼밋|취업 ?허가|노동 ?허가)(은|는|이|가)? (불필요|필요 ?없|없이)
|c-?3 ?비자|단기 방문(으로|로)|비자(는|도)? ((가서|현지에서) (만들|받|발급)|나중에|추후)
|관광(객)?(으로)? (입국|들어|출국)
border.irregular 밀입국|강 건너%20(공단|보트)|(기사|픽업|차량|차)%16국경(을)? (넘|통과)|국경(은|을|도)? (저희가|우리가|회사가|알아서|현지 직원이|몰래)
|(보트|배 ?타|배를|배로|국경)%16(서류|여권)(는|도)? (없이|필요 ?없)
|(배|보트)(를|로)? 타고 (강|국경)|강을 (건너|넘)|육로로 (들어|넘|이동)|국경%12(기사|픽업|차량|모시러|데리러|마중)
channel.bypass-official (eps|eps-?topik|이피에스|고용허가제|한국어 시험|토픽|jlpt|시험)%4(없이|안 봐도|필요 없|불필요|면제|패스)
|(노동부|노동청|공단)%6(안 (가도|거쳐도)|(갈|거칠) 필요 (없|x))
pay.guaranteed ㄱ ?ㅅ ?ㅇ|고 수익|고액 (알바|급여|연봉)|(월급?|수입|급여|소득|수익)%14보장|수천만 원
|빚 (다 )?갚
channel.telegram 텔ㄹ? ?ㄱㄹ|텔레(?!마케|비전|콤|매틱|파시|포트|그래프|워크)|텔그|ㅌㄹ(ㄱㄹ)?
channel.messenger 오픈 ?채팅|개인 ?톡|갠톡|디엠|(카톡|카카오 ?톡) (아이디|id)|왓츠앱|위챗|개인 메시지
reassurance.no-detention (감금|폭행)(이나|이|은|과|,|·| 및)? (폭행)?%16(없|x|걱정)
|(가두|잡아 두|감금하|여권 ?(을 )?(뺏|빼앗))%12(없|않|아닙|아니)
reassurance 2차 ?x|안전(한 (회사|나라|곳|일자리)|합니다|하다|해요| 보장)|100 ?% (안전|보장|합법|정상)|정직한 회사
|정식 법인|케어 100|부모님 걸고
urgency.departure 곧바로|(바로|즉시|당장) 출국|여권만 (있으면|챙겨|준비|들고|가지고)
|바로 (오셔도|오시면|와도|오면)|선착순|자리 (얼마 )?(안 ?남|한정)|(내일|모레) (오전 |오후 |아침 |저녁 )?(비행기|출발|출국)
|(이번|다음) 주%6출국
company.hidden 가 ?보면 알|(장소|위치|근무지|회사 (이름|명)|주소|급여|월급|돈 (얘|이야)기)%12(면접 후|추후|나중에|개별|(도착|합격|입국|입사) ?(후|시|하면|해서)|와서|오면|현지에서|가서)%6(공개|알려|안내|고지|얘기|하자|말해|해 ?줄)|가시면 알|운영 캠퍼스|\d+ ?시간 (거리|걸려)|(위치|근무지)%24사전 (안내|공개) ?(불가|x|안)
|(보안|비밀 ?유지)( 때문에|상)%16(공개|알려|말|안내)|보안상%12(주소|위치|근무지|회사)
|(회사명|근무지|위치) 비공개|(위치|근무지)%30(픽업|기사)%20(설명|안내|알려)
contract.on-arrival 계약(서)?(는|은)? %8(도착|입국|현지)%6(후|에서|가서|와서|해서|하면|하시면)|(도착|입국) ?후에?%10계약서|계약서(는|가)? (없|x)|구두 계약
|(현지|도착 ?(후|하))%12(서류|비자|워크 ?퍼밋)%6(처리|발급|해결)
screening.minimal (면접|화상) (없이|없음|x|생략)|(바로|즉시|당일) 채용|타자 (테스트|시험)만|타자만 (빠르면|치면|칠 줄)|면접%20\d ?분
crypto 암호 화폐|가상 화폐|코인 (판매|영업|거래)|테더|비트 코인
travel.prepaid 몸만 (와|오면|오시면|오세요|와도)|(항공료|항공권|비행기 (표|값|티켓)|여비|티켓)%6(선지급|선지원|선결제|먼저 (보내|결제|지급)|보내 ?(드림|드려요|드립니다|줄게|줌)|끊어 ?(줄게|드림|드려요|드립니다)|발권(해 ?(드립니다|드려요|드림|줄게)|할게))
|(?<![a-z])ticket은 ?(우리가|제가|회사가)|(항공권|티켓) ?발송
|비행기%10(회사에서|회사가|사장님이) ?(다|전부)? ?(내|해|부담|끊)
travel.debt 선지원 ?후 ?(공제|차감|정산)|(급여|월급|첫 월급)에서 (차감|공제|까|제하)|위약금|(항공료|항공권|비행기 값|숙박비|숙소비)%12(배상|변상|갚|물어|청구|차감|공제|반환)|선불금|가불|(미달|중도 ?퇴사|조기 ?퇴사) ?시%6(비용|청구|배상)
|도망%6(못하게|않게|못 가게|방지)|(부모님|가족)(께|에게|한테) (선금|선불)
|(와서|일해서|월급으로|급여로) 갚
routing.indirect (방콕|호치민|호찌민|싱가포르|싱가폴|홍콩|두바이|매솟|메솟|쿠알라룸푸르)%8(경유|거쳐|을 통해|를 통해|에서 (차|육로|버스|밴)|도착하(면|시면))|(셔틀|차|밴|버스)(로|으로)? (메솟|매솟|국경)|(교육|연수|트레이닝)[^\n.]{0,16}(라오스|캄보디아|미얀마)|(라오스|캄보디아|미얀마)[^\n.]{0,16}(교육|연수|트레이닝)
fees.upfront 수수료|수속비|보증금|선입금|가입비|등록비|알선비|소개비|대행비
travel.free (항공권|항공료|비행기 (표|티켓|값)|왕복 항공|항공)[^\n.,]{0,4}(제공|지원|무료|포함|회사 부담|공짜)|비행기%10(회사에서|회사가|무료|공짜)|비행기 ?표%10보내
|항공[·,/\s]{1,2}(숙식|숙소)|(숙식|숙소)[·,/\s]{1,2}항공
lodging.free 숙식|숙소 (제공|무료|지원|있음)|숙소%6(회사에서|회사가|공짜)|기숙사|숙박 (제공|지원)|커플 ?룸|주거(비)? 지원
|숙소[·,/\s]{1,2}(식사|차량)|숙소 free
experience.none 경력 (무관|x|ㄴㄴ|없어도|필요 없|불필요|노)|(경력|경험)(이)? 없어도|초보 (가능|환영|ok|오케이)|누구나 (가능|할 수)|경력[·,/\s]나이 무관
|경력 no
language.none 외국어 (불필요|몰라도|못해도)|한국어만 (가능하면|하면|되면)
demographic.any 남녀 (무관|불문)|나이 (무관|불문|제한 없)|(연령|성별) 무관
job.vague-it-cs 텔레 마케팅|텔레 마케터|고객 (상담|응대|관리|센터|지원)|상담원|콜 센터|사무 (직|보조)|타자|컴퓨터 (작업|업무)|단순 (업무|작업|컴퓨터)
|일 쉬워|게임 운영|운영 지원|통번역|번역 (알바|업무|직원)|채팅 (상담|업무|팀|알바)|온라인 (마케팅|영업)
women.targeted 여성 (우대|환영|만|전용)
visa.handled 비자 걱정 (없|no|x|ㄴㄴ)
referral.friend 지인 (소개|추천)
location.vague 동남아|해외(?! ?(취업|봉사|인턴|연수|건설))
green.official-channel 월드 ?잡( ?플러스)?|고용 ?24|고용허가제
green.government-program 해외 봉사단
green.work-visa 취업 비자|워크 퍼밋|노동 허가(서|증)?|워킹 비자|워킹 홀리데이 비자|특정 기능 (비자)?
|(j-1|h-2b|482|non-?b|9g|ep|lmia|plks) ?비자
green.licensed-agency 국외 유료 직업 소개|직업 소개 ?사업 (등록|허가)|(?<!사업자 ?)허가 번호
green.registered-employer 사업자 (등록 )?번호|법인 등록|\(주\)|주식회사
green.contract 근로 계약서|서면 계약|계약서 (작성|체결|사본|초안|확인|서명)|계약서%8(출국 전|출발 전|사전|미리|한국에서)
green.interview 화상 면접|대면(으로)? (면접|진행)|\d 차 면접|면접 \d 회|면접%10(본사|사무실)에서|서류 (전형|심사)
green.qualifications 경력 \d+ 년 (이상)?|학력|(대졸|고졸|초대졸|학사 학위) 이상|자격증|(학사|석사|학위)|면허(?!만)|교원 자격
green.benefits 4 대 ?보험|연차|건강 보험
green.no-fee (수수료|가입비|소개비|알선비|보증금|등록비)(는|은)? ?(없|무료|x|받지 않)|비용을 (요구하지|내지)
green.address 주소 ?:|(사무실|소재지) ?:|(?<![가-힣])[가-힣]{1,8}(?<!으)(로|길) \d+(?![0-9번회명개차년일시분])
green.corporate-channel 채용 홈페이지|공식 홈페이지
green.no-relocation 재택 (근무|알바)?
green.passport-kept 여권(은|을)? 본인이 (보관|소지)`

export const EN = raw`role.scam-explicit (like|follow|review|rate) (videos?|posts?|shops?|products?|hotels?)%30(earn|get|paid|\$)|build (a )?friendships?|romance|(premium|fake|model) profiles|persona|(guide|steer|lead|move) (them|users|clients|customers) (to|towards) (our |the )?(vip )?(investment|trading|crypto|deposit)
|pig[ -]?butcher(ing)?|(gambling|betting|casino) (site|website|platform)s?|online (casino|gambling|betting)
|manage vip groups
money.mule (rent|lend|sell|give) (us |me |him |them |out )?your%30bank accounts?|(share|send|give) (the |your |us )?(online )?banking (logins?|passwords?|credentials)|open (two|three|\d+|several|new) bank accounts|(per|each) sim|register sim cards?|payments? on (our|their|his|her) behalf|you forward|selfie (holding|with) (your )?(id|passport)|sim cards? (in|under) your (own )?name|(receive|accept) (payments?|money|funds|transfers?) (into|in|to|through) your (own )?(bank )?accounts?
|accounts?%30for (us|me|our company) to use|open (a )?bank accounts? in your (own )?name|register as (the )?(company )?(owner|director)
|(?<!(never|not|n't|មិន)[^\n.។]{0,50})otp
secrecy if (io|immigration|they|anyone|(the )?(police|officers?)) asks?,? (you('re| are| say)|say|tell)|(don'?t|do not|dont) tell (ur|yr) (family|parents|mom|mum|mother|dad|father|wife|husband|friends)|(wag|huwag) (mo |nyo |niyo )?(muna(ng)? )?sabihin|don'?t (start )?tell(ing)? (anyone|anybody|everybody|your (family|parents|mom|mum|dad|friends)|them|the (police|embassy))|don'?t post (it |this )?(on|in) (fb|facebook)
|no need (to )?(tell|inform) (the |your )?(embassy|consulate|police|family)|don'?t (say|mention) (job|work)|do not show (this|the) letter
|tell (them|immigration|the (officers?|police|airport)|airport staff) (that )?(you('re| are) )?(a tourist|on (a )?(holiday|vacation|tour)|visiting)
|(just )?say (that )?you('re| are) (a tourist|on (holiday|vacation))
|keep (this|it) (a )?(secret|confidential|between us)|don'?t mention the (job|work)
|delete (this|our) (chat|messages)|don'?t (post|share|talk) about (this|the) (job|offer|work)
|keep (it|this) (private|quiet|to yourself)
|tell (your )?(family|parents|mom|mum|mother|dad|father|wife|husband) (that )?(you('re| are| will| got| have| found)|it('s| is))
|(must not|mustn'?t|don'?t|do not|never|cannot|can'?t) (contact|call|message) (your |the )?(embassy|consulate|police|family)
phone.taken (hand|give|surrender) (over )?(your |our |my |their )?phones?|no [a-z ]{0,15}(phones?|calls|contact) during (the )?training
passport.requested (send|give|show|submit|forward|upload) (us |me )?(a |the )?(photo|picture|copy|scan|pic) of (your )?passport
|(send|give|submit|forward|upload) (us |me )?your passport( (photo|copy|scan|details|number))?
|passport (is )?needed to book
|(send|upload|share) (us |me )?(your |a )?passport (bio ?|data |photo )?page
visa.tourist tourist visas?|tourist (ka|muna|sen|first)|tick [^a-z]?tourism|(travel|go|enter|come) (as a |on a )?(visitor|tourist)(?![a-z])|(working |work )?visa%20(when|once|after) you('re| are)? (here|there|arrive)|visit(or)? visas?|visa[ -]?free|no (work )?visas? (is )?(needed|required|necessary)|tourist\)?%20(convert|change|switch)|(don'?t|do not) need (a |any )?(work )?visas?|(come|go|enter|travel) with (a )?tourist
|c-?3 visa|visa[ -]exempt
|(no|without a?) work permit (needed|required)|visas? (is |are )?not (required|needed|necessary)
|no need for (a )?(work )?(permit|visa)
|without (a )?(work )?visa|visa[^.\n;]{0,15}(on|upon|after) arrival
|(enter|travel|go|come|depart|leave|fly)(ing)?( [a-z]+){0,5} as (a )?(normal |regular |ordinary )?tourists?|as (normal )?tourists
border.irregular passports? (no need|not need(ed)?|not required)|cross(ing)? (at [a-z ]{0,20})?by boat|boat%30(other side|thai side|across)|across the (river|border) (by (boat|night|car|van)|at night)
|(boat|border)%30(no|without) (papers|documents)
|(we|our people|they) (will )?(handle|arrange|sort) the border
|by boat at night|(van|car|driver) (takes|will take|drives?) you (across|over)
|no passport (needed|required)
channel.bypass-official no need (for |to (take|pass|wait for|go through) )?(the )?(eps|exam|test|jlpt|jft|ministry|mou|lgu|poea|dmw)|no (jlpt|jft|exam)(?! fee)|(no|without|skip|bypass)( the)? eps([ -]?topik)?( (exam|test))?( (needed|required))?|no ([a-z]+ )?(clearance|dmw processing) (required|needed)
|no (korean )?(language )?(exam|test) (needed|required)
|no need to go (to|through) the (labou?r )?(ministry|office)
pay.guaranteed stable income|high[ -]?pa(y|ying)|high (salary|income|wages?)
|change your life
channel.telegram telegram|tele(?![a-z-])|tg(?= ?[:@])|t\.me
channel.messenger dm( me| us| only)?|inbox (us|me)|pm me|whatsapp|line id
|wechat|viber|private message
reassurance.no-detention no (detention|violence|confinement|beating|beatings|locking up|jail|prison)
reassurance 100 ?% (safe|legit|legal|real|secure|guaranteed)|not a scam
urgency.departure flight%12(tomorrow|tonight|today)
|(depart|departure|leave|travel)(ing)? (tomorrow|immediately|this week|next week|within \d+ (days|weeks)|asap)
|join within \d+ days
|(just )?bring your (passport|phone|id)( and (nothing else|your (phone|id|passport)))?
|limited (slots|places|seats|positions)
|start (tomorrow|next (monday|week))
|fly (out )?(this|next) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)
|just bring (your )?(clothes|bag|phone|passport|id)
company.hidden (inside|within) (a|the) (compound|campus)|(site|office|campus)%6across the (river|border)
|(actual|real) (work ?place|office|site|location) is
|(details|location) (in|via|by|on) (dm|inbox|telegram|whatsapp)
|(dm|pm|inbox) (me |us )?for (more )?details|inbox (us|me)
|(telegram|whatsapp|dm|signal|line) only
|only (via|on|through|by) (telegram|whatsapp|dm|signal)
contract.on-arrival (fix|sort|do|arrange|process) (the |your )?(papers|documents|visa|permit)s? (later|on arrival|there|locally)|contract (will )?(be )?sign(ed)? (at [a-z ]{0,16})?there
|(contract|paperwork)s? (will be )?(signed |given |provided )?(on site |there )?(on|upon|after) arrival
|(permits?|visas?|papers|documents) (we |will be )?(sort|fix|arrange|handle|process)[a-z]* (out )?(later|on arrival|locally|there)
|no (written )?contract|sign (the )?contract (there|when you arrive)
screening.minimal no (video )?(interviews?|calls?)( (needed|required))?
|typing test only|hired on the spot
|interview (over|via|on|by) (whatsapp|telegram|chat|text)
crypto crypto(currency)?|usdt|bitcoin|tether|coins|\d{3,} ?u(?![a-z])
travel.prepaid (my )?(boss|we|they|recruiter|agent|i) (will )?(pays?|covers?|sends?|buys?) (for )?(the |your )?(ticket|flight|airfare|travel)
|(ticket|flight|airfare) (will be )?(sent|paid in advance|advanced|paid first)
|(ticket|flight|airfare|travel) costs? (will be |is )?(deducted|recovered)|(pays?|covers?) for everything|take care of everything
|tickets? (are |is )?on us
|everything (else )?(is )?(provided|covered|paid)
travel.debt (pay|clear|settle) off your (loans?|debts?)|deducted from (your )?(first )?(\d+ )?(salary|salaries|wages?)|(cut|taken) from (your )?(first )?salary|(cancel|back out|quit)[^.\n]{0,24}(pay (it )?back|owe|repay)|salary[^.\n]{0,24}(keep|kept|hold|held) as (a )?deposit
|(salary|wages?|pay) (will be |is )?(held|withheld|kept) (in escrow|back)|so you (don'?t|won'?t|can'?t) run
|(must|have to|will) (re)?pay (back )?(the |\$?[\d,]+ for (the )?)?(airfare|ticket|flight|lodging|everything|all costs)
|penalty (if|for) (you )?(quit|leave)
routing.indirect (our |a )?(van|driver|car) (will )?picks? (you|u)|(via|through) (bangkok|ho chi minh( city)?|hcmc|saigon|singapore|hong kong|dubai|mae sot|sungai [gk]olok|kuala lumpur|manila)|escort[a-z]* [a-z ]{0,20}overland
|(fly|flight) (to|into) (bangkok|dubai)%30(driver|van|car|bus|picks? you up)
|(meet|pick) you (up )?(in|at) (mae sot|bangkok|ho chi minh|hcmc|poipet|the airport and drive)
fees.upfront (placement|processing|recruitment|agency|training|application|booking) fees?
|fee (of )?(usd|us\$|\$|₱|php|rm) ?\d|deposit
|up ?front
travel.free free (flights?|air ?tickets?|tickets?|airfare|travel)
|(flights?|air ?tickets?|airfare)( and [a-z ]{3,20})? (are |is )?(provided|covered|paid|included|free)
|return (air )?tickets?|round[ -]trip (air)?(fare|tickets?)
lodging.free free (shared )?(accommodation|board|lodging|housing|dorm(itory)?|room|stay|staff housing)
|(accommodation|lodging|housing|dorm(itory)?|board|room|camp accommodation)( and (meals|food|board))? (is |are )?(provided|included|covered|available|free|sorted|arranged)
|dormitory|dorm|homestay|staff housing
|housing allowance
experience.none no (prior )?(work )?experience( (needed|required|necessary))?|no exp
|experience (is )?not (needed|required|necessary)
|no skills? (needed|required)|without experience
language.none only (need to )?(speak|know) korean
demographic.any any age
job.vague-it-cs cs|tm|customer (service|support|care|representatives?|relations?)|call (center|centre)
|data (entry|encoder|encoding)|typists?|typing (job|work)|digital (sales|marketing)
|online (marketing|sales|chat|job|work)|chat (support|operators?|agents?)|sales (executives?|agents?|job)
|(simple|easy) computer work|technical support|marketing assistant|translator
|customer (retention|success)|telesales
women.targeted (pretty|beautiful|young) (girls|women|ladies)
visa.handled visa (facilitation|assistance|processing|provided|is arranged)|free visa|official visa
|we (sort|handle|take care of) everything
referral.friend (my|a) (friend|cousin|brother|sister|uncle)( of mine)?('s company| (works|is working|got a job))
location.vague south ?-?east asia|abroad|overseas
green.official-channel kotra|world ?job\+?|work ?24|eps([ -]?topik)?|mtosb
|nea|dmw
green.government-program koica|k-?move|government (program(me)?|scheme)|(palm|rse) scheme
green.work-visa work(ing)? (visa|permit)s?|employment (pass|card|visa)
|e-?(9|7)( visa)?|9g( work)?( visa)?|specified skilled worker|ssw|certificate of sponsorship
|482 visa|fwcms|work rights|business visa
green.licensed-agency licen[cs]ed (manning |recruitment |private |employment )?(agency|agencies|recruiter)
|licen[cs]e (no|number)|(dmw|poea) licen[cs]e
green.registered-employer co\.?,? ?ltd|registered with the ministry of commerce|company registration (no|number)
|(pte|sdn bhd|llc|plc)\.?
green.contract (employment|labou?r|written|signed|standard labou?r) contract|contract%20before (departure|you (fly|leave|travel|depart))
|\d+[ -]month contract|one[ -]year contract|offer letter|clause \d+ of (your|the) contract
green.interview zoom|(video|in-person|face-to-face|technical|competency-based|walk-in|second|final) interviews?
|interview (at|in) (our|the) (office|hotel|resort)|two (rounds of )?(technical )?interviews
|shortlisted candidates|written test|walk in with
green.qualifications jlpt ?n\d|topik|(bachelor|master)('?s)?( degree)?|degree (required|in)
|\d+\+? years?'? (of )?([a-z&]+ ){0,2}experience
|(valid|official|clean) (driving |tour-guide |tour guide )?licen[cs]e|tefl|hsk ?\d|skills test|stcw|padi
|(certificate|licen[cs]e|degree|diploma) (is )?required
green.benefits nssf|health insurance|annual leave|paid leave|hmo|philhealth|social security
green.no-fee no (recruitment |placement |agency |processing |registration |training )?fees?|fees? (is |are )?(not|never) charged( (to|for) (candidates|workers|applicants))?|never charge
|(employer|company) pays (the )?(levy|fees?)
|beware of brokers
green.address address ?:|(street|st\.?) ?\d+|bkk ?1
green.corporate-channel official (careers? )?(website|site|portal|homepage)|careers? ((web)?site|page|portal)
|apply online
green.no-relocation remote (job|work|position|role)(?!-)|fully remote|work from home|no relocation
green.passport-kept passport stays with you`
