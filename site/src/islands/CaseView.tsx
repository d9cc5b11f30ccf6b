import { For, Show, createSignal, onCleanup, onMount } from 'solid-js'
import { problemMessage, type ApiFailure, type CaseView } from '../../../core/api'
import { CaseCredentials, CaseMessageInput } from '../../../core/case'
import { readerDates } from '../../../core/dates'
import { toFieldErrors } from '../../../core/self-report'
import type { Lang } from '../../../core/langs'
import { postJson } from './parts/api'
import CaseNews from './case/CaseNews'
import { handOverOnLanguageSwitch, takeOver } from './case/handoff'
import ErrorSummary from './parts/ErrorSummary'
import { createErrors } from './parts/errors'
import { TextField } from './parts/fields'
import { makeT } from './parts/t'
import { mountTurnstile, type TurnstileHandle } from './parts/turnstile'

type CaseData = CaseView

/**
 * The family's case page. The reference and receipt code live in this page's memory
 * and in POST bodies: never in the URL or a cookie, and in this tab's sessionStorage
 * only for the moment of a language switch (case/handoff.ts).
 */
export default function CaseView(props: { lang: Lang; messages: Record<string, string>; sitekey: string }) {
  const t = makeT(props.messages)
  const [caseRef, setCaseRef] = createSignal('')
  const [receiptCode, setReceiptCode] = createSignal('')
  const [data, setData] = createSignal<CaseData | null>(null)
  const [reply, setReply] = createSignal('')
  const [sent, setSent] = createSignal(false)
  let sentNote: HTMLParagraphElement | undefined
  const [busy, setBusy] = createSignal(false)
  const [token, setToken] = createSignal<string | null>(null)
  let turnstile: TurnstileHandle | undefined
  let heading: HTMLHeadingElement | undefined
  // Dates in Khmer, Korean or English with the zone named (core/dates.ts), as the Worker's page writes them.
  const { when, day } = readerDates(props.lang, t)

  const { errors, banner, focusKey, show, errorFor } = createErrors(t)

  const failure = (result: ApiFailure) =>
    problemMessage(result, t, { 'not-found': 'case.notFound', 'rate-limited': 'case.rateLimited', other: 'report.error.server' })

  async function open(event: Event) {
    event.preventDefault()
    await lookUp({ caseRef: caseRef(), receiptCode: receiptCode() })
  }

  async function lookUp(credentials: { caseRef: string; receiptCode: string }) {
    const checked = CaseCredentials.safeParse(credentials)
    if (!checked.success) return show(toFieldErrors(checked.error.issues))
    setBusy(true)
    const result = await postJson<CaseData>('/api/v1/cases/lookup', credentials)
    setBusy(false)
    if (result.kind === 'ok') {
      show([])
      setData(result.data)
      queueMicrotask(() => heading?.focus())
    } else show([], failure(result))
  }

  async function send(event: Event) {
    event.preventDefault()
    setSent(false)
    const input = { caseRef: caseRef(), receiptCode: receiptCode(), turnstileToken: token() ?? '', body: reply() }
    const checked = CaseMessageInput.safeParse(input)
    if (!checked.success) return show(toFieldErrors(checked.error.issues))
    setBusy(true)
    const result = await postJson<{ id: string; at: string }>('/api/v1/cases/messages', input)
    turnstile?.reset()
    if (result.kind !== 'ok') {
      setBusy(false)
      if (result.kind === 'problem' && result.problem.type === 'turnstile') return show([{ field: 'turnstileToken', code: 'report.turnstile.error.failed' }])
      return show([], failure(result))
    }
    const refreshed = await postJson<CaseData>('/api/v1/cases/lookup', { caseRef: caseRef(), receiptCode: receiptCode() })
    setBusy(false)
    if (refreshed.kind === 'ok') setData(refreshed.data)
    setReply('')
    setSent(true)
    show([])
    // The send button was disabled while sending, which drops focus to <body>: move it to
    // the confirmation so keyboard and screen-reader users hear it and stay in place.
    queueMicrotask(() => sentNote?.focus())
  }

  // A case opened in another language comes along (case/handoff.ts); this one goes along when the reader switches.
  onMount(() => {
    const handed = takeOver()
    if (handed) {
      setCaseRef(handed.caseRef)
      setReceiptCode(handed.receiptCode)
      void lookUp(handed)
    }
    onCleanup(handOverOnLanguageSwitch(() => (data() ? { caseRef: caseRef(), receiptCode: receiptCode() } : null)))
  })

  function close() {
    setData(null)
    setCaseRef('')
    setReceiptCode('')
    setReply('')
    setSent(false)
  }

  return (
    <div class="case">
      <ErrorSummary t={t} errors={errors()} focusKey={focusKey()} message={banner()} />
      <Show
        when={data()}
        fallback={
          // method="post": before this island loads (or without JavaScript) the browser
          // posts the codes to this page and the Worker renders the case; a GET would put
          // them in the URL, the history and the request log (issue 13).
          <form method="post" novalidate onSubmit={open}>
            <h1>{t('case.title')}</h1>
            <p class="lead">{t('case.lead')}</p>
            <TextField t={t} field="caseRef" label={t('case.caseRef.label')} hint={t('case.caseRef.hint')} error={errorFor('caseRef')} value={caseRef()} onInput={setCaseRef} width="medium" maxLength={40} />
            <TextField t={t} field="receiptCode" label={t('case.receiptCode.label')} error={errorFor('receiptCode')} value={receiptCode()} onInput={setReceiptCode} maxLength={80} />
            <div class="form-actions">
              <button class="button" type="submit" disabled={busy()}>{t('case.open')}</button>
            </div>
          </form>
        }
      >
        {(view) => (
          <>
            <h1 ref={heading} tabindex="-1">{view().caseRef}</h1>
            <p>
              {t('labelled', { label: t('case.status.label') })} <span class="status" data-testid="case-status">{t(`case.status.${view().status}`)}</span>
            </p>
            <Show when={view().status === 'new' && view().ackDeadline}>
              {(deadline) => <p>{t('case.ackBy', { date: when(deadline()) })}</p>}
            </Show>
            <p class="hint">{view().deleteOn ? t('case.deleteOn', { date: day(view().deleteOn!) }) : t('case.retention')}</p>
            <h2>{t('case.timeline.title')}</h2>
            <ol class="timeline">
              <For each={view().timeline}>
                {(event) => (
                  <li>
                    {event.type === 'received' ? t('case.event.received') : t('case.event.status', { status: t(`case.status.${event.status}`) })}
                    <time datetime={event.at}>{when(event.at)}</time>
                  </li>
                )}
              </For>
            </ol>
            <h2>{t('case.messages.title')}</h2>
            <Show when={view().messages.length > 0} fallback={<p>{t('case.messages.none')}</p>}>
              <For each={view().messages}>
                {(message) => (
                  <article class={`message message--${message.author}`}>
                    <strong>{message.author === 'staff' ? t('case.messages.fromStaff') : t('case.messages.fromFamily')}</strong>
                    <time datetime={message.at}>{when(message.at)}</time>
                    <p>{message.body}</p>
                  </article>
                )}
              </For>
            </Show>
            <CaseNews t={t} lang={props.lang} credentials={() => ({ caseRef: caseRef(), receiptCode: receiptCode() })} />
            <form novalidate onSubmit={send}>
              <Show when={sent()}>
                <p class="notice" role="status" tabindex="-1" ref={sentNote}>{t('case.message.sent')}</p>
              </Show>
              <TextField t={t} field="body" label={t('case.message.label')} hint={t('case.message.hint')} error={errorFor('body')} value={reply()} onInput={setReply} multiline maxLength={4000} />
              <Show when={errorFor('turnstileToken')}>
                <p class="error-message" id="turnstileToken">{errorFor('turnstileToken')}</p>
              </Show>
              <div class="turnstile" ref={(el) => queueMicrotask(() => (turnstile = mountTurnstile(el, props.sitekey, 'case-message', props.lang, setToken)))} />
              <div class="form-actions">
                <button class="button" type="submit" disabled={busy()}>{t('case.message.send')}</button>
                <button class="button button--secondary" type="button" onClick={close}>{t('case.signOut')}</button>
              </div>
            </form>
          </>
        )}
      </Show>
    </div>
  )
}
