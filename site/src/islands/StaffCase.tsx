import { For, Show, createSignal, onMount } from 'solid-js'
import { STAFF_WORDING, problemMessage, type Colleague, type DuplicateCandidate, type StaffCaseView, type StaffMember } from '../../../core/api'
import { mayUse } from '../../../core/staff-routes'
import type { Lang } from '../../../core/langs'
import { NEXT_STATUS, type CaseStatus } from '../../../core/workflow'
import { callApi, isForbidden, postJson, type ApiResult } from './parts/api'
import { makeT } from './parts/t'
import { whenFormatter } from './parts/zone'
import { onShortcut } from './parts/keys'
import { refuseTooLong } from './parts/staff-form'
import { langText } from '../../../core/labels'
import type { Desk } from './staff-case/desk'
import { Facts } from './staff-case/Facts'
import { Messages, Notes, Timeline } from './staff-case/Conversation'
import { AssignForm, StatusForm, Supervisor } from './staff-case/Actions'

type CaseView = StaffCaseView
type Candidate = DuplicateCandidate

/** The staff case view: personal data decrypted on demand; every load is logged by the API. */
export default function StaffCase(props: { lang: Lang; messages: Record<string, string>; templates: Record<Lang, Record<string, string>> }) {
  const t = makeT(props.messages, props.lang)
  const [view, setView] = createSignal<CaseView | null>(null)
  const [candidates, setCandidates] = createSignal<Candidate[]>([])
  const [notice, setNotice] = createSignal('')
  const [error, setError] = createSignal('')
  const [nextStatus, setNextStatus] = createSignal('')
  const [me, setMe] = createSignal('')
  const [colleagues, setColleagues] = createSignal<Colleague[]>([])
  const caseRef = () => decodeURIComponent(location.hash.slice(1))
  const api = (path = '') => `/api/v1/staff/reports/${encodeURIComponent(caseRef())}${path}`

  async function load() {
    const result = await callApi<CaseView>(api(), { method: 'GET' })
    if (result.kind !== 'ok') return isForbidden(result) ? undefined : setError(t('staff.error.load'))
    setView(result.data)
    setNextStatus(NEXT_STATUS[result.data.status as CaseStatus]?.[0] ?? '')
    const dupes = await callApi<{ candidates: Candidate[] }>(api('/duplicates'), { method: 'GET' })
    if (dupes.kind === 'ok') setCandidates(dupes.data.candidates)
  }

  onMount(async () => {
    // r: reply to the family; the message box is at the top of the work column. Listening
    // starts before the case loads, so a key pressed as it appears is not lost.
    // a: acknowledge, s: assign to a colleague, t: internal note, n: the next case.
    onShortcut({
      r: () => document.getElementById('staff-message')?.focus(),
      t: () => document.getElementById('staff-note')?.focus(),
      s: () => document.getElementById('assign-to')?.focus(),
      a: () => {
        const c = view()
        if (c && NEXT_STATUS[c.status as CaseStatus]?.includes('acknowledged')) desk.edit('/status', { status: 'acknowledged' })
      },
      n: () => openNext(),
    })
    const who = await callApi<StaffMember>('/api/v1/staff/me', { method: 'GET' })
    if (who.kind === 'ok') setMe(who.data.email)
    await load()
    if (who.kind === 'ok' && mayUse(who.data.role, 'GET /colleagues')) {
      const list = await callApi<{ items: Colleague[] }>('/api/v1/staff/colleagues', { method: 'GET' })
      if (list.kind === 'ok') setColleagues(list.data.items)
    }
    // The parts forget their half-written forms themselves (onCaseChange).
    window.addEventListener('hashchange', () => load())
  })

  async function after(result: ApiResult<unknown>, reset?: () => void) {
    if (result.kind === 'ok') {
      reset?.()
      setError('')
      setNotice(t('staff.case.saved'))
    } else {
      if (result.kind === 'problem' && result.status === 409) setNotice('')
      setError(problemMessage(result, t, STAFF_WORDING))
    }
    await load()
  }

  const desk: Desk = {
    t,
    lang: props.lang,
    api,
    after,
    edit: (path, body, reset) => postJson(api(path), { ...body, version: view()!.version }).then((r) => after(r, reset)),
    person: (name, email) => name ?? (email ? t('staff.person.former') : ''),
    when: { format: whenFormatter(props.lang, t) },
    toHeading: () => document.getElementById('case-title')?.focus(),
    tooLong: (...fields) =>
      refuseTooLong(t, (message) => {
        setNotice('')
        setError(message)
      }, fields),
  }

  /** The most urgent unacknowledged case nobody else has taken, other than this one. */
  async function openNext() {
    const next = await callApi<{ caseRef: string | null }>(`/api/v1/staff/next-case?after=${encodeURIComponent(caseRef())}`, { method: 'GET' })
    if (next.kind !== 'ok') return setError(t('staff.error.load'))
    if (!next.data.caseRef) return setNotice(t('staff.queue.noNext'))
    setNotice('')
    location.hash = next.data.caseRef
  }

  return (
    <div class="staff-case">
      <p><a href={`/staff/${props.lang}/`}>{t('staff.case.back')}</a></p>
      <Show when={error()}>
        <p class="error-summary" role="alert">{error()}</p>
      </Show>
      <Show when={notice() && !error()}>
        <p class="notice" role="status">{notice()}</p>
      </Show>
      <Show when={view()} fallback={<p>{t('staff.case.loading')}</p>}>
        {(c) => (
          <>
            <h1 id="case-title" tabindex="-1">{t('staff.case.title', { caseRef: c().caseRef })}</h1>
            <p>
              <strong class={`band band--${c().band}`}>{t(`staff.band.${c().band}`)}</strong> {c().priority} ·{' '}
              {t(`staff.kind.${c().kind}`)} · {t('staff.case.caseLang')}: {langText(t, c().lang)} · {t('staff.case.status')}: <strong data-testid="staff-status">{t(`case.status.${c().status}`)}</strong>
            </p>
            <ul class="factors">
              <For each={c().factors}>{(f) => <li>{t(`staff.factor.${f.id}`)} +{f.points}</li>}</For>
            </ul>
            <div class="case-columns">
              <Facts desk={desk} c={c()} candidates={candidates()} />
              <div class="case-columns__work">
                <Messages desk={desk} c={c()} templates={props.templates} />
                <Notes desk={desk} c={c()} />
                <StatusForm desk={desk} c={c()} me={me()} nextStatus={nextStatus} setNextStatus={setNextStatus} />
                <Show when={colleagues().length > 0}>
                  <AssignForm desk={desk} c={c()} colleagues={colleagues()} />
                </Show>
                <Supervisor desk={desk} c={c()} />
                <Timeline desk={desk} c={c()} />
              </div>
            </div>
          </>
        )}
      </Show>
    </div>
  )
}
