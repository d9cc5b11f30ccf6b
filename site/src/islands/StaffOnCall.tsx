import { Show, createSignal, onMount } from 'solid-js'
import type { OnCallStatus } from '../../../core/push'
import type { Lang } from '../../../core/langs'
import { callApi, postJson } from './parts/api'
import { currentEndpoint, pushSupported, subscribeBrowser } from './parts/push'
import { makeT } from './parts/t'
import { whenFormatter } from './parts/zone'

/**
 * Who is on call. On the console's home page: a banner when no one is, and the
 * officer's own panel (get notices on this device, go on call, end the shift). On the
 * statistics page (`summary`): the banner and the count of self-reports that arrived
 * with no one on call.
 */
export default function StaffOnCall(props: { lang: Lang; messages: Record<string, string>; summary?: boolean }) {
  const t = makeT(props.messages, props.lang)
  const [status, setStatus] = createSignal<OnCallStatus | null>(null)
  const [supported, setSupported] = createSignal(true)
  const [failed, setFailed] = createSignal(false)
  const [busy, setBusy] = createSignal(false)
  // The officer's chosen zone, named, as every other console time (core/dates.ts).
  const when = whenFormatter(props.lang, t)

  async function refresh() {
    const res = await callApi<OnCallStatus>('/api/v1/staff/on-call', { method: 'GET' })
    if (res.kind === 'ok') setStatus(res.data)
  }
  onMount(() => {
    setSupported(pushSupported())
    void refresh()
  })

  async function act(run: () => Promise<boolean>) {
    setBusy(true)
    setFailed(!(await run()))
    await refresh()
    setBusy(false)
  }
  const subscribe = () =>
    act(async () => {
      const subscribed = await subscribeBrowser()
      if (subscribed.kind !== 'ok') return false
      return (await postJson('/api/v1/staff/push/devices', { subscription: subscribed.subscription, lang: props.lang })).kind === 'ok'
    })
  const unsubscribe = () =>
    act(async () => {
      const endpoint = await currentEndpoint()
      return !endpoint || (await postJson('/api/v1/staff/push/devices/remove', { endpoint })).kind === 'ok'
    })
  const shift = (hours: number) => act(async () => (await postJson('/api/v1/staff/on-call', { hours })).kind === 'ok')

  return (
    <Show when={status()}>
      {(s) => (
        <section class="on-call" aria-labelledby={props.summary ? undefined : 'on-call-heading'}>
          <Show when={s().onCallNow === 0}>
            <p class="notice" role="status" data-testid="on-call-nobody">
              {t('staff.onCall.nobody')}
              <Show when={s().unattendedSelfReports > 0}> {t('staff.onCall.unattended', { count: s().unattendedSelfReports })}</Show>
            </p>
          </Show>
          <Show when={props.summary && s().onCallNow > 0 && s().unattendedSelfReports > 0}>
            <p>{t('staff.onCall.unattended', { count: s().unattendedSelfReports })}</p>
          </Show>
          <Show when={!props.summary}>
            <details class="on-call__panel">
              <summary id="on-call-heading">{t('staff.onCall.heading')}</summary>
              <p class="hint">{t('staff.onCall.explain')}</p>
              <p data-testid="on-call-mine">{s().myShiftEnds ? t('staff.onCall.until', { time: when(s().myShiftEnds!) }) : t('staff.onCall.off')}</p>
              <p>{t('staff.onCall.devices', { count: s().myDevices })}</p>
              <Show when={!supported()}>
                <p class="notice">{t('staff.onCall.unsupported')}</p>
              </Show>
              <Show when={failed()}>
                <p class="notice" role="alert">{t('staff.onCall.error')}</p>
              </Show>
              <div class="form-actions">
                <Show when={supported()}>
                  <button class="button button--secondary" type="button" disabled={busy()} onClick={subscribe}>{t('staff.onCall.subscribe')}</button>
                  <Show when={s().myDevices > 0}>
                    <button class="button button--secondary" type="button" disabled={busy()} onClick={unsubscribe}>{t('staff.onCall.unsubscribe')}</button>
                  </Show>
                </Show>
                <Show when={s().myShiftEnds} fallback={<button class="button" type="button" disabled={busy()} onClick={() => shift(12)}>{t('staff.onCall.start')}</button>}>
                  <button class="button" type="button" disabled={busy()} onClick={() => shift(0)}>{t('staff.onCall.end')}</button>
                </Show>
              </div>
            </details>
          </Show>
        </section>
      )}
    </Show>
  )
}
