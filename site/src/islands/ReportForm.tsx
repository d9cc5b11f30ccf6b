import { Match, Show, Switch, createSignal, onCleanup, onMount } from 'solid-js'
import { createStore, unwrap } from 'solid-js/store'
import { Dynamic } from 'solid-js/web'
import { problemMessage, type Created } from '../../../core/api'
import type { Lang } from '../../../core/langs'
import { callApi } from './parts/api'
import ErrorSummary from './parts/ErrorSummary'
import { createErrors } from './parts/errors'
import { dataUrlToBlob } from './parts/photo'
import { makeT } from './parts/t'
import { mountTurnstile, type TurnstileHandle } from './parts/turnstile'
import CheckStep from './report-form/CheckStep'
import ConsentsStep from './report-form/ConsentsStep'
import Done from './report-form/Done'
import { DONE_KEY, DRAFT_KEY, STEPS, emptyDraft, formField, stepOf, toReport, validate, type Draft } from './report-form/draft'
import JourneyStep from './report-form/JourneyStep'
import { makeKit } from './report-form/kit'
import PersonStep from './report-form/PersonStep'
import ReporterStep from './report-form/ReporterStep'

/** Each step's questions, in order (draft.ts STEPS). */
const STEP_VIEWS = { person: PersonStep, journey: JourneyStep, reporter: ReporterStep, consents: ConsentsStep, check: CheckStep }

/**
 * The family report, in short steps with a check-your-answers page (GOV.UK): the
 * draft lives in this tab's sessionStorage, each step is validated by the same schema
 * the Worker uses, and the receipt screen keeps the codes until they are saved.
 */
export default function ReportForm(props: { lang: Lang; messages: Record<string, string>; sitekey: string }) {
  const t = makeT(props.messages)
  const [draft, setDraft] = createStore<Draft>(emptyDraft(props.lang))
  const { errors, banner, focusKey, show: showErrors, errorFor } = createErrors(t)
  const [restored, setRestored] = createSignal(false)
  const [sending, setSending] = createSignal(false)
  const [token, setToken] = createSignal<string | null>(null)
  const [done, setDone] = createSignal<Created | null>(null)
  const [saved, setSaved] = createSignal(false)
  let heading: HTMLHeadingElement | undefined
  let turnstileBox: HTMLDivElement | undefined
  let turnstile: TurnstileHandle | undefined

  const step = () => STEPS[draft.step]
  const labelFor = (field: string) => props.messages[`report.${field}.label`] ?? props.messages[`report.${field}.legend`] ?? ''
  /** Summary lines name the question when the message alone would be ambiguous. */
  const summaryErrors = () =>
    errors().map((e) => ({ field: e.field, code: e.code.startsWith('error.') && labelFor(e.field) ? `${t('labelled', { label: labelFor(e.field) })} ${t(e.code)}` : e.code }))

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
    // With a photo, multipart (the browser sets its boundary); without, plain JSON.
    let body: FormData | string = JSON.stringify(report)
    const headers: Record<string, string> = { 'idempotency-key': draft.idempotencyKey }
    if (draft.photo) {
      body = new FormData()
      body.set('report', JSON.stringify(report))
      body.set('photo', dataUrlToBlob(draft.photo), 'photo.jpg')
    } else headers['content-type'] = 'application/json'
    const result = await callApi<Created>('/api/v1/reports', { method: 'POST', headers, body })
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


  const kit = makeKit({ t, lang: props.lang, messages: props.messages, draft, update, errorFor })

  return (
    <Switch>
      <Match when={done()}>
        {(created) => (
          <Done
            t={t}
            lang={props.lang}
            created={created()}
            errors={errors()}
            focusKey={focusKey()}
            errorFor={errorFor}
            showErrors={(list) => showErrors(list)}
            saved={saved()}
            setSaved={setSaved}
            heading={(el) => (heading = el)}
          />
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

          <Dynamic component={STEP_VIEWS[step()]} kit={kit} goTo={goTo} mountWidget={mountWidget} />

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
