import { For, Show, createSignal, onMount } from 'solid-js'
import type { IndicatorRow } from '../../../core/api'
import type { Lang } from '../../../core/langs'
import { callApi, isForbidden, postJson } from './parts/api'
import DataTable from './parts/DataTable'
import { makeT } from './parts/t'
import { indicatorText } from '../../../core/labels'

type Item = IndicatorRow

/** Recruiter contacts pulled from reports: confirmed ones feed the public offer check. */
export default function StaffIndicators(props: { lang: Lang; messages: Record<string, string> }) {
  const t = makeT(props.messages, props.lang)
  const [status, setStatus] = createSignal<'pending' | 'confirmed' | 'rejected'>('pending')
  const [items, setItems] = createSignal<Item[]>([])
  const [error, setError] = createSignal(false)
  async function load() {
    const res = await callApi<{ items: Item[] }>(`/api/v1/staff/indicators?status=${status()}`, { method: 'GET' })
    if (res.kind === 'ok') setItems(res.data.items)
    else if (!isForbidden(res)) setError(true)
  }
  onMount(load)
  async function decide(id: number, next: 'confirmed' | 'rejected' | 'pending') {
    const res = await postJson(`/api/v1/staff/indicators/${id}`, { status: next })
    if (res.kind !== 'ok') setError(true)
    await load()
  }
  return (
    <>
      <Show when={error()}>
        <p class="error-summary" role="alert">{t('staff.error.load')}</p>
      </Show>
      <p>
        <label class="label" for="indicator-status">{t('staff.filters.status')}</label>
        <select id="indicator-status" class="select input--medium" onChange={(e) => { setStatus(e.currentTarget.value as 'pending'); load() }}>
          <For each={['pending', 'confirmed', 'rejected'] as const}>{(s) => <option value={s}>{t(`staff.indicators.${s}`)}</option>}</For>
        </select>
      </p>
      <DataTable caption={t('staff.indicators.caption')} columns={[t('staff.indicators.type'), t('staff.indicators.value'), t('staff.indicators.reports'), <span class="visually-hidden">{t('staff.indicators.decide')}</span>]}>
        <For each={items()} fallback={<tr><td colSpan={4}>{t('staff.queue.empty')}</td></tr>}>
          {(item) => (
            <tr data-indicator={item.id}>
              <td>{indicatorText(t, item.type)}</td>
              <td class="summary-list__value">{item.value}</td>
              <td>{item.reports}</td>
              <td class="actions">
                <Show when={item.status !== 'confirmed'}>
                  <button class="button button--secondary" type="button" onClick={() => decide(item.id, 'confirmed')}>{t('staff.indicators.confirm')}</button>
                </Show>
                <Show when={item.status !== 'rejected'}>
                  <button class="button button--secondary" type="button" onClick={() => decide(item.id, 'rejected')}>{t('staff.indicators.reject')}</button>
                </Show>
              </td>
            </tr>
          )}
        </For>
      </DataTable>
    </>
  )
}
