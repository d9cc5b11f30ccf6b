import { createSignal, onMount } from 'solid-js'
import type { Lang } from '../../../core/langs'
import { postJson } from './parts/api'
import ErrorSummary, { type ShownError } from './parts/ErrorSummary'
import { OFFER_REPORT_KEY, forget, handOver, takeOver } from './parts/handover'
import { makeT } from './parts/t'
import { mountTurnstile, type TurnstileHandle } from './parts/turnstile'

const LIMIT = 20000

/**
 * "Report this offer": the offer check hands the text over (parts/handover.ts) and this
 * page sends it to staff, only with consent. It has a page of its own so the check page
 * does not carry the form, Turnstile and the sending code for the few who report (its
 * JavaScript budget is 45 KB, nearly all of it the engine). The text stays in this tab's
 * storage as the draft until it is sent, so a reload keeps it.
 */
export default function OfferReport(props: { lang: Lang; messages: Record<string, string>; sitekey: string }) {
  const t = makeT(props.messages, props.lang)
  const [text, setText] = createSignal('')
  const [contact, setContact] = createSignal('')
  const [consent, setConsent] = createSignal(false)
  const [token, setToken] = createSignal<string | null>(null)
  const [errors, setErrors] = createSignal<ShownError[]>([])
  // A failure that is no field's (offline, too many reports, the server): said above the form.
  const [message, setMessage] = createSignal<string>()
  const [focusKey, setFocusKey] = createSignal(0)
  const [sending, setSending] = createSignal(false)
  const [sent, setSent] = createSignal(false)
  let turnstile: TurnstileHandle | undefined

  onMount(() => setText(takeOver(OFFER_REPORT_KEY)))

  const input = (value: string) => {
    setText(value)
    handOver(OFFER_REPORT_KEY, value)
  }

  async function send(event: Event) {
    event.preventDefault()
    if (sending()) return
    // The Worker checks the whole body with core/offers.ts; here only what a person can fix.
    const problems: ShownError[] = [
      !text().trim() && { field: 'report.text', code: 'check.text.error.required' },
      text().length > LIMIT && { field: 'report.text', code: 'check.text.error.tooLong' },
      !consent() && { field: 'report.consent', code: 'check.report.consent.error.required' },
      !token() && { field: 'report.turnstile', code: 'report.turnstile.error.required' },
    ].filter((error): error is ShownError => Boolean(error))
    setErrors(problems)
    setMessage(undefined)
    if (problems.length) return setFocusKey((k) => k + 1)
    setSending(true)
    const body = { text: text(), lang: props.lang, turnstileToken: token()!, contact: contact().trim() || undefined, consent: true }
    const res = await postJson('/api/v1/offer-reports', body)
    setSending(false)
    if (res.kind === 'ok') {
      forget(OFFER_REPORT_KEY)
      setSent(true)
    } else {
      turnstile?.reset()
      setMessage(t(res.kind === 'offline' ? 'report.error.offline' : res.status === 429 ? 'report.error.rateLimited' : 'report.error.server'))
      setFocusKey((k) => k + 1)
    }
  }

  // Inside JSX, so the view follows `sent` (a component body runs once).
  return (
    <>
      {sent() ? (
        <p class="notice" role="status">{t('check.report.sent')}</p>
      ) : (
        <form class="panel" novalidate onSubmit={send}>
          <ErrorSummary t={t} errors={errors()} focusKey={focusKey()} message={message()} />
          <div class="field">
            <label class="label" for="report-text">{t('check.text.label')}</label>
            <textarea id="report-text" class="textarea" rows={8} value={text()} onInput={(e) => input(e.currentTarget.value)} />
            {text().length > LIMIT && <p class="counter counter--over">{t('counter.over', { count: text().length - LIMIT })}</p>}
          </div>
          <div class="field">
            <label class="label" for="report-contact">{t('check.report.contact.label')}</label>
            <p class="hint" id="report-contact-hint">{t('check.report.contact.hint')}</p>
            <input id="report-contact" class="input" maxLength={300} aria-describedby="report-contact-hint" value={contact()} onInput={(e) => setContact(e.currentTarget.value)} />
          </div>
          <div class="choice">
            <input id="report-consent" class="choice__input" type="checkbox" checked={consent()} onChange={(e) => setConsent(e.currentTarget.checked)} />
            <label class="choice__label" for="report-consent">{t('check.report.consent.label')}</label>
          </div>
          <div class="turnstile" id="report-turnstile" tabindex="-1" ref={(el) => queueMicrotask(() => (turnstile = mountTurnstile(el, props.sitekey, 'offer-report', props.lang, setToken)))} />
          <p><button class="button" type="submit" disabled={sending()}>{t('check.report.send')}</button></p>
        </form>
      )}
    </>
  )
}
