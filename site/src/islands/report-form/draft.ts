import { CONSENTS, MESSENGER_APPS, FamilyReportInput, toFieldErrors } from '../../../../core/report'
import type { Lang } from '../../../../core/langs'
import type { ShownError } from '../parts/ErrorSummary'

/** The report form's answers as typed, and how they become the API's report. */
export const STEPS = ['person', 'journey', 'reporter', 'consents', 'check'] as const
export type Step = (typeof STEPS)[number]
export const MESSENGER_FIELDS = MESSENGER_APPS.filter((app) => app !== 'other')

/** sessionStorage, not localStorage: the draft dies with the tab, on a shared phone too. */
export const DRAFT_KEY = 'homeward.report.draft'
export const DONE_KEY = 'homeward.report.done'

export function emptyDraft(lang: Lang) {
  return {
    step: 0,
    idempotencyKey: crypto.randomUUID(),
    photo: '',
    /** The chosen file's name, shown beside the picker (it is not sent). */
    photoName: '',
    person: {
      fullName: '',
      latinName: '',
      otherNames: '',
      birthDate: '',
      approxAge: '',
      sex: '',
      nationality: '',
      passportNumber: '',
      phones: '',
      kakaotalk: '',
      telegram: '',
      line: '',
      whatsapp: '',
      facebook: '',
      description: '',
    },
    journey: {
      departureDate: '',
      destinationCountry: '',
      destinationTown: '',
      offerText: '',
      recruiterName: '',
      recruiterContacts: '',
      lastContactDate: '',
      lastContactChannel: '',
      lastContactWords: '',
      dangerSigns: [] as string[],
      knownLocation: '',
      policeTold: '',
      policeDetails: '',
    },
    reporter: { name: '', relationship: '', phone: '', email: '', messenger: '', preferredLanguage: lang as string, safeTimes: '' },
    consents: Object.fromEntries(CONSENTS.map((consent) => [consent, false])) as Record<(typeof CONSENTS)[number], boolean>,
  }
}
export type Draft = ReturnType<typeof emptyDraft>

const given = (value: string) => (value.trim() === '' ? undefined : value.trim())

/** The form's strings → the API's report, in the shape core/report.ts checks. */
export function toReport(draft: Draft, lang: Lang, turnstileToken: string) {
  const p = draft.person
  const j = draft.journey
  const r = draft.reporter
  const age = p.approxAge.trim()
  return {
    kind: 'family' as const,
    lang,
    turnstileToken,
    person: {
      fullName: p.fullName.trim(),
      latinName: given(p.latinName),
      otherNames: given(p.otherNames),
      birthDate: given(p.birthDate),
      approxAge: age === '' ? undefined : /^\d+$/.test(age) ? Number(age) : (age as unknown as number),
      sex: given(p.sex),
      nationality: given(p.nationality),
      passportNumber: given(p.passportNumber),
      phones: p.phones.split(/[,;\n]/).map((s) => s.trim()).filter(Boolean),
      messengers: MESSENGER_FIELDS.filter((app) => p[app].trim()).map((app) => ({ app, id: p[app].trim() })),
      description: given(p.description),
      photoAttached: draft.photo ? true : undefined,
    },
    journey: {
      departureDate: given(j.departureDate),
      destinationCountry: j.destinationCountry,
      destinationTown: given(j.destinationTown),
      offerText: given(j.offerText),
      recruiterName: given(j.recruiterName),
      recruiterContacts: given(j.recruiterContacts),
      lastContactDate: given(j.lastContactDate),
      lastContactChannel: given(j.lastContactChannel),
      lastContactWords: given(j.lastContactWords),
      dangerSigns: j.dangerSigns,
      knownLocation: given(j.knownLocation),
      policeTold: given(j.policeTold),
      policeDetails: given(j.policeDetails),
    },
    reporter: {
      name: r.name.trim(),
      relationship: r.relationship,
      phone: given(r.phone),
      email: given(r.email),
      messenger: given(r.messenger),
      preferredLanguage: r.preferredLanguage,
      safeTimes: given(r.safeTimes),
    },
    consents: { ...draft.consents },
  }
}

/** Schema paths → the form field that shows the error. */
export function formField(field: string): string {
  if (field.startsWith('person.phones')) return 'person.phones'
  if (field.startsWith('person.messengers')) return 'person.kakaotalk'
  if (field.startsWith('journey.dangerSigns')) return 'journey.dangerSigns'
  return field
}

export function validate(draft: Draft, lang: Lang): ShownError[] {
  const result = FamilyReportInput.safeParse(toReport(draft, lang, 'pending'))
  if (result.success) return []
  const seen = new Set<string>()
  return toFieldErrors(result.error.issues)
    .map((e) => ({ field: formField(e.field), code: e.code as string }))
    .filter((e) => (seen.has(e.field) ? false : (seen.add(e.field), true)))
}

export const stepOf = (field: string): number => Math.max(0, STEPS.indexOf(field.split('.')[0] as Step))
