import { Show, createSignal, onMount } from 'solid-js'
import type { MessageKey } from '../../../../core/i18n'
import type { Lang } from '../../../../core/langs'
import { postJson } from '../parts/api'
import PushButtons from '../parts/PushButtons'
import { currentEndpoint, pushSupported, subscribeTo } from '../parts/push'
import type { T } from '../parts/t'

type State = 'checking' | 'unsupported' | 'off' | 'on' | 'stopped' | 'denied' | 'failed' | 'tooMany'

/** What the status line says in each state: nothing while checking or before a choice. */
const NOTICE: Partial<Record<State, MessageKey>> = {
  unsupported: 'push.family.unsupported',
  on: 'push.family.subscribed',
  stopped: 'push.family.unsubscribed',
  denied: 'push.family.denied',
  failed: 'push.family.error',
  tooMany: 'push.family.error.tooMany',
}

/**
 * "Tell me when there is news on this case": subscribes this browser to a push that
 * says only that there is news. The codes go to the server in the POST body, as for
 * every case request, and are not kept for this: the push opens the case page, which
 * asks for them again.
 */
export default function CaseNews(props: { t: T; lang: Lang; credentials: () => { caseRef: string; receiptCode: string } }) {
  const t = props.t
  const [state, setState] = createSignal<State>('checking')
  const [busy, setBusy] = createSignal(false)

  onMount(() => setState(pushSupported() ? 'off' : 'unsupported'))

  async function start() {
    setBusy(true)
    setState(await subscribeTo('/api/v1/push/case', { ...props.credentials(), lang: props.lang }, 'push.family.error.tooMany'))
    setBusy(false)
  }

  async function stop() {
    setBusy(true)
    const endpoint = await currentEndpoint()
    const result = endpoint ? await postJson('/api/v1/push/case/stop', { ...props.credentials(), endpoint }) : { kind: 'ok' as const }
    setBusy(false)
    setState(result.kind === 'ok' ? 'stopped' : 'failed')
  }

  return (
    <section class="case-news" aria-labelledby="case-news-heading">
      <h2 id="case-news-heading">{t('push.family.heading')}</h2>
      <p>{t('push.family.explain')}</p>
      <p class="hint">{t('push.family.howToStop')}</p>
      <div role="status" data-testid="case-news-status">
        <Show when={NOTICE[state()]}>{(key) => <p class="notice">{t(key())}</p>}</Show>
      </div>
      <div class="form-actions">
        <PushButtons
          state={state()}
          busy={busy()}
          subscribe={{ label: t('push.family.subscribe'), onClick: start }}
          stop={{ label: t('push.family.unsubscribe'), onClick: stop }}
        />
      </div>
    </section>
  )
}
