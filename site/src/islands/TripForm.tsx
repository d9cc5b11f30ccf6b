import { For, Show, createSignal, onMount } from 'solid-js'
import { createStore, unwrap } from 'solid-js/store'
import type { TripCreated } from '../../../core/api'
import type { Lang } from '../../../core/langs'
import { DESTINATION_COUNTRIES, toFieldErrors } from '../../../core/report'
import { CHECK_IN_INTERVALS, GRACE_HOURS, TripInput } from '../../../core/trips'
import { postJson } from './parts/api'
import ErrorSummary from './parts/ErrorSummary'
import { createErrors } from './parts/errors'
import DateField from './parts/DateField'
import { ChoiceField, SelectField, TextField } from './parts/fields'
import { makeT } from './parts/t'
import { mountTurnstile, type TurnstileHandle } from './parts/turnstile'
import { TRIP_DONE_KEY, TRIP_DRAFT_KEY, TRIP_OFFER_KEY, checkInLink, newCode, newSecret, trustedLink, when } from './trip/links'

const TEXT_FIELDS = ['name', 'destinationTown', 'employer', 'employerAddress', 'recruiterContacts', 'offerText', 'flightDate'] as const

function emptyTrip() {
  return {
    idempotencyKey: crypto.randomUUID(),
    // Made here, not by the server: a retried request carries the same links and code.
    travellerSecret: newSecret(),
    trustedSecret: newSecret(),
    code: newCode(),
    duressCode: '',
    intervalDays: '',
    graceHours: '24',
    trip: { name: '', destinationCountry: '', destinationTown: '', employer: '', employerAddress: '', recruiterContacts: '', offerText: '', flightDate: '' },
  }
}
type TripDraft = ReturnType<typeof emptyTrip>
type Done = { checkIn: string; trusted: string; code: string; nextCheckInBy: string }

const given = (v: string) => (v.trim() === '' ? undefined : v.trim())

function toRequest(d: TripDraft, lang: Lang, turnstileToken: string) {
  return {
    lang,
    turnstileToken,
    travellerSecret: d.travellerSecret,
    trustedSecret: d.trustedSecret,
    code: d.code,
    duressCode: d.duressCode.trim(),
    intervalDays: d.intervalDays === '' ? undefined : Number(d.intervalDays),
    graceHours: Number(d.graceHours),
    trip: { ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, given(d.trip[f])])), destinationCountry: d.trip.destinationCountry },
  }
}

/**
 * "Record your trip": one short page of questions (only the country and the interval
 * are required), a draft in this tab's sessionStorage, an Idempotency-Key so a retry
 * never records two trips, then the code and both links, shown once.
 */
export default function TripForm(props: { lang: Lang; messages: Record<string, string>; sitekey: string }) {
  const t = makeT(props.messages, props.lang)
  const [draft, setDraft] = createStore<TripDraft>(emptyTrip())
  const [done, setDone] = createSignal<Done | null>(null)
  const [fromCheck, setFromCheck] = createSignal(false)
  const [sending, setSending] = createSignal(false)
  const [copied, setCopied] = createSignal('')
  const [token, setToken] = createSignal<string | null>(null)
  let turnstile: TurnstileHandle | undefined
  const { errors, banner, focusKey, show, showProblem, errorFor, fieldOf } = createErrors(t)
  let heading: HTMLHeadingElement | undefined

  const persist = () => {
    try {
      sessionStorage.setItem(TRIP_DRAFT_KEY, JSON.stringify(unwrap(draft)))
    } catch {
      /* storage unavailable: the answers stay on screen */
    }
  }
  const set = (path: string[], value: string) => {
    ;(setDraft as (...args: unknown[]) => void)(...path, value)
    persist()
  }

  onMount(() => {
    try {
      const finished = sessionStorage.getItem(TRIP_DONE_KEY)
      if (finished) return setDone(JSON.parse(finished))
      const stored = sessionStorage.getItem(TRIP_DRAFT_KEY)
      if (stored) {
        const parsed = JSON.parse(stored) as TripDraft
        setDraft({ ...emptyTrip(), ...parsed, trip: { ...emptyTrip().trip, ...parsed.trip } })
      }
      // The offer check hands its text over in this tab's storage, never in the URL.
      const offer = sessionStorage.getItem(TRIP_OFFER_KEY)
      if (offer) {
        sessionStorage.removeItem(TRIP_OFFER_KEY)
        set(['trip', 'offerText'], offer)
        setFromCheck(true)
      }
    } catch {
      /* a damaged draft: start afresh */
    }
  })

  async function submit(event: Event) {
    event.preventDefault()
    if (sending()) return
    const checked = TripInput.safeParse(toRequest(unwrap(draft), props.lang, 'pending'))
    if (!checked.success) return show(toFieldErrors(checked.error.issues))
    const currentToken = token()
    if (!currentToken) return show([{ field: 'turnstileToken', code: 'report.turnstile.error.required' }])
    setSending(true)
    const result = await postJson<TripCreated>('/api/v1/trips', toRequest(unwrap(draft), props.lang, currentToken), { 'idempotency-key': draft.idempotencyKey })
    setSending(false)
    if (result.kind === 'ok') {
      const finished: Done = {
        checkIn: checkInLink(location.origin, props.lang, draft.travellerSecret),
        trusted: trustedLink(location.origin, props.lang, draft.trustedSecret),
        code: draft.code,
        nextCheckInBy: result.data.nextCheckInBy,
      }
      sessionStorage.setItem(TRIP_DONE_KEY, JSON.stringify(finished))
      sessionStorage.removeItem(TRIP_DRAFT_KEY)
      setDone(finished)
      show([])
      queueMicrotask(() => heading?.focus())
      return
    }
    // A token is single-use: a new one for the next attempt.
    turnstile?.reset()
    if (result.kind === 'problem' && result.problem.type === 'turnstile') return show([{ field: 'turnstileToken', code: 'report.turnstile.error.failed' }])
    showProblem(result)
  }

  async function copy(text: string, which: string) {
    try {
      await navigator.clipboard.writeText(text)
      setCopied(which)
    } catch {
      /* no clipboard: the link is selectable in its box */
    }
  }

  function finish() {
    sessionStorage.removeItem(TRIP_DONE_KEY)
    setDone(null)
    setDraft(emptyTrip())
  }

  // The limits core/trips.ts holds each answer to, shown as a live count (issue 19) and refused past, never cut.
  const LIMITS: Partial<Record<(typeof TEXT_FIELDS)[number], number>> = { name: 200, destinationTown: 200, employer: 200, employerAddress: 1000, recruiterContacts: 1000, offerText: 10_000 }
  const field = (name: (typeof TEXT_FIELDS)[number], extra: Record<string, unknown> = {}) => (
    <TextField
      maxLength={LIMITS[name]}
      t={t}
      field={`trip.${name}`}
      label={t(`trip.field.${name}`)}
      hint={props.messages[`trip.field.${name}.hint`]}
      optional
      value={draft.trip[name]}
      onInput={(v) => set(['trip', name], v)}
      error={errorFor(`trip.${name}`)}
      {...extra}
    />
  )

  /** One answer of a few, each choice worded by `${prefix}.${value}`. */
  const radios = (name: 'intervalDays' | 'graceHours', values: readonly number[], prefix: string) => (
    <ChoiceField
      {...fieldOf(name)}
      kind="radio"
      label={t(`trip.field.${name}`)}
      options={values.map((v) => ({ value: String(v), label: t(`${prefix}.${v}`) }))}
      selected={[draft[name]]}
      onChange={(v) => set([name], v[0])}
    />
  )

  return (
    <Show
      when={done()}
      fallback={
        <form class="trip-form" novalidate onSubmit={submit}>
          <ErrorSummary t={t} errors={errors()} focusKey={focusKey()} message={banner()} />
          <h2 id="trip-form-heading">{t('trip.form.heading')}</h2>
          <p>{t('trip.form.required')}</p>
          <SelectField
            {...fieldOf('trip.destinationCountry')}
            label={t('trip.field.destinationCountry')}
            placeholder={t('report.person.nationality.choose')}
            value={draft.trip.destinationCountry}
            options={DESTINATION_COUNTRIES.map((c) => ({ value: c, label: t(`report.country.${c}`) }))}
            onChange={(v) => set(['trip', 'destinationCountry'], v)}
          />
          {field('destinationTown')}
          <DateField t={t} lang={props.lang} field="trip.flightDate" label={t('trip.field.flightDate')} hint={props.messages['trip.field.flightDate.hint']} optional exampleYears={1} value={draft.trip.flightDate} onInput={(v) => set(['trip', 'flightDate'], v)} error={errorFor('trip.flightDate')} />
          {field('name', { autocomplete: 'name' })}
          {field('employer')}
          {field('employerAddress', { multiline: true, rows: 2 })}
          {field('recruiterContacts', { multiline: true, rows: 3 })}
          <Show when={fromCheck()}>
            <p class="notice" role="status">{t('trip.field.offerText.fromCheck')}</p>
          </Show>
          {field('offerText', { multiline: true, rows: 6 })}
          {radios('intervalDays', CHECK_IN_INTERVALS, 'trip.interval')}
          {radios('graceHours', GRACE_HOURS, 'trip.grace')}
          <TextField
            {...fieldOf('duressCode')}
            label={t('trip.field.duressCode')}
            hint={t('trip.field.duressCode.hint')}
            value={draft.duressCode}
            inputmode="numeric"
            width="short"
            maxLength={10}
            onInput={(v) => set(['duressCode'], v)}
          />
          <div class={`field${errorFor('turnstileToken') ? ' field--error' : ''}`}>
            <Show when={errorFor('turnstileToken')}>
              <p class="error-message" id="turnstileToken">{errorFor('turnstileToken')}</p>
            </Show>
            <div class="turnstile" ref={(el) => queueMicrotask(() => (turnstile = mountTurnstile(el, props.sitekey, 'trip', props.lang, setToken)))} />
          </div>
          <p class="hint">{t('trip.sealed')}</p>
          <p class="hint">{t('trip.deleteNotice')}</p>
          <div class="form-actions">
            <button type="submit" class="button" disabled={sending()}>
              {sending() ? t('trip.sending') : t('trip.submit')}
            </button>
          </div>
          <p class="draft-notice">{t('trip.draftNotice')}</p>
        </form>
      }
    >
      {(finished) => (
        <section class="trip-done" aria-labelledby="trip-done-heading">
          <h2 id="trip-done-heading" ref={heading} tabindex="-1">{t('trip.done.title')}</h2>
          <p class="notice">{t('trip.done.leaveWarning')}</p>
          <h3>{t('trip.done.code')}</h3>
          <p class="code" data-testid="trip-code">{finished().code}</p>
          <p class="hint">{t('trip.done.codeHint')}</p>
          <For each={[['checkIn', 'trip.done.checkInLink', ''], ['trusted', 'trip.done.trustedLink', 'trip.done.trustedHint']] as const}>
            {([which, label, hint]) => (
              <div class="field">
                <label class="label" for={`trip-link-${which}`}>{t(label)}</label>
                <Show when={hint}>
                  <p class="hint">{t(hint)}</p>
                </Show>
                <input class="input" id={`trip-link-${which}`} readonly value={finished()[which]} onFocus={(e) => e.currentTarget.select()} />
                <div class="form-actions">
                  <button type="button" class="button button--secondary" onClick={() => copy(finished()[which], which)}>
                    {copied() === which ? t('trip.done.copied') : t('trip.done.copy')}
                  </button>
                  <Show when={which === 'trusted' && 'share' in navigator}>
                    <button type="button" class="button button--secondary" onClick={() => navigator.share({ url: finished().trusted }).catch(() => undefined)}>
                      {t('trip.done.share')}
                    </button>
                  </Show>
                </div>
              </div>
            )}
          </For>
          <p>{t('trip.next', { when: when(finished().nextCheckInBy, props.lang, t) })}</p>
          <p class="hint">{t('trip.deleteNotice')}</p>
          <button type="button" class="button" onClick={finish}>{t('trip.done.saved')}</button>
        </section>
      )}
    </Show>
  )
}
