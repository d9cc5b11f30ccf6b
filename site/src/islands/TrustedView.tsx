import { Match, Show, Switch, createSignal, onMount } from 'solid-js'
import type { TripWatch } from '../../../core/api'
import { formatAgo, formatDay } from '../../../core/dates'
import type { Lang } from '../../../core/langs'
import { postJson } from './parts/api'
import { pushSupported, subscribeBrowser } from './parts/push'
import { makeT } from './parts/t'
import { SummaryList } from './parts/SummaryList'
import { TRUSTED_LINK_KEY, deletionDay, openPrefilledReport, secretFromFragment, when } from './trip/links'

type Push = 'off' | 'on' | 'unsupported' | 'denied' | 'failed' | 'tooMany'

/**
 * The trusted person's page: when the traveller last checked in, nothing more, until a
 * check-in is missed; then what they recorded and one step, "Report them missing",
 * which opens the family report form filled in for the trusted person to send.
 */
export default function TrustedView(props: { lang: Lang; messages: Record<string, string> }) {
  const t = makeT(props.messages, props.lang)
  const [secret, setSecret] = createSignal<string | null>(null)
  const [view, setView] = createSignal<TripWatch | 'loading' | 'notFound' | 'failed' | 'noLink'>('loading')
  const [push, setPush] = createSignal<Push>('off')
  const [busy, setBusy] = createSignal(false)

  onMount(async () => {
    // The link's fragment, or, opened from a notice, the link this device kept when it subscribed.
    const found = secretFromFragment() ?? localStorage.getItem(TRUSTED_LINK_KEY)
    if (!found) return setView('noLink')
    setSecret(found)
    if (!pushSupported()) setPush('unsupported')
    const result = await postJson<TripWatch>('/api/v1/trips/watch', { secret: found })
    if (result.kind === 'ok') return setView(result.data)
    setView(result.kind === 'problem' && result.status === 404 ? 'notFound' : 'failed')
  })

  async function subscribe() {
    setBusy(true)
    const subscribed = await subscribeBrowser()
    if (subscribed.kind !== 'ok') {
      setBusy(false)
      return setPush(subscribed.kind)
    }
    const result = await postJson('/api/v1/trips/watch/push', { secret: secret(), subscription: subscribed.subscription, lang: props.lang })
    setBusy(false)
    if (result.kind === 'ok') {
      localStorage.setItem(TRUSTED_LINK_KEY, secret()!)
      return setPush('on')
    }
    setPush(result.kind === 'problem' && result.problem.errors?.some((e) => e.code === 'trip.trusted.error.tooMany') ? 'tooMany' : 'failed')
  }

  const trip = () => {
    const v = view()
    return typeof v === 'object' ? v : null
  }
  const rows = (w: TripWatch): Array<[string, string]> => {
    const d = w.details!
    const place = [d.destinationTown, t(`report.country.${d.destinationCountry}`)].filter(Boolean).join(', ')
    const list: Array<[string, string | undefined]> = [
      ['trip.field.name', d.name],
      ['trip.field.destination', place],
      ['trip.field.flightDate', d.flightDate ? formatDay(d.flightDate, props.lang) : undefined],
      ['trip.field.employer', d.employer],
      ['trip.field.employerAddress', d.employerAddress],
      ['trip.field.recruiterContacts', d.recruiterContacts],
      ['trip.field.offerText', d.offerText],
      ['trip.field.lastCheckIn', when(w.lastCheckIn, props.lang, t)],
    ]
    return list.filter((row): row is [string, string] => Boolean(row[1])).map(([k, v]) => [t(k), v])
  }

  return (
    <div class="trusted-view">
      <Switch>
        <Match when={view() === 'loading'}>
          <p>{t('trip.trusted.loading')}</p>
        </Match>
        <Match when={view() === 'noLink'}>
          <p class="notice">{t('trip.trusted.noLink')}</p>
        </Match>
        <Match when={view() === 'notFound'}>
          <p class="notice">{t('trip.trusted.notFound')}</p>
        </Match>
        <Match when={view() === 'failed'}>
          <p class="notice">{t('report.error.server')}</p>
        </Match>
        <Match when={trip()?.status === 'alarm' && trip()}>
          {(w) => (
            <section aria-labelledby="trip-alarm-heading">
              <h2 id="trip-alarm-heading">{t('trip.trusted.alarm')}</h2>
              <p>{t('trip.trusted.alarmLead')}</p>
              <button type="button" class="button" onClick={() => openPrefilledReport(w().details!, w().lastCheckIn, props.lang, t)}>
                {t('trip.trusted.report')}
              </button>
              <h3>{t('trip.trusted.details')}</h3>
              <SummaryList rows={rows(w())} />
            </section>
          )}
        </Match>
        <Match when={trip()?.status === 'ended' && trip()}>
          {(w) => <p class="notice">{t('trip.trusted.ended', { when: deletionDay(w().deleteOn!, props.lang, t) })}</p>}
        </Match>
        <Match when={trip()}>
          {(w) => (
            <>
              <p class="checked-in">{t('trip.trusted.lastCheckIn', { ago: formatAgo(w().lastCheckIn, props.lang), when: when(w().lastCheckIn, props.lang, t) })}</p>
              <Show when={w().nextCheckInBy}>
                <p>{t('trip.trusted.next', { when: when(w().nextCheckInBy!, props.lang, t) })}</p>
              </Show>
              {/* The report form is open to them at any time, not only after a missed check-in. */}
              <p>
                {t('trip.trusted.worried')} <a href={`/${props.lang}/report/`}>{t('trip.trusted.report')}</a>
              </p>
              <section class="case-news" aria-labelledby="trip-push-heading">
                <h2 id="trip-push-heading">{t('trip.trusted.heading')}</h2>
                <p>{t('trip.trusted.explain')}</p>
                <Switch>
                  <Match when={push() === 'on'}>
                    <p class="notice">{t('trip.trusted.subscribed')}</p>
                  </Match>
                  <Match when={push() === 'unsupported'}>
                    <p class="notice">{t('push.family.unsupported')}</p>
                  </Match>
                  <Match when={push() === 'denied'}>
                    <p class="notice">{t('push.family.denied')}</p>
                  </Match>
                  <Match when={push() === 'failed'}>
                    <p class="notice">{t('push.family.error')}</p>
                  </Match>
                  <Match when={push() === 'tooMany'}>
                    <p class="notice">{t('trip.trusted.error.tooMany')}</p>
                  </Match>
                </Switch>
                <Show when={push() !== 'on' && push() !== 'unsupported'}>
                  <button type="button" class="button button--secondary" disabled={busy()} onClick={subscribe}>
                    {t('trip.trusted.subscribe')}
                  </button>
                </Show>
              </section>
            </>
          )}
        </Match>
      </Switch>
    </div>
  )
}
