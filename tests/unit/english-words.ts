/**
 * English words on a Korean or Khmer screen: what the built pages' test and the browser
 * tests of island states look for (issue 15). Brand names, addresses and case
 * references are let through.
 */

/**
 * Words that stay in Latin letters on a Korean or Khmer page: names of brands,
 * services, apps and programmes as their owners write them, file formats, and the
 * examples of what a reader types in Latin letters (a passport name, a handle).
 */
export const ALLOWED = new Set([
  // the site and its host
  'Homeward', 'Cloudflare', 'Inc', 'Access', 'Turnstile', 'Workers', 'D1', 'R2',
  // apps and networks people use
  'Telegram', 'KakaoTalk', 'LINE', 'WeChat', 'WhatsApp', 'Facebook', 'Live', 'TikTok', 'Google', 'Maps', 'DM', 'SNS', 'OTP', 'USDT',
  // the key printed on keyboards (quick exit: press Esc twice)
  'Esc',
  // programmes, agencies and systems named as they are officially written
  'EPS', 'EPS-TOPIK', 'TOPIK', 'MTOSB', 'NEA', 'NSSF', 'KOTRA', 'KOICA', 'K-Move', 'WorldJob', 'Work24', 'ECRM', 'OHCHR', 'CAP',
  'Korean', 'Air', 'KE9690', 'geoBoundaries', 'KK',
  // news outlets cited by name in the text
  'SBS', 'Newsis', 'YTN',
  // words of the trade quoted from real ads and police lists
  'CS', 'TM', 'IT', 'ID',
  // technical words with no everyday translation
  'IP', 'JavaScript', 'JPEG', 'PNG', 'WebP',
  // examples of what a reader writes in Latin letters
  'LEE', 'MINSU', 'SOK', 'SOPHEA', 'minsu_mom', 'sophea_mom',
])

/** Addresses, e-mail addresses and case references are not words. */
const stripNonWords = (text: string) =>
  text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, ' ')
    .replace(/\b[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?/gi, (m) => (/\.[a-z]{2,}/i.test(m) ? ' ' : m))
    .replace(/\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]\b/g, ' ')

export const englishWords = (text: string) =>
  (stripNonWords(text).match(/[A-Za-z][A-Za-z0-9_’'+-]*/g) ?? []).map((w) => w.replace(/[’'+-]+$/, '')).filter((w) => !ALLOWED.has(w))

