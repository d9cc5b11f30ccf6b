import { For, Match, Show, Switch, createSignal, onCleanup, onMount } from 'solid-js'
import { problemMessage, type Created } from '../../../core/api'
import { createStore, unwrap } from 'solid-js/store'
import {
  CONTACT_CHANNELS,
  DANGER_SIGNS,
  DESTINATION_COUNTRIES,
  FamilyReportInput,
  MESSENGER_APPS,
  NATIONALITIES,
  POLICE_TOLD,
  RELATIONSHIPS,
  SEXES,
  toFieldErrors,
} from '../../../core/report'
import { LANGS, type Lang } from '../../../core/langs'
import { callApi, type ApiResult } from './parts/api'
import ErrorSummary, { fieldId, type ShownError } from './parts/ErrorSummary'
import { createErrors } from './parts/errors'
import { ChoiceField, SelectField, TextField } from './parts/fields'
import { dataUrlToBlob, readPhoto } from './parts/photo'
import { makeT } from './parts/t'
import { mountTurnstile, type TurnstileHandle } from './parts/turnstile'

const STEPS = ['person', 'journey', 'reporter', 'consents', 'check'] as const
type Step = (typeof STEPS)[number]
const CONSENTS = ['personalData', 'passportNumber', 'sensitiveData', 'sharePolice', 'storageAbroad'] as const
const MESSENGER_FIELDS = MESSENGER_APPS.filter((app) => app !== 'other')

/** sessionStorage, not localStorage: the draft dies with the tab (PRODUCT.md). */
const DRAFT_KEY = 'homeward.report.draft'
const DONE_KEY = 'homeward.report.done'

function emptyDraft(lang: Lang) {
  return {
    step: 0,
    idempotencyKey: crypto.randomUUID(),
    photo: '',
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
    consents: { personalData: false, passportNumber: false, sensitiveData: false, sharePolice: false, storageAbroad: false },
  }
}
type Draft = ReturnType<typeof emptyDraft>

const given = (value: string) => (value.trim() === '' ? undefined : value.trim())

/** The form's strings → the API's report, in the shape core/report.ts checks. */
function toReport(draft: Draft, lang: Lang, turnstileToken: string) {
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
function formField(field: string): string {
  if (field.startsWith('person.phones')) return 'person.phones'
  if (field.startsWith('person.messengers')) return 'person.kakaotalk'
  if (field.startsWith('journey.dangerSigns')) return 'journey.dangerSigns'
  return field
}

function validate(draft: Draft, lang: Lang): ShownError[] {
  const result = FamilyReportInput.safeParse(toReport(draft, lang, 'pending'))
  if (result.success) return []
  const seen = new Set<string>()
  return toFieldErrors(result.error.issues)
    .map((e) => ({ field: formField(e.field), code: e.code as string }))
    .filter((e) => (seen.has(e.field) ? false : (seen.add(e.field), true)))
}

const stepOf = (field: string): number => Math.max(0, STEPS.indexOf(field.split('.')[0] as Step))


export default function ReportForm(props: { lang: Lang; messages: Record<string, string>; sitekey: string }) {
  const t = makeT(props.messages)
  const [draft, setDraft] = createStore<Draft>(emptyDraft(props.lang))
  const { errors, banner, focusKey, show: showErrors, errorFor } = createErrors(t)
  const [restored, setRestored] = createSignal(false)
  const [sending, setSending] = createSignal(false)
  const [token, setToken] = createSignal<string | null>(null)
  const [done, setDone] = createSignal<Created | null>(null)
  const [saved, setSaved] = createSignal(false)
  const [copied, setCopied] = createSignal(false)
  const [photoError, setPhotoError] = createSignal('')
  let heading: HTMLHeadingElement | undefined
  let turnstileBox: HTMLDivElement | undefined
  let turnstile: TurnstileHandle | undefined

  const step = () => STEPS[draft.step]
  const labelFor = (field: string) => props.messages[`report.${field}.label`] ?? props.messages[`report.${field}.legend`] ?? ''
  /** Summary lines name the question when the message alone would be ambiguous. */
  const summaryErrors = () =>
    errors().map((e) => ({ field: e.field, code: e.code.startsWith('error.') && labelFor(e.field) ? `${labelFor(e.field)}: ${t(e.code)}` : e.code }))

  function persist() {
    try {
      sessionStorage.setItem(DRAFT_KEY, JSON.stringify(unwrap(draft)))
    } catch {
      // Full storage (a large photo): keep the answers, drop the photo from the copy.
      try {
        sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ ...unwrap(draft), photo: '' }))
      } catch {
        /* storage unavailable: the answers stay on screen */
      }
    }
  }

  function update(path: [keyof Draft, string] | [keyof Draft], value: unknown) {
    ;(setDraft as (...args: unknown[]) => void)(...path, value)
    persist()
  }

  function goTo(index: number) {
    setDraft('step', index)
    persist()
    showErrors([])
    queueMicrotask(() => {
      heading?.focus()
      window.scrollTo(0, 0)
    })
  }

  function next(event: Event) {
    event.preventDefault()
    const current = step()
    const stepErrors = validate(unwrap(draft), props.lang).filter((e) => e.field.startsWith(`${current}.`))
    if (stepErrors.length) return showErrors(stepErrors)
    goTo(draft.step + 1)
  }

  onMount(() => {
    try {
      const finished = sessionStorage.getItem(DONE_KEY)
      if (finished) setDone(JSON.parse(finished))
      const stored = sessionStorage.getItem(DRAFT_KEY)
      if (stored && !finished) {
        const parsed = JSON.parse(stored) as Draft
        setDraft({ ...emptyDraft(props.lang), ...parsed, person: { ...emptyDraft(props.lang).person, ...parsed.person } })
        setRestored(true)
      }
    } catch {
      /* a damaged draft: start afresh */
    }
    const warn = (event: BeforeUnloadEvent) => {
      if (done() && !saved()) event.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    onCleanup(() => window.removeEventListener('beforeunload', warn))
  })

  function discard() {
    if (!window.confirm(t('report.discardConfirm'))) return
    sessionStorage.removeItem(DRAFT_KEY)
    setDraft(emptyDraft(props.lang))
    setRestored(false)
    goTo(0)
  }

  async function onPhoto(file: File | undefined) {
    setPhotoError('')
    if (!file) return
    const result = await readPhoto(file)
    if (!result.ok) {
      setPhotoError(t(result.code))
      return
    }
    update(['photo'], result.dataUrl)
  }

  async function submit(event: Event) {
    event.preventDefault()
    if (sending()) return
    const all = validate(unwrap(draft), props.lang)
    if (all.length) {
      setDraft('step', stepOf(all[0].field))
      return showErrors(all.filter((e) => stepOf(e.field) === stepOf(all[0].field)))
    }
    const currentToken = token()
    if (!currentToken) return showErrors([{ field: 'turnstileToken', code: 'report.turnstile.error.required' }])
    setSending(true)
    const report = toReport(unwrap(draft), props.lang, currentToken)
    let result: ApiResult<Created>
    if (draft.photo) {
      const form = new FormData()
      form.set('report', JSON.stringify(report))
      form.set('photo', dataUrlToBlob(draft.photo), 'photo.jpg')
      result = await callApi<Created>('/api/v1/reports', {
        method: 'POST',
        headers: { 'idempotency-key': draft.idempotencyKey },
        body: form,
      })
    } else {
      result = await callApi<Created>('/api/v1/reports', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': draft.idempotencyKey },
        body: JSON.stringify(report),
      })
    }
    setSending(false)
    if (result.kind === 'ok') {
      sessionStorage.setItem(DONE_KEY, JSON.stringify(result.data))
      sessionStorage.removeItem(DRAFT_KEY)
      setDone(result.data)
      showErrors([])
      queueMicrotask(() => heading?.focus())
      return
    }
    if (result.kind === 'problem' && result.status === 400 && result.problem.errors?.length) {
      const list = result.problem.errors.map((e) => ({ field: formField(e.field), code: e.code }))
      if (list[0].field !== 'turnstileToken') setDraft('step', stepOf(list[0].field))
      return showErrors(list)
    }
    if (result.kind === 'offline') return showErrors([], problemMessage(result, t))
    turnstile?.reset()
    if (result.problem.type === 'turnstile') return showErrors([{ field: 'turnstileToken', code: 'report.turnstile.error.failed' }])
    return showErrors([], problemMessage(result, t, { other: 'report.error.server' }))
  }

  function mountWidget(el: HTMLDivElement) {
    turnstileBox = el
    queueMicrotask(() => {
      if (turnstileBox) turnstile = mountTurnstile(turnstileBox, props.sitekey, 'report', props.lang, setToken)
    })
  }

  const codesText = () => {
    const created = done()!
    return t('report.done.fileText', {
      caseRef: created.caseRef,
      receiptCode: created.receiptCode,
      url: `${location.origin}/${props.lang}/case/`,
    })
  }

  function download() {
    const url = URL.createObjectURL(new Blob([codesText()], { type: 'text/plain;charset=utf-8' }))
    const a = document.createElement('a')
    a.href = url
    a.download = `${t('report.done.fileName')}-${done()!.caseRef}.txt`
    a.click()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(codesText())
      setCopied(true)
    } catch {
      setCopied(false)
    }
  }

  function leave(event: Event) {
    if (!saved()) {
      event.preventDefault()
      showErrors([{ field: 'report-done-confirm', code: 'report.done.mustConfirm' }])
      return
    }
    sessionStorage.removeItem(DONE_KEY)
  }

  const options = (values: readonly string[], prefix: string) => values.map((value) => ({ value, label: t(`${prefix}.${value}`) }))
  const text = (section: 'person' | 'journey' | 'reporter', name: string, extra: Record<string, unknown> = {}) => {
    const field = `${section}.${name}`
    return (
      <TextField
        t={t}
        field={field}
        label={t(`report.${field}.label`)}
        hint={props.messages[`report.${field}.hint`]}
        error={errorFor(field)}
        value={(draft[section] as Record<string, string>)[name]}
        onInput={(v) => update([section, name], v)}
        {...extra}
      />
    )
  }

  return (
    <Switch>
      <Match when={done()}>
        {(created) => (
          <div class="done">
            <ErrorSummary t={t} errors={errors()} focusKey={focusKey()} />
            <h1 ref={heading} tabindex="-1">{t('report.done.title')}</h1>
            <p class="lead">{t('report.done.lead')}</p>
            <dl class="codes">
              <div>
                <dt>{t('report.done.caseRef')}</dt>
                <dd class="code" data-testid="case-ref">{created().caseRef}</dd>
              </div>
              <div>
                <dt>{t('report.done.receiptCode')}</dt>
                <dd class="code" data-testid="receipt-code">{created().receiptCode}</dd>
              </div>
            </dl>
            <p class="actions">
              <button type="button" class="button button--secondary" onClick={copy}>
                {copied() ? t('report.done.copied') : t('report.done.copy')}
              </button>
              <button type="button" class="button button--secondary" onClick={download}>{t('report.done.download')}</button>
              <button type="button" class="button button--secondary" onClick={() => window.print()}>{t('report.done.print')}</button>
            </p>
            <div class={`field${errorFor('report-done-confirm') ? ' field--error' : ''}`}>
              <Show when={errorFor('report-done-confirm')}>
                <p class="error-message" id="report-done-confirm-error">{errorFor('report-done-confirm')}</p>
              </Show>
              <div class="choice">
                <input
                  class="choice__input"
                  type="checkbox"
                  id="report-done-confirm"
                  checked={saved()}
                  aria-describedby={errorFor('report-done-confirm') ? 'report-done-confirm-error' : undefined}
                  onChange={(e) => setSaved(e.currentTarget.checked)}
                />
                <label class="choice__label" for="report-done-confirm">{t('report.done.confirm')}</label>
              </div>
            </div>
            <p>
              <a class="button" href={`/${props.lang}/case/`} onClick={leave}>{t('report.done.continue')}</a>
            </p>
          </div>
        )}
      </Match>
      <Match when={!done()}>
        <form class="report-form" novalidate onSubmit={step() === 'check' ? submit : next}>
          <ErrorSummary t={t} errors={summaryErrors()} focusKey={focusKey()} message={banner()} />
          <p class="caption">{t('report.step', { current: draft.step + 1, total: STEPS.length })}</p>
          <h1 ref={heading} tabindex="-1">{t(`report.step.${step()}`)}</h1>
          <Show when={restored() && draft.step === 0}>
            <p class="notice" role="status">{t('report.draftRestored')}</p>
          </Show>

          <Switch>
            <Match when={step() === 'person'}>
              <p class="lead">{t('report.lead')}</p>
              {text('person', 'fullName', { autocomplete: 'off', maxLength: 200 })}
              {text('person', 'latinName', { optional: true, maxLength: 200 })}
              {text('person', 'otherNames', { optional: true, maxLength: 500 })}
              {text('person', 'birthDate', { optional: true, type: 'date', width: 'medium' })}
              {text('person', 'approxAge', { optional: true, inputmode: 'numeric', width: 'short', maxLength: 3 })}
              <ChoiceField
                t={t}
                kind="radio"
                field="person.sex"
                label={t('report.person.sex.label')}
                optional
                inline
                error={errorFor('person.sex')}
                options={options(SEXES, 'report.person.sex')}
                selected={[draft.person.sex]}
                onChange={([v]) => update(['person', 'sex'], v)}
              />
              <SelectField
                t={t}
                field="person.nationality"
                label={t('report.person.nationality.label')}
                optional
                placeholder={t('report.person.nationality.choose')}
                error={errorFor('person.nationality')}
                value={draft.person.nationality}
                options={options(NATIONALITIES, 'report.nationality')}
                onChange={(v) => update(['person', 'nationality'], v)}
              />
              {text('person', 'passportNumber', { optional: true, width: 'medium', maxLength: 20 })}
              {text('person', 'phones', { optional: true, type: 'tel', inputmode: 'tel' })}
              <fieldset class="fieldset field">
                <legend class="legend">
                  {t('report.person.messengers.label')} <span class="optional">{t('report.optional')}</span>
                </legend>
                <p class="hint">{t('report.person.messengers.hint')}</p>
                <For each={MESSENGER_FIELDS}>
                  {(app) => (
                    <TextField
                      t={t}
                      field={`person.${app}`}
                      label={t(`report.messenger.${app}`)}
                      error={errorFor(`person.${app}`)}
                      value={draft.person[app]}
                      maxLength={100}
                      onInput={(v) => update(['person', app], v)}
                    />
                  )}
                </For>
              </fieldset>
              <div class={`field${photoError() ? ' field--error' : ''}`}>
                <label class="label" for="person-photo">
                  {t('report.person.photo.label')} <span class="optional">{t('report.optional')}</span>
                </label>
                <p class="hint" id="person-photo-hint">{t('report.person.photo.hint')}</p>
                <Show when={photoError()}>
                  <p class="error-message" id="person-photo-error">{photoError()}</p>
                </Show>
                <Show when={draft.photo}>
                  <p>
                    <img class="photo-preview" src={draft.photo} alt="" width="160" />
                  </p>
                  <p>
                    <button type="button" class="button button--secondary" onClick={() => update(['photo'], '')}>
                      {t('report.person.photo.remove')}
                    </button>
                  </p>
                </Show>
                <input
                  id="person-photo"
                  class="file"
                  type="file"
                  accept="image/jpeg,image/png,image/webp,image/*"
                  aria-describedby={photoError() ? 'person-photo-hint person-photo-error' : 'person-photo-hint'}
                  onChange={(e) => onPhoto(e.currentTarget.files?.[0])}
                />
              </div>
              {text('person', 'description', { optional: true, multiline: true, maxLength: 2000 })}
            </Match>

            <Match when={step() === 'journey'}>
              {text('journey', 'departureDate', { optional: true, type: 'date', width: 'medium' })}
              <ChoiceField
                t={t}
                kind="radio"
                field="journey.destinationCountry"
                label={t('report.journey.destinationCountry.label')}
                error={errorFor('journey.destinationCountry')}
                options={options(DESTINATION_COUNTRIES, 'report.country')}
                selected={[draft.journey.destinationCountry]}
                onChange={([v]) => update(['journey', 'destinationCountry'], v)}
              />
              {text('journey', 'destinationTown', { optional: true, maxLength: 200 })}
              <fieldset class="fieldset field">
                <legend class="legend">{t('report.journey.recruitment.legend')}</legend>
                {text('journey', 'offerText', { optional: true, multiline: true, rows: 6, maxLength: 10000 })}
                {text('journey', 'recruiterName', { optional: true, maxLength: 200 })}
                {text('journey', 'recruiterContacts', { optional: true, multiline: true, rows: 2, maxLength: 1000 })}
              </fieldset>
              <fieldset class="fieldset field">
                <legend class="legend">{t('report.journey.lastContact.legend')}</legend>
                {text('journey', 'lastContactDate', { optional: true, type: 'date', width: 'medium' })}
                <SelectField
                  t={t}
                  field="journey.lastContactChannel"
                  label={t('report.journey.lastContactChannel.label')}
                  optional
                  placeholder={t('report.person.nationality.choose')}
                  error={errorFor('journey.lastContactChannel')}
                  value={draft.journey.lastContactChannel}
                  options={options(CONTACT_CHANNELS, 'report.channel')}
                  onChange={(v) => update(['journey', 'lastContactChannel'], v)}
                />
                {text('journey', 'lastContactWords', { optional: true, multiline: true, maxLength: 2000 })}
              </fieldset>
              <ChoiceField
                t={t}
                kind="checkbox"
                field="journey.dangerSigns"
                label={t('report.journey.dangerSigns.label')}
                hint={t('report.journey.dangerSigns.hint')}
                error={errorFor('journey.dangerSigns')}
                options={options(DANGER_SIGNS, 'report.danger')}
                selected={draft.journey.dangerSigns}
                onChange={(v) => update(['journey', 'dangerSigns'], v)}
              />
              {text('journey', 'knownLocation', { optional: true, multiline: true, rows: 3, maxLength: 1000 })}
              <ChoiceField
                t={t}
                kind="radio"
                field="journey.policeTold"
                label={t('report.journey.policeTold.label')}
                optional
                inline
                error={errorFor('journey.policeTold')}
                options={options(POLICE_TOLD, 'report.police')}
                selected={[draft.journey.policeTold]}
                onChange={([v]) => update(['journey', 'policeTold'], v)}
              />
              <Show when={draft.journey.policeTold === 'yes'}>
                {text('journey', 'policeDetails', { optional: true, maxLength: 500 })}
              </Show>
            </Match>

            <Match when={step() === 'reporter'}>
              {text('reporter', 'name', { autocomplete: 'name', maxLength: 200 })}
              <SelectField
                t={t}
                field="reporter.relationship"
                label={t('report.reporter.relationship.label')}
                placeholder={t('report.person.nationality.choose')}
                error={errorFor('reporter.relationship')}
                value={draft.reporter.relationship}
                options={options(RELATIONSHIPS, 'report.relationship')}
                onChange={(v) => update(['reporter', 'relationship'], v)}
              />
              <fieldset class="fieldset field">
                <legend class="legend">{t('report.reporter.contact.legend')}</legend>
                <p class="hint">{t('report.reporter.contact.hint')}</p>
                {text('reporter', 'phone', { type: 'tel', inputmode: 'tel', autocomplete: 'tel', maxLength: 40 })}
                {text('reporter', 'email', { type: 'email', inputmode: 'email', autocomplete: 'email', maxLength: 254 })}
                {text('reporter', 'messenger', { maxLength: 120 })}
              </fieldset>
              <ChoiceField
                t={t}
                kind="radio"
                field="reporter.preferredLanguage"
                label={t('report.reporter.preferredLanguage.label')}
                inline
                error={errorFor('reporter.preferredLanguage')}
                options={LANGS.map((value) => ({ value, label: { ko: '한국어', km: 'ខ្មែរ', en: 'English' }[value] }))}
                selected={[draft.reporter.preferredLanguage]}
                onChange={([v]) => update(['reporter', 'preferredLanguage'], v)}
              />
              {text('reporter', 'safeTimes', { optional: true, maxLength: 200 })}
            </Match>

            <Match when={step() === 'consents'}>
              <p class="lead">{t('report.consents.lead')}</p>
              <For each={CONSENTS}>
                {(consent) => (
                  <section class={`consent field${errorFor(`consents.${consent}`) ? ' field--error' : ''}`} aria-labelledby={`consent-${consent}-title`}>
                    <h2 id={`consent-${consent}-title`}>{t(`report.consents.${consent}.title`)}</h2>
                    <dl class="consent__notice">
                      <dt>{t('report.consents.purpose')}</dt>
                      <dd>{t(`report.consents.${consent}.purpose`)}</dd>
                      <dt>{t('report.consents.items')}</dt>
                      <dd>{t(`report.consents.${consent}.items`)}</dd>
                      <dt>{t('report.consents.retention')}</dt>
                      <dd>{t('report.consents.retentionText')}</dd>
                      <dt>{t('report.consents.refusal')}</dt>
                      <dd>{t(`report.consents.${consent}.refusal`)}</dd>
                    </dl>
                    <Show when={errorFor(`consents.${consent}`)}>
                      <p class="error-message" id={`consents-${consent}-error`}>
                        <span class="visually-hidden">{t('error.prefix')} </span>
                        {errorFor(`consents.${consent}`)}
                      </p>
                    </Show>
                    <div class="choice">
                      <input
                        class="choice__input"
                        type="checkbox"
                        id={fieldId(`consents.${consent}`)}
                        checked={draft.consents[consent]}
                        aria-describedby={errorFor(`consents.${consent}`) ? `consents-${consent}-error` : undefined}
                        onChange={(e) => update(['consents', consent], e.currentTarget.checked)}
                      />
                      <label class="choice__label" for={fieldId(`consents.${consent}`)}>{t(`report.consents.${consent}.label`)}</label>
                    </div>
                  </section>
                )}
              </For>
            </Match>

            <Match when={step() === 'check'}>
              <p class="lead">{t('report.check.lead')}</p>
              <Answers t={t} draft={draft} goTo={goTo} />
              <div class={`field${errorFor('turnstileToken') ? ' field--error' : ''}`}>
                <p class="label" id="turnstileToken">{t('report.turnstile.label')}</p>
                <Show when={errorFor('turnstileToken')}>
                  <p class="error-message">{errorFor('turnstileToken')}</p>
                </Show>
                <div ref={mountWidget} class="turnstile" />
              </div>
            </Match>
          </Switch>

          <div class="form-actions">
            <button type="submit" class="button" disabled={sending()}>
              {step() === 'check' ? (sending() ? t('report.sending') : t('report.submit')) : t('report.continue')}
            </button>
            <Show when={draft.step > 0}>
              <button type="button" class="button button--secondary" onClick={() => goTo(draft.step - 1)}>
                {t('report.back')}
              </button>
            </Show>
          </div>
          <p class="draft-notice">{t('report.draftNotice')}</p>
          <p>
            <button type="button" class="link-button" onClick={discard}>{t('report.discard')}</button>
          </p>
        </form>
      </Match>
    </Switch>
  )
}

/** Check your answers (GOV.UK): every answer, with a link back to change it. */
function Answers(props: { t: ReturnType<typeof makeT>; draft: Draft; goTo: (step: number) => void }) {
  const t = props.t
  const show = (value: string | undefined) => (value && value.trim() ? value : t('report.notAnswered'))
  const sections = () => {
    const p = props.draft.person
    const j = props.draft.journey
    const r = props.draft.reporter
    return [
      {
        step: 0,
        title: t('report.step.person'),
        rows: [
          ['report.person.fullName.label', p.fullName],
          ['report.person.latinName.label', p.latinName],
          ['report.person.otherNames.label', p.otherNames],
          ['report.person.birthDate.label', p.birthDate || p.approxAge],
          ['report.person.sex.label', p.sex && t(`report.person.sex.${p.sex}`)],
          ['report.person.nationality.label', p.nationality && t(`report.nationality.${p.nationality}`)],
          ['report.person.passportNumber.label', p.passportNumber],
          ['report.person.phones.label', p.phones],
          [
            'report.person.messengers.label',
            MESSENGER_FIELDS.filter((app) => p[app].trim())
              .map((app) => `${t(`report.messenger.${app}`)}: ${p[app]}`)
              .join(', '),
          ],
          ['report.person.photo.label', props.draft.photo ? t('report.yes') : ''],
          ['report.person.description.label', p.description],
        ],
      },
      {
        step: 1,
        title: t('report.step.journey'),
        rows: [
          ['report.journey.departureDate.label', j.departureDate],
          ['report.journey.destinationCountry.label', j.destinationCountry && t(`report.country.${j.destinationCountry}`)],
          ['report.journey.destinationTown.label', j.destinationTown],
          ['report.journey.offerText.label', j.offerText],
          ['report.journey.recruiterName.label', j.recruiterName],
          ['report.journey.recruiterContacts.label', j.recruiterContacts],
          ['report.journey.lastContactDate.label', j.lastContactDate],
          ['report.journey.lastContactChannel.label', j.lastContactChannel && t(`report.channel.${j.lastContactChannel}`)],
          ['report.journey.lastContactWords.label', j.lastContactWords],
          ['report.journey.dangerSigns.label', j.dangerSigns.map((s) => t(`report.danger.${s}`)).join(', ')],
          ['report.journey.knownLocation.label', j.knownLocation],
          ['report.journey.policeTold.label', j.policeTold && t(`report.police.${j.policeTold}`)],
        ],
      },
      {
        step: 2,
        title: t('report.step.reporter'),
        rows: [
          ['report.reporter.name.label', r.name],
          ['report.reporter.relationship.label', r.relationship && t(`report.relationship.${r.relationship}`)],
          ['report.reporter.phone.label', r.phone],
          ['report.reporter.email.label', r.email],
          ['report.reporter.messenger.label', r.messenger],
          ['report.reporter.safeTimes.label', r.safeTimes],
        ],
      },
      {
        step: 3,
        title: t('report.step.consents'),
        rows: CONSENTS.map((c) => [`report.consents.${c}.title`, props.draft.consents[c] ? t('report.yes') : t('report.no')]),
      },
    ]
  }
  return (
    <For each={sections()}>
      {(section) => (
        <section class="answers" aria-label={section.title}>
          <h2>{section.title}</h2>
          <dl class="summary-list">
            <For each={section.rows}>
              {([label, value]) => (
                <div class="summary-list__row">
                  <dt>{t(label)}</dt>
                  <dd class="summary-list__value">{show(value)}</dd>
                </div>
              )}
            </For>
          </dl>
          <p>
            <button type="button" class="link-button" onClick={() => props.goTo(section.step)}>
              {t('report.change')}<span class="visually-hidden"> {section.title}</span>
            </button>
          </p>
        </section>
      )}
    </For>
  )
}
