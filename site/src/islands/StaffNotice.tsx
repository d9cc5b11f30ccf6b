import { For, Show, createSignal, onMount } from 'solid-js'
import { problemMessage } from '../../../core/api'
import { ZONES, defaultZone } from '../../../core/dates'
import { dayProblem, momentIn } from '../../../core/day-input'
import type { Lang } from '../../../core/langs'
import { postJson } from './parts/api'
import DateField from './parts/DateField'
import { TextField } from './parts/fields'
import { makeT } from './parts/t'
import { readZone } from './parts/zone'

const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'))
const MINUTES = Array.from({ length: 60 }, (_, m) => String(m).padStart(2, '0'))

/** An hour or a minute of the banner's end, as two-digit numbers. */
function ClockSelect(props: { id: string; label: string; values: string[]; value: string; onChange: (value: string) => void }) {
  return (
    <div class="date-input__item">
      <label class="label date-input__label" for={props.id}>{props.label}</label>
      <select id={props.id} class="select" onChange={(e) => props.onChange(e.currentTarget.value)}>
        <For each={props.values}>{(v) => <option value={v} selected={v === props.value}>{v}</option>}</For>
      </select>
    </div>
  )
}

/** Supervisors publish the urgent banner; the Worker puts it on every page within a minute. */
export default function StaffNotice(props: { lang: Lang; messages: Record<string, string> }) {
  const t = makeT(props.messages)
  const [text, setText] = createSignal({ ko: '', km: '', en: '' })
  // The last day shown, then the time on the officer's console clock (24 h, its zone named).
  const [expiresDay, setExpiresDay] = createSignal('')
  const [hour, setHour] = createSignal('23')
  const [minute, setMinute] = createSignal('59')
  const [dayError, setDayError] = createSignal('')
  const [zone, setZone] = createSignal(defaultZone(props.lang))
  onMount(() => setZone(readZone(props.lang)))
  const [result, setResult] = createSignal<{ ok: boolean; message: string } | null>(null)

  async function submit(event: Event) {
    event.preventDefault()
    const problem = expiresDay() === '' ? undefined : dayProblem(expiresDay())
    setDayError(problem ? t(`date.error.${problem}`) : '')
    if (problem) return document.getElementById('notice-expires')?.focus()
    const expiresAt = expiresDay() ? momentIn(expiresDay(), Number(hour()), Number(minute()), ZONES[zone()].tz).toISOString() : ''
    const body = { ko: text().ko, km: text().km || undefined, en: text().en, expiresAt }
    const res = await postJson('/api/v1/staff/notice', body)
    if (res.kind === 'ok') setResult({ ok: true, message: t('staff.notice.done') })
    else setResult({ ok: false, message: problemMessage(res, t, { offline: 'staff.error.load' }) })
  }

  return (
    <form novalidate onSubmit={submit}>
      <Show when={result()}>{(r) => <p class={r().ok ? 'notice' : 'error-summary'} role="status">{r().message}</p>}</Show>
      <TextField t={t} field="notice.ko" label={t('staff.notice.ko')} value={text().ko} onInput={(v) => setText({ ...text(), ko: v })} multiline rows={2} maxLength={280} />
      <TextField t={t} field="notice.km" label={t('staff.notice.km')} optional value={text().km} onInput={(v) => setText({ ...text(), km: v })} multiline rows={2} maxLength={280} />
      <TextField t={t} field="notice.en" label={t('staff.notice.en')} value={text().en} onInput={(v) => setText({ ...text(), en: v })} multiline rows={2} maxLength={280} />
      <DateField t={t} lang={props.lang} field="notice.expires" label={t('staff.notice.expires')} exampleYears={1} value={expiresDay()} onInput={setExpiresDay} error={dayError()} />
      <fieldset class="fieldset field" aria-describedby="notice-time-hint">
        <legend class="legend">{t('date.time.legend', { zone: t(ZONES[zone()].name) })}</legend>
        <p class="hint" id="notice-time-hint">{t('date.time.hint')}</p>
        <div class="date-input">
          <ClockSelect id="notice-expires-hour" label={t('date.time.hour')} values={HOURS} value={hour()} onChange={setHour} />
          <ClockSelect id="notice-expires-minute" label={t('date.time.minute')} values={MINUTES} value={minute()} onChange={setMinute} />
        </div>
      </fieldset>
      <p class="actions">
        <button class="button" type="submit">{t('staff.notice.set')}</button>
        <button
          class="button button--secondary"
          type="button"
          onClick={async () => {
            const res = await postJson('/api/v1/staff/notice/expire', {})
            setResult(res.kind === 'ok' ? { ok: true, message: t('staff.notice.ended') } : { ok: false, message: t('staff.error.load') })
          }}
        >
          {t('staff.notice.end')}
        </button>
      </p>
    </form>
  )
}
