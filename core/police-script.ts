/**
 * Lines a person can show, read out or paste when contacting Cambodian police. The
 * 0404 guidance is to send a short message in English with a location
 * and building details; the Khmer lines say the same for a Khmer-speaking officer.
 * Korean and English pages show both languages, since the officer reads them.
 */
export const POLICE_SCRIPT: Array<{ en: string; km: string }> = (
  [
    ['I am a foreigner and I am being held against my will.', 'ខ្ញុំជាជនបរទេស ហើយខ្ញុំកំពុងត្រូវគេឃុំខ្លួនដោយបង្ខំ។'],
    ['They took my passport and my phone.', 'គេបានយកលិខិតឆ្លងដែន និងទូរស័ព្ទរបស់ខ្ញុំ។'],
    ['My location is: (send your map location)', 'ទីតាំងរបស់ខ្ញុំគឺ៖ (ផ្ញើទីតាំងលើផែនទី)'],
    ['The building looks like: (colour, floors, signs, nearby places)', 'អគារនេះមានរូបរាង៖ (ពណ៌ ចំនួនជាន់ ស្លាកសញ្ញា ទីកន្លែងនៅក្បែរ)'],
    ['There are about (number) people held here.', 'មានមនុស្សប្រហែល (ចំនួន) នាក់ត្រូវគេឃុំនៅទីនេះ។'],
    ['Please help me.', 'សូមជួយខ្ញុំផង។'],
  ] as const
).map(([en, km]) => ({ en, km }))

/**
 * The Khmer page's reader is most often a Cambodian citizen, lured at home and held in
 * their own country, speaking to police of their own country in their own
 * language: these lines say so, and ask for the family to be told.
 */
export const POLICE_SCRIPT_CAMBODIAN: string[] = [
  'ខ្ញុំជាពលរដ្ឋខ្មែរ ហើយខ្ញុំកំពុងត្រូវគេឃុំខ្លួនដោយបង្ខំ។',
  'គេបានយកអត្តសញ្ញាណប័ណ្ណ លិខិតឆ្លងដែន ឬទូរស័ព្ទរបស់ខ្ញុំ។',
  'ទីតាំងរបស់ខ្ញុំគឺ៖ (ផ្ញើទីតាំងលើផែនទី)',
  'អគារនេះមានរូបរាង៖ (ពណ៌ ចំនួនជាន់ ស្លាកសញ្ញា ទីកន្លែងនៅក្បែរ)',
  'មានមនុស្សប្រហែល (ចំនួន) នាក់ត្រូវគេឃុំនៅទីនេះ។',
  'សូមជួយខ្ញុំផង ហើយសូមប្រាប់ក្រុមគ្រួសាររបស់ខ្ញុំ៖ (ឈ្មោះ និងលេខទូរស័ព្ទ)',
]
