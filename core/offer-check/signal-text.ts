/**
 * English title and explanation for every signal, as source text for the locale keys
 * `check.signal.<id>.title` and `check.signal.<id>.why` (locales/en.json, then ko and km).
 * Written to inform, not to accuse: they say what the sign is and why it matters,
 * following the sources listed for each signal in signals.ts. Not imported by the engine.
 */
import type { SignalId } from './signals'

export const SIGNAL_TEXT_EN: Record<SignalId, { title: string; why: string }> = {
  'role.scam-explicit': {
    title: 'The job itself is a scam role',
    why: 'Romance chats, "리딩방" investment groups and answering for gambling sites are the work people are forced to do in scam compounds. Real employers do not recruit for them.',
  },
  'money.mule': {
    title: 'They want your bank account',
    why: 'Lending, opening or handing over bank accounts, cards or OTP devices makes you part of a money-laundering chain. Police treat account holders as suspects.',
  },
  secrecy: {
    title: 'You are told to keep it secret',
    why: 'Recruiters for scam compounds tell people what to say at the airport or not to tell their family. A real employer has no reason to hide the job from immigration or your family.',
  },
  'passport.requested': {
    title: 'They ask for your passport first or want to keep it',
    why: 'Korean police advise reporting any company that asks for your passport before you are hired. In scam compounds passports are taken on arrival so people cannot leave.',
  },
  'border.irregular': {
    title: 'A border crossing outside official checkpoints',
    why: 'Being driven or taken by boat across a border, at night or "arranged by us", is how people have been moved into compounds in Myanmar and Cambodia.',
  },
  'channel.bypass-official': {
    title: 'The offer skips the official route',
    why: 'Cambodian workers can go to Korea only through EPS, run by the Ministry of Labour (MTOSB) with the EPS-TOPIK test. An offer that skips the ministry, or says you need not go there, is fake.',
  },
  'reassurance.no-detention': {
    title: 'They say you will not be locked up or beaten',
    why: 'Real 2025 scam ads promised "no confinement, no violence". An honest employer never needs to say this.',
  },
  'visa.tourist': {
    title: 'Travel on a tourist visa or without a visa',
    why: 'A work visa must be issued before you leave. If you are told to enter as a tourist and get papers later, the job is very likely illegal.',
  },
  'phone.taken': {
    title: 'Your phone will be taken',
    why: 'In scam compounds, phones are taken on arrival so people cannot call for help.',
  },
  'pay.unrealistic': {
    title: 'Pay far above what the job is worth',
    why: 'Ads luring people to compounds offer ₩10 million a month or more, or $3,000+ for jobs that ask for no skills. Real wages for this work are far lower.',
  },
  'location.high-risk': {
    title: 'A place under a travel ban',
    why: 'Korea has banned travel (level 4) to this area because of scam compounds and kidnappings. Going there without permission is also a crime under the Passport Act.',
  },
  'pay.high': {
    title: 'High pay for unskilled work',
    why: 'Offers of $1,000 or more a month for typing, chat or customer-service work were the lure in documented cases of Filipinos, Malaysians and Vietnamese taken to compounds.',
  },
  'pay.guaranteed': {
    title: 'Income is promised or guaranteed',
    why: '"고수익 보장", "guaranteed income" and "easy money" are the wording authorities warn about. Real employers state a wage, not a promise.',
  },
  'channel.telegram': {
    title: 'Contact only through Telegram',
    why: 'Korean authorities warn about offers made on Telegram, where recruiters stay anonymous and can disappear.',
  },
  'channel.messenger': {
    title: 'Contact only through a chat app or DM',
    why: 'Open chats, DMs, WhatsApp or LINE instead of a company address make the recruiter impossible to trace.',
  },
  reassurance: {
    title: 'They insist it is safe and legitimate',
    why: '"100% safe", "not a scam", "an honest company" appeared in real scam ads. Check the company yourself instead.',
  },
  'urgency.departure': {
    title: 'Pressure to leave at once',
    why: 'Being told to fly within days, with only your passport, leaves no time to check the company or the visa.',
  },
  'company.hidden': {
    title: 'No company name or place given',
    why: 'If the company, address or workplace is only revealed later or "in DM", you cannot check it. Ask for the registered name, registration number and address.',
  },
  'contract.on-arrival': {
    title: 'No contract or work papers before you go',
    why: 'A contract or work permit promised only after arrival cannot protect you. A real job gives you a signed contract and a work visa before departure.',
  },
  'screening.minimal': {
    title: 'Hired without a real interview',
    why: 'A typing test or a five-minute chat instead of an interview was part of the offers used to take people to compounds.',
  },
  crypto: {
    title: 'Crypto sales or payment in crypto',
    why: '"Crypto sales" is a known bait for jobs in the Golden Triangle, where people are made to run investment scams.',
  },
  'travel.prepaid': {
    title: 'They pay your travel up front',
    why: 'Recruiters who buy your ticket or send travel money first often demand it back later, as a debt that keeps you working.',
  },
  'travel.debt': {
    title: 'Travel costs become a debt',
    why: 'Airfare or lodging deducted from pay, or owed if you quit, is used to keep people from leaving.',
  },
  'routing.indirect': {
    title: 'An indirect route',
    why: 'Flying to Bangkok, Ho Chi Minh City or Singapore and then being driven on is how people were taken across borders.',
  },
  'fees.upfront': {
    title: 'You are asked to pay a fee',
    why: 'Fake brokers took $4,000 fees for jobs in Korea that never existed. Official channels charge only small published fees.',
  },
  'location.compound-area': {
    title: 'A place with known scam compounds',
    why: 'Police raids and travel advisories name this area for scam compounds. Check any job here with special care.',
  },
  'combo.lure': {
    title: 'The typical lure',
    why: 'A chat-app contact, a free flight and an easy, well-paid job in Cambodia, Myanmar, Laos or Thailand together form the pattern seen in most cases.',
  },
  'travel.free': {
    title: 'Free flight',
    why: 'Common in honest jobs abroad too, but also in almost every scam offer. Check who pays and whether you must pay it back.',
  },
  'lodging.free': {
    title: 'Free room or board',
    why: 'Common in honest jobs too. In scam compounds, the dormitory is where people are held.',
  },
  'experience.none': {
    title: 'No experience needed',
    why: 'Common in honest jobs, but together with high pay it is a warning sign.',
  },
  'language.none': {
    title: 'Only your own language needed',
    why: 'Compounds recruit speakers of the victims\' languages. "Korean only is fine" for a well-paid job abroad deserves a second look.',
  },
  'demographic.any': {
    title: 'Any age, any sex, couples welcome',
    why: 'Honest ads say this too, but Korean police list "남녀무관 커플 동반 가능" among scam ad phrases.',
  },
  'job.vague-it-cs': {
    title: 'A vague customer-service or typing job',
    why: 'CS, TM, data entry, typing and "digital marketing" are the usual titles of fake offers. Ask what the work really is.',
  },
  'women.targeted': {
    title: 'Young women wanted',
    why: 'Offers for young women as receptionists at casinos are a documented lure.',
  },
  'visa.handled': {
    title: '"We handle the visa"',
    why: 'A recruiter who promises to "sort out" the visa may mean no work visa at all. Ask which visa, and see it before you leave.',
  },
  'referral.friend': {
    title: 'Through a friend or acquaintance',
    why: 'Many people were recruited by someone they knew, who was often under pressure themselves.',
  },
  'location.scam-region': {
    title: 'A country where scam compounds operate',
    why: 'Cambodia, Myanmar, Laos and Thailand have honest jobs too; the travel advisory for the place tells you more.',
  },
  'location.vague': {
    title: 'No clear destination',
    why: '"Southeast Asia" or "abroad" without a city or company means you cannot check where you are going.',
  },
  'green.official-channel': {
    title: 'An official channel',
    why: 'WorldJob+, Work24, KOTRA, EPS through MTOSB and Cambodia\'s NEA are government channels. Check the offer is really listed there.',
  },
  'green.government-program': {
    title: 'A government programme',
    why: 'Programmes such as KOICA volunteering or K-Move are run or funded by governments.',
  },
  'green.work-visa': {
    title: 'A work visa or permit is named',
    why: 'A named work visa or permit (in Cambodia: E-class visa, work permit and employment card) is what legal work abroad needs.',
  },
  'green.licensed-agency': {
    title: 'A licensed agency',
    why: 'Licensed recruitment agencies can be checked with the labour ministry. Verify the licence number.',
  },
  'green.registered-employer': {
    title: 'A registered company',
    why: 'A company name with a registration number can be checked, for example with KOTRA\'s company-information service.',
  },
  'green.contract': {
    title: 'A written contract',
    why: 'A written contract before departure is what police and the foreign ministry advise you to have.',
  },
  'green.interview': {
    title: 'A real interview',
    why: 'Video or in-person interviews in several stages are usual for honest jobs.',
  },
  'green.qualifications': {
    title: 'Qualifications are required',
    why: 'Honest well-paid jobs ask for experience, degrees or licences.',
  },
  'green.benefits': {
    title: 'Benefits are listed',
    why: 'Social insurance (NSSF, 4대보험), leave and health insurance point to a registered employer.',
  },
  'green.no-fee': {
    title: 'No fee for the job seeker',
    why: 'Honest recruiters do not charge workers, and official notices warn against brokers who do.',
  },
  'green.address': {
    title: 'An address is given',
    why: 'A street address can be checked on a map and visited.',
  },
  'green.corporate-channel': {
    title: 'A company email or website',
    why: 'A company domain is easier to check than a chat handle.',
  },
  'green.no-relocation': {
    title: 'No move abroad',
    why: 'Work from home or without relocation does not carry the risk of being held abroad.',
  },
  'green.passport-kept': {
    title: 'You keep your passport',
    why: 'An employer that says you keep your own passport is following the law.',
  },
  'green.realistic-pay': {
    title: 'Realistic pay',
    why: 'The wage stated is in line with what this kind of work usually pays.',
  },
}
