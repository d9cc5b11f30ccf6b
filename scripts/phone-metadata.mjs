// Writes core/phone-metadata.json: libphonenumber-js's "min" metadata cut down to the
// countries Homeward's families and workers call from and to (PHONE_COUNTRIES in
// core/phone.ts). The whole min set is 19 KB gzipped; this cut keeps the report page
// within its JavaScript budget. Run after upgrading libphonenumber-js:
//   node scripts/phone-metadata.mjs
// tests/unit/phone.test.ts fails when the file and the installed package disagree.
import { readFileSync, writeFileSync } from 'node:fs'

export const PHONE_COUNTRIES = ['KR', 'KH', 'MM', 'LA', 'TH', 'VN', 'PH', 'CN']

export function cutMetadata(full, countries = PHONE_COUNTRIES) {
  const cut = { version: full.version, country_calling_codes: {}, countries: {} }
  for (const [code, list] of Object.entries(full.country_calling_codes)) {
    const kept = list.filter((country) => countries.includes(country))
    if (kept.length) cut.country_calling_codes[code] = kept
  }
  for (const country of countries) cut.countries[country] = full.countries[country]
  return cut
}

export const metadataPath = new URL('../core/phone-metadata.json', import.meta.url)
const fullPath = new URL('../node_modules/libphonenumber-js/metadata.min.json', import.meta.url)

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(metadataPath, `${JSON.stringify(cutMetadata(JSON.parse(readFileSync(fullPath, 'utf8'))))}\n`)
  console.log(`wrote ${metadataPath.pathname}`)
}
