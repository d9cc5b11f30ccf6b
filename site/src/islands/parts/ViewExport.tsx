import { Show, createSignal } from 'solid-js'
import type { T } from './t'
import { saveDownload } from './download'
import { CharacterCount } from './fields'
import { refuseTooLong } from './staff-form'

/**
 * Export of the queue as the officer has filtered it: every page, as CSV or PFIF, with
 * the reason the access log records for each case. Offered only to a role the table allows.
 */
export default function ViewExport(props: { t: T; view: () => Record<string, string>; say: (text: string) => void }) {
  const t = props.t
  const [reason, setReason] = createSignal('')
  const [format, setFormat] = createSignal<'csv' | 'pfif'>('csv')
  const [error, setError] = createSignal('')

  async function download(event: Event) {
    event.preventDefault()
    if (!reason().trim()) return setError(t('staff.export.missingReason'))
    if (refuseTooLong(t, setError, [{ id: 'view-export-reason', label: t('staff.export.reason'), value: reason(), max: 500 }])) return
    const view = Object.fromEntries(Object.entries(props.view()).map(([key, value]) => [key, value.trim()]).filter(([, value]) => value))
    let res: Response
    try {
      res = await fetch('/api/v1/staff/exports/view', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ format: format(), view, reason: reason().trim() }),
      })
    } catch {
      return setError(t('staff.error.load'))
    }
    if (!res.ok) {
      const code = ((await res.json().catch(() => null)) as { errors?: Array<{ code: string }> } | null)?.errors?.[0]?.code
      return setError(t(code?.startsWith('staff.export.') ? code : 'staff.error.load'))
    }
    await saveDownload(res)
    setError('')
    setReason('')
    props.say(t('staff.export.done'))
  }

  return (
    <div class="view-export" role="group" aria-labelledby="view-export-title">
      <h2 id="view-export-title" class="saved-filters__title">{t('staff.export.view')}</h2>
      <p class="hint">{t('staff.export.viewHint')}</p>
      <div class="filters__line">
        <p>
          <label class="label" for="view-export-format">{t('staff.export.format')}</label>
          <select id="view-export-format" class="select" onChange={(e) => setFormat(e.currentTarget.value as 'csv' | 'pfif')}>
            <option value="csv">{t('staff.export.formatCsv')}</option>
            <option value="pfif">{t('staff.export.formatPfif')}</option>
          </select>
        </p>
        <p>
          <label class="label" for="view-export-reason">{t('staff.export.reason')}</label>
          <input id="view-export-reason" class="input" value={reason()} onInput={(e) => setReason(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && download(e)} />
          <CharacterCount t={t} id="view-export-reason" value={reason()} limit={500} />
        </p>
        <p>
          <button class="button button--secondary" type="button" onClick={download}>{t('staff.export.submit')}</button>
        </p>
      </div>
      <Show when={error()}>
        <p class="error-message" role="alert">{error()}</p>
      </Show>
    </div>
  )
}
