import { Show, createSignal } from 'solid-js'
import { problemMessage } from '../../../core/api'
import type { Lang } from '../../../core/langs'
import { postJson } from './parts/api'
import { TextField } from './parts/fields'
import { makeT } from './parts/t'

/** Supervisors publish the urgent banner; the Worker puts it on every page within a minute. */
export default function StaffNotice(props: { lang: Lang; messages: Record<string, string> }) {
  const t = makeT(props.messages)
  const [text, setText] = createSignal({ ko: '', km: '', en: '' })
  const [expires, setExpires] = createSignal('')
  const [result, setResult] = createSignal<{ ok: boolean; message: string } | null>(null)

  async function submit(event: Event) {
    event.preventDefault()
    const body = { ko: text().ko, km: text().km || undefined, en: text().en, expiresAt: expires() ? new Date(expires()).toISOString() : '' }
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
      <div class="field">
        <label class="label" for="notice-expires">{t('staff.notice.expires')}</label>
        <input id="notice-expires" class="input input--medium" type="datetime-local" value={expires()} onInput={(e) => setExpires(e.currentTarget.value)} />
      </div>
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
