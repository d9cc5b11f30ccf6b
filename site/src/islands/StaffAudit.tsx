import { For, Show, createSignal, onMount } from 'solid-js'
import type { AccessLogItem } from '../../../core/api'
import type { Lang } from '../../../core/langs'
import { callApi, isForbidden } from './parts/api'
import DataTable from './parts/DataTable'
import { StaffInput, StaffSelect, refuseTooLong } from './parts/staff-form'
import { makeT } from './parts/t'
import { whenFormatter } from './parts/zone'
import { actionText, reasonText } from '../../../core/labels'
import { saveDownload } from './parts/download'

type Row = AccessLogItem

/** Exports with a recorded reason, and the access log for supervisors. */
export default function StaffAudit(props: { lang: Lang; messages: Record<string, string> }) {
  const t = makeT(props.messages, props.lang)
  const [refs, setRefs] = createSignal('')
  const [reason, setReason] = createSignal('')
  const [format, setFormat] = createSignal<'csv' | 'pfif'>('csv')
  const [message, setMessage] = createSignal('')
  const [rows, setRows] = createSignal<Row[]>([])
  const [filter, setFilter] = createSignal('')
  const when = { format: whenFormatter(props.lang, t) }

  async function loadLog() {
    const q = filter().trim() ? `?caseRef=${encodeURIComponent(filter().trim().toUpperCase())}` : ''
    const res = await callApi<{ items: Row[] }>(`/api/v1/staff/access-log${q}`, { method: 'GET' })
    if (res.kind === 'ok') setRows(res.data.items)
    else if (!isForbidden(res)) setMessage(t('staff.error.load'))
  }
  onMount(loadLog)

  async function exportCases(event: Event) {
    event.preventDefault()
    const caseRefs = refs().split(/[\s,]+/).filter(Boolean)
    if (!caseRefs.length || !reason().trim()) return setMessage(t('staff.export.missing'))
    if (refuseTooLong(t, setMessage, [{ id: 'export-reason', label: t('staff.export.reason'), value: reason(), max: 500 }])) return
    let res: Response
    try {
      res = await fetch('/api/v1/staff/exports', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ format: format(), caseRefs, reason: reason() }),
      })
    } catch {
      return setMessage(t('staff.error.load'))
    }
    if (!res.ok) return setMessage(t('staff.error.load'))
    await saveDownload(res)
    setMessage(t('staff.export.done'))
    await loadLog()
  }

  /** The log as CSV from the server, which records the download itself. */
  function downloadLog() {
    const q = filter().trim() ? `&caseRef=${encodeURIComponent(filter().trim().toUpperCase())}` : ''
    const a = document.createElement('a')
    a.href = `/api/v1/staff/access-log?format=csv${q}`
    a.download = ''
    a.click()
  }

  return (
    <>
      <Show when={message()}>
        <p class="notice" role="status">{message()}</p>
      </Show>
      <form class="panel" onSubmit={exportCases}>
        <h2>{t('staff.export.title')}</h2>
        <p>
          <label class="label" for="export-refs">{t('staff.export.refs')}</label>
          <textarea id="export-refs" class="textarea" rows={3} value={refs()} onInput={(e) => setRefs(e.currentTarget.value)} />
        </p>
        <StaffSelect id="export-format" label={t('staff.export.format')} class="select input--medium" onChange={(value) => setFormat(value as 'csv' | 'pfif')}>
          <option value="csv">CSV</option>
          <option value="pfif">PFIF 1.4 XML</option>
        </StaffSelect>
        <StaffInput id="export-reason" label={t('staff.export.reason')} limit={{ t, max: 500 }} value={reason()} onInput={setReason} />
        <p><button class="button" type="submit">{t('staff.export.submit')}</button></p>
      </form>
      <section class="panel" aria-labelledby="log-title">
        <h2 id="log-title">{t('staff.log.title')}</h2>
        <form class="inline-form" onSubmit={(e) => { e.preventDefault(); loadLog() }}>
          <label class="label" for="log-filter">{t('staff.filters.search')}</label>
          <input id="log-filter" class="input input--medium" value={filter()} onInput={(e) => setFilter(e.currentTarget.value)} />
          <button class="button button--secondary" type="submit">{t('staff.filters.apply')}</button>
          <button class="button button--secondary" type="button" onClick={downloadLog}>{t('staff.log.download')}</button>
        </form>
        <DataTable caption={t('staff.log.caption')} columns={[t('staff.log.at'), t('staff.log.staff'), t('staff.log.action'), t('staff.queue.case'), t('staff.log.reason'), t('staff.log.ip')]}>
          <For each={rows()}>
            {(r) => <tr><td>{when.format(r.at)}</td><td>{r.staffName ?? r.staffEmail}</td><td>{actionText(t, r.action)}</td><td>{r.caseRef ?? ''}</td><td>{r.action === 'assign' ? (r.reason ? (r.assigneeName ?? t('staff.person.former')) : t('staff.event.unassign')) : reasonText(t, r.action, r.reason)}</td><td>{r.ip ?? ''}</td></tr>}
          </For>
        </DataTable>
      </section>
    </>
  )
}
