import { Match, Show, Switch, createSignal, onMount } from 'solid-js'
import type { TripWatch } from '../../../core/api'
import { formatAgo, formatDay } from '../../../core/dates'
import type { MessageKey } from '../../../core/i18n'
import type { Lang } from '../../../core/langs'
import { postJson } from './parts/api'
import PushButtons from './parts/PushButtons'
import { pushSupported, subscribeTo } from './parts/push'
import { makeT } from './parts/t'
import { SummaryList } from './parts/SummaryList'
import { TRUSTED_LINK_KEY, deletionDay, openPrefilledReport, secretFromFragment, when } from './trip/links'

type Push = 'off' | 'on' | 'unsupported' | 'denied' | 'failed' | 'tooMany'

/** What the page says while it cannot show the trip. */
const VIEW_NOTICE: Partial<Record<string, MessageKey>> = { noLink: 'trip.trusted.noLink', notFound: 'trip.trusted.notFound', failed: 'report.error.server' }

/** What the push section says in each state: nothing before a choice. */
const PUSH_NOTICE: Partial<Record<Push, MessageKey>> = {
  on: 'trip.trusted.subscribed',
  unsupported: 'push.family.unsupported',
  denied: 'push.family.denied',
  failed: 'push.family.error',
  tooMany: 'trip.trusted.error.tooMany',
}

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
    const outcome = await subscribeTo('/api/v1/trips/watch/push', { secret: secret(), lang: props.lang }, 'trip.trusted.error.tooMany')
    // Kept so a notice opened later finds the trip without the link.
    if (outcome === 'on') localStorage.setItem(TRUSTED_LINK_KEY, secret()!)
    setBusy(false)
    setPush(outcome)
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
        <Match when={typeof view() === 'string' && VIEW_NOTICE[view() as string]}>
          {(key) => <p class="notice">{t(key())}</p>}
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
                <Show when={PUSH_NOTICE[push()]}>{(key) => <p class="notice">{t(key())}</p>}</Show>
                <PushButtons state={push()} busy={busy()} subscribe={{ label: t('trip.trusted.subscribe'), onClick: subscribe }} />
              </section>
            </>
          )}
        </Match>
      </Switch>
    </div>
  )
}
