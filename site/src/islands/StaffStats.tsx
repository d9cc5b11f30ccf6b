import { For, Show, createSignal, onMount } from 'solid-js'
import type { Stats } from '../../../core/api'
import type { Lang } from '../../../core/langs'
import { callApi, isForbidden } from './parts/api'
import { makeT } from './parts/t'
import { formatDay } from '../../../core/labels'

/** A horizontal bar chart as SVG, with the numbers written beside the bars. */
function Bars(props: { title: string; rows: Array<{ label: string; value: number }> }) {
  const max = () => Math.max(1, ...props.rows.map((r) => r.value))
  const height = () => props.rows.length * 28 + 8
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <svg viewBox={`0 0 600 ${height()}`} role="img" aria-label={props.title} width="100%">
        <For each={props.rows}>
          {(row, i) => (
            <g transform={`translate(0 ${i() * 28 + 4})`}>
              <text x="0" y="17" class="chart__label">{row.label}</text>
              <rect x="200" y="2" height="20" width={Math.max(2, (row.value / max()) * 340)} class="chart__bar" />
              <text x={208 + (row.value / max()) * 340} y="17" class="chart__value">{row.value}</text>
            </g>
          )}
        </For>
      </svg>
    </figure>
  )
}

export default function StaffStats(props: { lang: Lang; messages: Record<string, string>; places: Record<string, string> }) {
  const t = makeT(props.messages, props.lang)
  const [stats, setStats] = createSignal<Stats | null>(null)
  const [error, setError] = createSignal(false)
  // Reports that name no known place are counted as 'unknown' (worker/db/stats.ts): words, not the code.
  const regionName = (region: string) => (region === 'unknown' ? t('staff.stats.regionUnknown') : (props.places[region] ?? t('staff.value.other')))
  onMount(async () => {
    const res = await callApi<Stats>('/api/v1/staff/stats', { method: 'GET' })
    if (res.kind === 'ok') setStats(res.data)
    else if (!isForbidden(res)) setError(true)
  })
  return (
    <>
      <Show when={error()}>
        <p class="error-summary" role="alert">{t('staff.error.load')}</p>
      </Show>
      <Show when={stats()}>
        {(s) => (
          <>
            <p>
              {t('staff.stats.ack', {
                median: s().ackHours.median ?? '—',
                p90: s().ackHours.p90 ?? '—',
                count: s().ackHours.count,
              })}
            </p>
            <Bars title={t('staff.stats.perWeek')} rows={s().perWeek.map((w) => ({ label: formatDay(w.week, props.lang), value: w.count }))} />
            <Bars title={t('staff.stats.perStatus')} rows={s().perStatus.map((r) => ({ label: t(`case.status.${r.status}`), value: r.count }))} />
            <Bars title={t('staff.stats.perKind')} rows={s().perKind.map((r) => ({ label: t(`staff.kind.${r.kind}`), value: r.count }))} />
            <Bars title={t('staff.stats.perRegion')} rows={s().perRegion.map((r) => ({ label: regionName(r.region), value: r.count }))} />
          </>
        )}
      </Show>
    </>
  )
}
