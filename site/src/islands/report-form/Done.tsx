import { Show, createSignal } from 'solid-js'
import type { Created } from '../../../../core/api'
import type { Lang } from '../../../../core/langs'
import ErrorSummary, { type ShownError } from '../parts/ErrorSummary'
import type { T } from '../parts/t'
import { DONE_KEY } from './draft'

/**
 * The receipt: the case reference and receipt code, ways to keep them, and a check
 * that they were kept before the family moves on (they cannot be shown again).
 */
export default function Done(props: {
  t: T
  lang: Lang
  created: Created
  errors: ShownError[]
  focusKey: number
  errorFor: (field: string) => string | undefined
  showErrors: (errors: ShownError[]) => void
  saved: boolean
  setSaved: (saved: boolean) => void
  heading: (el: HTMLHeadingElement) => void
}) {
  const t = (key: string, values?: Record<string, string | number>) => props.t(key, values)
  const [copied, setCopied] = createSignal(false)

  const codesText = () =>
    t('report.done.fileText', {
      caseRef: props.created.caseRef,
      receiptCode: props.created.receiptCode,
      url: `${location.origin}/${props.lang}/case/`,
    })

  function download() {
    const url = URL.createObjectURL(new Blob([codesText()], { type: 'text/plain;charset=utf-8' }))
    const a = document.createElement('a')
    a.href = url
    a.download = `${t('report.done.fileName')}-${props.created.caseRef}.txt`
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
    if (!props.saved) {
      event.preventDefault()
      props.showErrors([{ field: 'report-done-confirm', code: 'report.done.mustConfirm' }])
      return
    }
    sessionStorage.removeItem(DONE_KEY)
  }

  return (
    <div class="done">
      <ErrorSummary t={props.t} errors={props.errors} focusKey={props.focusKey} />
      <h1 ref={props.heading} tabindex="-1">{t('report.done.title')}</h1>
      <p class="lead">{t('report.done.lead')}</p>
      <dl class="codes">
        <div>
          <dt>{t('report.done.caseRef')}</dt>
          <dd class="code" data-testid="case-ref">{props.created.caseRef}</dd>
        </div>
        <div>
          <dt>{t('report.done.receiptCode')}</dt>
          <dd class="code" data-testid="receipt-code">{props.created.receiptCode}</dd>
        </div>
      </dl>
      <p class="actions">
        <button type="button" class="button button--secondary" onClick={copy}>
          {copied() ? t('report.done.copied') : t('report.done.copy')}
        </button>
        <button type="button" class="button button--secondary" onClick={download}>{t('report.done.download')}</button>
        <button type="button" class="button button--secondary" onClick={() => window.print()}>{t('report.done.print')}</button>
      </p>
      <div class={`field${props.errorFor('report-done-confirm') ? ' field--error' : ''}`}>
        <Show when={props.errorFor('report-done-confirm')}>
          <p class="error-message" id="report-done-confirm-error">{props.errorFor('report-done-confirm')}</p>
        </Show>
        <div class="choice">
          <input
            class="choice__input"
            type="checkbox"
            id="report-done-confirm"
            checked={props.saved}
            aria-describedby={props.errorFor('report-done-confirm') ? 'report-done-confirm-error' : undefined}
            onChange={(e) => props.setSaved(e.currentTarget.checked)}
          />
          <label class="choice__label" for="report-done-confirm">{t('report.done.confirm')}</label>
        </div>
      </div>
      <p>
        <a class="button" href={`/${props.lang}/case/`} onClick={leave}>{t('report.done.continue')}</a>
      </p>
    </div>
  )
}
