import { Show, createSignal, onMount } from 'solid-js'
import type { CheckedIn, TripEnded } from '../../../core/api'
import type { Lang } from '../../../core/langs'
import { EXTEND_DAYS } from '../../../core/trips'
import { postJson } from './parts/api'
import ErrorSummary from './parts/ErrorSummary'
import { createErrors } from './parts/errors'
import { SelectField, TextField } from './parts/fields'
import { makeT } from './parts/t'
import { deletionDay, secretFromFragment, when } from './trip/links'

type Outcome = { kind: 'checked'; next: string } | { kind: 'ended'; deleteOn: string } | { kind: 'notFound' }

/**
 * The traveller's check-in: the code, then "I am fine". The screen after it depends
 * only on the server's answer, which is the same for the check-in code and the duress
 * code, so whoever watches sees the same thing either way. The code box hides what is typed.
 */
export default function CheckIn(props: { lang: Lang; messages: Record<string, string> }) {
  const t = makeT(props.messages, props.lang)
  const [secret, setSecret] = createSignal<string | null>(null)
  const [ready, setReady] = createSignal(false)
  const [code, setCode] = createSignal('')
  const [days, setDays] = createSignal('')
  const [sending, setSending] = createSignal(false)
  const [outcome, setOutcome] = createSignal<Outcome | null>(null)
  const { errors, banner, focusKey, show, showProblem, errorFor, fieldOf } = createErrors(t)
  let status: HTMLDivElement | undefined

  onMount(() => {
    setSecret(secretFromFragment())
    setReady(true)
  })

  async function send(path: 'check-in' | 'extend' | 'home') {
    if (sending()) return
    if (!/^[0-9]{4,10}$/.test(code().trim())) return show([{ field: 'code', code: code().trim() ? 'trip.code.error.format' : 'trip.code.error.required' }])
    if (path === 'extend' && !days()) return show([{ field: 'days', code: 'trip.extend.error.required' }])
    setSending(true)
    const body = { secret: secret(), code: code().trim(), ...(path === 'extend' ? { days: Number(days()) } : {}) }
    const result = await postJson<CheckedIn & TripEnded>(`/api/v1/trips/${path}`, body)
    setSending(false)
    if (result.kind === 'ok') {
      setCode('')
      show([])
      setOutcome(path === 'home' ? { kind: 'ended', deleteOn: result.data.deleteOn } : { kind: 'checked', next: result.data.nextCheckInBy })
      queueMicrotask(() => status?.focus())
      return
    }
    if (result.kind === 'problem' && result.status === 404) return setOutcome({ kind: 'notFound' })
    showProblem(result)
  }

  return (
    <Show when={ready()}>
      <Show when={secret()} fallback={<p class="notice">{t('trip.checkin.noLink')}</p>}>
        <div ref={status} tabindex="-1" role="status" class="checkin-status">
          <Show when={outcome()}>
            {(o) => (
              <p class="notice">
                {o().kind === 'checked' && `${t('trip.checkin.done')} ${t('trip.next', { when: when((o() as { next: string }).next, props.lang, t) })}`}
                {o().kind === 'ended' && t('trip.checkin.ended', { when: deletionDay((o() as { deleteOn: string }).deleteOn, props.lang, t) })}
                {o().kind === 'notFound' && t('trip.checkin.notFound')}
              </p>
            )}
          </Show>
        </div>
        <Show when={outcome()?.kind !== 'ended' && outcome()?.kind !== 'notFound'}>
          <form class="checkin-form" novalidate onSubmit={(e) => (e.preventDefault(), send('check-in'))}>
            <ErrorSummary t={t} errors={errors()} focusKey={focusKey()} message={banner()} />
            <TextField t={t} field="code" label={t('trip.checkin.code')} type="password" inputmode="numeric" autocomplete="off" width="short" maxLength={10} value={code()} onInput={setCode} error={errorFor('code')} />
            <div class="form-actions">
              <button type="submit" class="button" disabled={sending()}>
                {sending() ? t('trip.checkin.sending') : t('trip.checkin.fine')}
              </button>
            </div>
            <details class="checkin-more">
              <summary>{t('trip.checkin.more')}</summary>
              <SelectField
                {...fieldOf('days')}
                label={t('trip.checkin.extendDays')}
                placeholder={t('report.person.nationality.choose')}
                value={days()}
                options={EXTEND_DAYS.map((d) => ({ value: String(d), label: t(`trip.extend.${d}`) }))}
                onChange={setDays}
              />
              <div class="form-actions">
                <button type="button" class="button button--secondary" disabled={sending()} onClick={() => send('extend')}>
                  {t('trip.checkin.extend')}
                </button>
                <button type="button" class="button button--secondary" disabled={sending()} onClick={() => send('home')}>
                  {t('trip.checkin.home')}
                </button>
              </div>
              <p class="hint">{t('trip.deleteNotice')}</p>
            </details>
          </form>
        </Show>
      </Show>
    </Show>
  )
}
