import { For, Show, createSignal, onMount } from 'solid-js'
import { problemMessage, type Created } from '../../../core/api'
import { createStore, unwrap } from 'solid-js/store'
import { CAN_TALK, SelfReportInput, toFieldErrors } from '../../../core/self-report'
import type { Lang } from '../../../core/langs'
import { callApi } from './parts/api'
import ErrorSummary from './parts/ErrorSummary'
import { createErrors } from './parts/errors'
import { ChoiceField, TextField } from './parts/fields'
import { makeT } from './parts/t'
import { mountTurnstile, type TurnstileHandle } from './parts/turnstile'

const DRAFT_KEY = 'homeward.urgent.draft'

type Draft = {
  idempotencyKey: string
  location: string
  coordinates: { lat: number; lon: number; accuracy?: number } | null
  canTalk: string
  contact: string
  name: string
  details: string
}

/** A number to call or message again after sending, with its localized words. */
export type UrgentContact = { href: string; label: string }

/**
 * "I need help now": four questions, one screen, for a person with a phone for minutes.
 * After sending: a short reference (the case reference, nothing to keep), who will try
 * to reach them, how, within the acknowledgement promise of a self-report (`ackHours`,
 * from core/priority.ts), and the numbers again in case no one comes.
 */
export default function UrgentForm(props: { lang: Lang; messages: Record<string, string>; sitekey: string; ackHours: number; contacts: UrgentContact[] }) {
  const t = makeT(props.messages, props.lang)
  const [draft, setDraft] = createStore<Draft>({
    idempotencyKey: '',
    location: '',
    coordinates: null,
    canTalk: '',
    contact: '',
    name: '',
    details: '',
  })
  const { errors, banner, focusKey, show, errorFor } = createErrors(t)
  const [token, setToken] = createSignal<string | null>(null)
  const [locating, setLocating] = createSignal('')
  const [busy, setBusy] = createSignal(false)
  const [done, setDone] = createSignal<{ caseRef: string; contact: string; canTalk: string } | null>(null)
  let turnstile: TurnstileHandle | undefined
  let widget: HTMLDivElement | undefined
  let doneHeading: HTMLHeadingElement | undefined

  onMount(() => {
    try {
      const stored = sessionStorage.getItem(DRAFT_KEY)
      if (stored) setDraft(JSON.parse(stored))
    } catch {
      /* start afresh */
    }
    if (!draft.idempotencyKey) setDraft('idempotencyKey', crypto.randomUUID())
    if (widget) turnstile = mountTurnstile(widget, props.sitekey, 'report', props.lang, setToken)
  })

  function update<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft(key, value)
    try {
      sessionStorage.setItem(DRAFT_KEY, JSON.stringify(unwrap(draft)))
    } catch {
      /* storage unavailable */
    }
  }


  function locate() {
    if (!navigator.geolocation) return setLocating(t('report.self.locationFailed'))
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const coordinates = {
          lat: Number(position.coords.latitude.toFixed(5)),
          lon: Number(position.coords.longitude.toFixed(5)),
          accuracy: Math.round(position.coords.accuracy),
        }
        update('coordinates', coordinates)
        setLocating(t('report.self.locationAdded', { lat: coordinates.lat, lon: coordinates.lon }))
      },
      () => setLocating(t('report.self.locationFailed')),
      { enableHighAccuracy: true, timeout: 15000 },
    )
  }

  function body(currentToken: string) {
    const optional = (v: string) => (v.trim() ? v.trim() : undefined)
    return {
      kind: 'self' as const,
      lang: props.lang,
      turnstileToken: currentToken,
      situation: {
        location: draft.location.trim(),
        coordinates: draft.coordinates ?? undefined,
        canTalk: draft.canTalk,
        contact: draft.contact.trim(),
        name: optional(draft.name),
        details: optional(draft.details),
      },
    }
  }

  async function submit(event: Event) {
    event.preventDefault()
    const checked = SelfReportInput.safeParse(body('pending'))
    if (!checked.success) {
      return show(toFieldErrors(checked.error.issues).map((e) => ({ field: e.field.replace(/^situation\./, 'self.'), code: e.code })))
    }
    const currentToken = token()
    if (!currentToken) return show([{ field: 'turnstileToken', code: 'report.turnstile.error.required' }])
    setBusy(true)
    const result = await callApi<Created>('/api/v1/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': draft.idempotencyKey },
      body: JSON.stringify(body(currentToken)),
    })
    setBusy(false)
    if (result.kind === 'ok') {
      sessionStorage.removeItem(DRAFT_KEY)
      // Only the case reference is shown: the receipt code is never needed on this path.
      setDone({ caseRef: result.data.caseRef, contact: draft.contact.trim(), canTalk: draft.canTalk })
      show([])
      queueMicrotask(() => doneHeading?.focus())
      return
    }
    if (result.kind === 'offline') return show([], problemMessage(result, t))
    turnstile?.reset()
    if (result.problem.type === 'turnstile') return show([{ field: 'turnstileToken', code: 'report.turnstile.error.failed' }])
    return show([], problemMessage(result, t, { busy: 'urgent.error.busy', other: 'report.error.server' }))
  }

  return (
    <Show
      when={!done()}
      fallback={
        <section class="urgent-done" aria-labelledby="urgent-done-title">
          <h2 id="urgent-done-title" ref={doneHeading} tabindex="-1">{t('urgent.done.title')}</h2>
          <p class="urgent-done__ref">{t('urgent.done.reference', { ref: done()!.caseRef })}</p>
          <p class="hint">{t('urgent.done.referenceNote')}</p>
          <h3>{t('urgent.done.next')}</h3>
          <ul class="urgent-done__steps">
            <li>{t('urgent.done.who', { count: props.ackHours })}</li>
            <li>{t(done()!.canTalk === 'yes' ? 'urgent.done.how.call' : 'urgent.done.how.write', { contact: done()!.contact })}</li>
            <li>{t('urgent.done.noOne')}</li>
          </ul>
          <ul class="actions">
            <For each={props.contacts}>{(c) => <li><a class="button" href={c.href}>{c.label}</a></li>}</For>
          </ul>
        </section>
      }
    >
      <form novalidate onSubmit={submit} class="urgent-form">
        <ErrorSummary t={t} errors={errors()} focusKey={focusKey()} message={banner()} />
        <TextField t={t} field="self.location" label={t('report.self.location.label')} hint={t('report.self.location.hint')} error={errorFor('self.location')} value={draft.location} onInput={(v) => update('location', v)} multiline rows={3} maxLength={1000} />
        <p>
          <button type="button" class="button button--secondary" onClick={locate}>{t('report.self.useLocation')}</button>
        </p>
        <Show when={locating()}>
          <p role="status">{locating()}</p>
        </Show>
        <ChoiceField
          t={t}
          kind="radio"
          field="self.canTalk"
          label={t('report.self.canTalk.label')}
          error={errorFor('self.canTalk')}
          options={CAN_TALK.map((value) => ({ value, label: t(`report.canTalk.${value}`) }))}
          selected={[draft.canTalk]}
          onChange={([v]) => update('canTalk', v)}
        />
        <TextField t={t} field="self.contact" label={t('report.self.contact.label')} hint={t('report.self.contact.hint')} error={errorFor('self.contact')} value={draft.contact} onInput={(v) => update('contact', v)} maxLength={300} />
        <TextField t={t} field="self.name" label={t('report.self.name.label')} optional error={errorFor('self.name')} value={draft.name} onInput={(v) => update('name', v)} maxLength={200} />
        <TextField t={t} field="self.details" label={t('report.self.details.label')} optional error={errorFor('self.details')} value={draft.details} onInput={(v) => update('details', v)} multiline rows={3} maxLength={2000} />
        <div class={`field${errorFor('turnstileToken') ? ' field--error' : ''}`}>
          <Show when={errorFor('turnstileToken')}>
            <p class="error-message" id="turnstileToken">{errorFor('turnstileToken')}</p>
          </Show>
          <div ref={widget} class="turnstile" />
        </div>
        <p class="hint">{t('urgent.notice')}</p>
        <div class="form-actions">
          <button type="submit" class="button" disabled={busy()}>{busy() ? t('report.sending') : t('urgent.submit')}</button>
        </div>
      </form>
    </Show>
  )
}
