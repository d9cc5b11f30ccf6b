import { For, Show, createSignal, onMount } from 'solid-js'
import { STAFF_WORDING, problemMessage, type Colleague, type DuplicateCandidate, type StaffCaseView, type StaffMember } from '../../../core/api'
import { mayUse } from '../../../core/staff-routes'
import type { Lang } from '../../../core/langs'
import { CLOSE_REASONS, NEXT_STATUS, type CaseStatus } from '../../../core/workflow'
import { callApi, isForbidden, postJson, type ApiResult } from './parts/api'
import { makeT, type T } from './parts/t'
import { whenFormatter } from './parts/zone'
import { onShortcut } from './parts/keys'
import { StaffForm, StaffInput, StaffSelect, refuseTooLong } from './parts/staff-form'
import { CharacterCount } from './parts/fields'
import { langText, sectionRows } from '../../../core/labels'

type CaseView = StaffCaseView
type Candidate = DuplicateCandidate

const TEMPLATES = ['acknowledged', 'moreInfo', 'located', 'safe'] as const

/** A decrypted section of the report as its answered questions, every value in words. */
function Section(props: { t: T; lang: Lang; name: 'person' | 'journey' | 'reporter' | 'consents' | 'situation'; title: string; data: Record<string, unknown> | undefined }) {
  const rows = () => sectionRows(props.t, props.lang, props.name, props.data)
  return (
    <section aria-label={props.title}>
      <h2>{props.title}</h2>
      <dl class="summary-list">
        <For each={rows()}>
          {([label, value]) => (
            <div class="summary-list__row">
              <dt>{label}</dt>
              <dd class="summary-list__value">{value}</dd>
            </div>
          )}
        </For>
      </dl>
    </section>
  )
}

/** The staff case view: personal data decrypted on demand; every load is logged by the API. */
export default function StaffCase(props: { lang: Lang; messages: Record<string, string>; templates: Record<Lang, Record<string, string>> }) {
  const t = makeT(props.messages, props.lang)
  const [view, setView] = createSignal<CaseView | null>(null)
  const [candidates, setCandidates] = createSignal<Candidate[]>([])
  const [compare, setCompare] = createSignal<CaseView | null>(null)
  const [notice, setNotice] = createSignal('')
  const [error, setError] = createSignal('')
  const [nextStatus, setNextStatus] = createSignal('')
  const [closedReason, setClosedReason] = createSignal('')
  const [reason, setReason] = createSignal('')
  const [label, setLabel] = createSignal('')
  const [note, setNote] = createSignal('')
  const [message, setMessage] = createSignal('')
  const [confirming, setConfirming] = createSignal(false)
  const [me, setMe] = createSignal('')
  const [override, setOverride] = createSignal('')
  const [overrideReason, setOverrideReason] = createSignal('')
  const [retainUntil, setRetainUntil] = createSignal('')
  const [retainReason, setRetainReason] = createSignal('')
  const [colleagues, setColleagues] = createSignal<Colleague[]>([])
  const [assignTo, setAssignTo] = createSignal('')
  // Back to "—" after each message and case, so one arrow always picks the first template.
  const [template, setTemplate] = createSignal('')
  const when = { format: whenFormatter(props.lang, t) }
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
        if (c && NEXT_STATUS[c.status as CaseStatus]?.includes('acknowledged')) edit('/status', { status: 'acknowledged' })
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
    window.addEventListener('hashchange', () => {
      setCompare(null)
      setTemplate('')
      setMessage('')
      setConfirming(false)
      load()
    })
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

  /** An answer past its limit is refused with a message naming it, never cut nor sent. */
  const tooLong = (...fields: Array<{ id: string; label: string; value: string; max: number }>) =>
    refuseTooLong(t, (message) => {
      setNotice('')
      setError(message)
    }, fields)

  const edit = (path: string, body: Record<string, unknown>, reset?: () => void) =>
    postJson(api(path), { ...body, version: view()!.version }).then((r) => after(r, reset))

  /** Back to the page after a form's work is done, so the next shortcut works at once. */
  const toHeading = () => document.getElementById('case-title')?.focus()

  /** The most urgent unacknowledged case nobody else has taken, other than this one. */
  async function openNext() {
    const next = await callApi<{ caseRef: string | null }>(`/api/v1/staff/next-case?after=${encodeURIComponent(caseRef())}`, { method: 'GET' })
    if (next.kind !== 'ok') return setError(t('staff.error.load'))
    if (!next.data.caseRef) return setNotice(t('staff.queue.noNext'))
    setNotice('')
    location.hash = next.data.caseRef
  }

  /** A person on the timeline or a note by name; someone no longer on staff as such. */
  const person = (name: string | null, email: string | null) => name ?? (email ? t('staff.person.former') : '')

  /** Ctrl+Enter (⌘+Enter) sends the form it is pressed in. */
  const sendOnCtrlEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault()
      ;(e.currentTarget as HTMLFormElement).requestSubmit()
    }
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
            <div class="case-columns__facts">
            <Show when={c().kind === 'family'} fallback={<Section t={t} lang={props.lang} name="situation" title={t('staff.case.situation')} data={c().details.situation as Record<string, unknown>} />}>
              <Section t={t} lang={props.lang} name="person" title={t('staff.case.person')} data={c().details.person as Record<string, unknown>} />
              <Show when={c().hasPhoto}>
                <h2>{t('staff.case.photo')}</h2>
                <p><img class="photo-preview" src={api('/photo')} alt={t('staff.case.photo')} width="200" /></p>
              </Show>
              <Section t={t} lang={props.lang} name="journey" title={t('staff.case.journey')} data={c().details.journey as Record<string, unknown>} />
              <Section t={t} lang={props.lang} name="reporter" title={t('staff.case.reporter')} data={c().details.reporter as Record<string, unknown>} />
              <Section t={t} lang={props.lang} name="consents" title={t('staff.case.consents')} data={c().details.consents as Record<string, unknown>} />
            </Show>

            <section class="panel" aria-labelledby="dupes">
              <h2 id="dupes">{t('staff.case.duplicates')}</h2>
              <Show when={c().links.length > 0}>
                <p>{t('staff.case.linked')}: <For each={c().links}>{(ref) => <a href={`#${ref}`}>{ref} </a>}</For></p>
              </Show>
              <Show when={candidates().length > 0} fallback={<p>{t('staff.case.noDuplicates')}</p>}>
                <ul class="candidates">
                  <For each={candidates()}>
                    {(cand) => (
                      <li data-candidate={cand.caseRef}>
                        <a href={`#${cand.caseRef}`}>{cand.caseRef}</a> — {t('staff.case.score', { score: cand.score })} —{' '}
                        {t('staff.case.matchedOn', { reasons: cand.reasons.map((r) => t(`staff.match.${r}`)).join(', ') })}
                        <span class="actions">
                          <button
                            class="button button--secondary"
                            type="button"
                            onClick={async () => {
                              const other = await callApi<CaseView>(`/api/v1/staff/reports/${encodeURIComponent(cand.caseRef)}`, { method: 'GET' })
                              if (other.kind === 'ok') setCompare(other.data)
                            }}
                          >
                            {t('staff.case.compare')}
                          </button>
                          <Show when={!c().links.includes(cand.caseRef)}>
                            <button class="button button--secondary" type="button" onClick={() => postJson(api('/links'), { caseRef: cand.caseRef }).then((r) => after(r))}>
                              {t('staff.case.link')}
                            </button>
                          </Show>
                        </span>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={compare()}>
                {(other) => (
                  <div class="compare">
                    <Section t={t} lang={props.lang} name="person" title={c().caseRef} data={c().details.person as Record<string, unknown>} />
                    <Section t={t} lang={props.lang} name="person" title={other().caseRef} data={other().details.person as Record<string, unknown>} />
                  </div>
                )}
              </Show>
            </section>

            <section class="panel" aria-labelledby="labels">
              <h2 id="labels">{t('staff.case.labels')}</h2>
              <p>{c().labels.join(', ') || '—'}</p>
              <form
                class="inline-form"
                onSubmit={(e) => {
                  e.preventDefault()
                  if (tooLong({ id: 'add-label', label: t('staff.case.addLabel'), value: label(), max: 40 })) return
                  if (label()) edit('/labels', { add: [label()], remove: [] }, () => setLabel(''))
                }}
              >
                <label class="label" for="add-label">{t('staff.case.addLabel')}</label>
                <input id="add-label" class="input input--medium" value={label()} onInput={(e) => setLabel(e.currentTarget.value.trim())} />
                <button class="button button--secondary" type="submit">{t('staff.case.add')}</button>
                <CharacterCount t={t} id="add-label" value={label()} limit={40} />
              </form>
            </section>

            </div>
            <div class="case-columns__work">
            <section class="panel panel--family" aria-labelledby="messages">
              <h2 id="messages"><span class="tag tag--family">{t('staff.case.toFamily')}</span> {t('staff.case.messages')}</h2>
              <form
                onKeyDown={sendOnCtrlEnter}
                onSubmit={(e) => {
                  e.preventDefault()
                  if (!message().trim()) return
                  if (tooLong({ id: 'staff-message', label: t('staff.case.message'), value: message(), max: 4000 })) return setConfirming(false)
                  // A message leaves the building: say to whom and in which language first.
                  if (!confirming()) {
                    setConfirming(true)
                    return document.getElementById('confirm-send')?.focus()
                  }
                  setConfirming(false)
                  postJson(api('/messages'), { body: message() }).then((r) => after(r, () => {
                    setMessage('')
                    setTemplate('')
                    toHeading()
                  }))
                }}
              >
                <p>
                  <label class="label" for="template">{t('staff.case.template')}</label>
                  <select id="template" class="select" value={template()} onChange={(e) => {
                      setTemplate(e.currentTarget.value)
                      if (!e.currentTarget.value) return
                      setMessage(props.templates[c().lang][e.currentTarget.value])
                      setConfirming(false)
                    }}>
                    <option value="">—</option>
                    <For each={TEMPLATES}>{(id) => <option value={`staff.template.${id}`}>{props.templates[props.lang][`staff.template.${id}`].slice(0, 60)}…</option>}</For>
                  </select>
                </p>
                <p>
                  <label class="label" for="staff-message">{t('staff.case.message')}</label>
                  <span class="hint">{t('staff.case.messageHint', { language: langText(t, c().lang) })}</span>
                  <textarea id="staff-message" class="textarea" lang={c().lang} value={message()} onInput={(e) => {
                      setMessage(e.currentTarget.value)
                      setConfirming(false)
                    }} />
                  <CharacterCount t={t} id="staff-message" value={message()} limit={4000} />
                </p>
                <Show when={confirming()} fallback={<p><button class="button" type="submit">{t('staff.case.send')}</button></p>}>
                  <p class="confirm" role="alert">{t('staff.case.confirmFamily', { language: langText(t, c().lang) })}</p>
                  <p class="actions">
                    <button id="confirm-send" class="button" type="submit">{t('staff.case.confirmSend')}</button>
                    <button class="button button--secondary" type="button" onClick={() => setConfirming(false)}>{t('staff.case.cancel')}</button>
                  </p>
                </Show>
              </form>
              <For each={c().messages}>
                {(m) => (
                  <article class={`message message--${m.author}`}>
                    <strong>{m.author === 'staff' ? t('case.messages.fromStaff') : t('staff.case.reporter')}</strong>
                    <time datetime={m.at}>{when.format(m.at)}</time>
                    <p>{m.body}</p>
                  </article>
                )}
              </For>
            </section>

            <section class="panel panel--internal" aria-labelledby="notes">
              <h2 id="notes"><span class="tag tag--internal">{t('staff.case.staffOnly')}</span> {t('staff.case.notes')}</h2>
              <For each={c().notes}>
                {(n) => (
                  <article class="message">
                    <strong>{person(n.authorName, n.author)}</strong>
                    <time datetime={n.at}>{when.format(n.at)}</time>
                    <p>{n.body}</p>
                  </article>
                )}
              </For>
              <form
                onKeyDown={sendOnCtrlEnter}
                onSubmit={(e) => {
                  e.preventDefault()
                  if (tooLong({ id: 'staff-note', label: t('staff.case.addNote'), value: note(), max: 4000 })) return
                  if (note().trim()) postJson(api('/notes'), { body: note() }).then((r) => after(r, () => {
                    setNote('')
                    toHeading()
                  }))
                }}
              >
                <p>
                  <label class="label" for="staff-note">{t('staff.case.addNote')}</label>
                  <textarea id="staff-note" class="textarea" value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
                  <CharacterCount t={t} id="staff-note" value={note()} limit={4000} />
                </p>
                <p><button class="button button--secondary" type="submit">{t('staff.case.add')}</button></p>
              </form>
            </section>

            <StaffForm
              class="panel"
              onSend={() => !tooLong({ id: 'status-reason', label: t('staff.case.reason'), value: reason(), max: 500 }) && edit('/status', { status: nextStatus(), closedReason: nextStatus() === 'closed' ? closedReason() || undefined : undefined, reason: reason() || undefined }, () => setReason(''))}
            >
              <h2>{t('staff.case.changeStatus')}</h2>
              <StaffSelect id="next-status" label={t('staff.case.status')} onChange={setNextStatus}>
                <For each={NEXT_STATUS[c().status as CaseStatus]}>{(s) => <option value={s} selected={s === nextStatus()}>{t(`case.status.${s}`)}</option>}</For>
              </StaffSelect>
              <Show when={nextStatus() === 'closed'}>
                <StaffSelect id="closed-reason" label={t('staff.case.closedReason')} onChange={setClosedReason}>
                  <option value="">—</option>
                  <For each={CLOSE_REASONS}>{(r) => <option value={r}>{t(`staff.close.${r}`)}</option>}</For>
                </StaffSelect>
              </Show>
              <StaffInput id="status-reason" label={t('staff.case.reason')} limit={{ t, max: 500 }} value={reason()} onInput={setReason} />
              <p class="actions">
                <button class="button" type="submit">{t('staff.case.apply')}</button>
                <button class="button button--secondary" type="button" onClick={() => edit('/assign', { assignee: c().assignee === me() ? null : me() })}>
                  {c().assignee === me() ? t('staff.case.unassign') : t('staff.case.assignMe')}
                </button>
              </p>
              <p class="hint" data-testid="staff-assignee">{t('staff.queue.assignee')}: {c().assignee ? person(c().assigneeName, c().assignee) : '—'}</p>
            </StaffForm>
            <Show when={colleagues().length > 0}>
              <form
                class="panel assign-form"
                onSubmit={(e) => {
                  e.preventDefault()
                  const to = assignTo() === 'nobody' ? null : assignTo()
                  if (!assignTo()) return
                  edit('/assign', { assignee: to }, () => {
                    setAssignTo('')
                    toHeading()
                  })
                }}
              >
                <p>
                  <label class="label" for="assign-to">{t('staff.assign.to')}</label>
                  <select
                    id="assign-to"
                    class="select"
                    value={assignTo()}
                    onChange={(e) => setAssignTo(e.currentTarget.value)}
                    onKeyDown={(e) => {
                      // Enter assigns, as in a text field: s, an arrow, Enter.
                      if (e.key === 'Enter') {
                        e.preventDefault()
                        setAssignTo(e.currentTarget.value)
                        e.currentTarget.form?.requestSubmit()
                      }
                    }}
                  >
                    <option value="">—</option>
                    <For each={colleagues()}>{(p) => <option value={p.email}>{p.name}</option>}</For>
                    <option value="nobody">{t('staff.assign.nobody')}</option>
                  </select>
                </p>
                <p><button class="button button--secondary" type="submit">{t('staff.assign.submit')}</button></p>
              </form>
            </Show>

            <details class="panel">
              <summary>{t('staff.case.supervisor')}</summary>
              <StaffForm onSend={() => !tooLong({ id: 'override-reason', label: t('staff.case.overrideReason'), value: overrideReason(), max: 500 }) && edit('/priority', { override: override() === '' ? null : Number(override()), reason: overrideReason() || undefined }, () => setOverrideReason(''))}>
                <StaffInput id="override" label={t('staff.case.override')} class="input input--short" inputmode="numeric" value={override()} onInput={(value) => setOverride(value.trim())} />
                <StaffInput id="override-reason" label={t('staff.case.overrideReason')} limit={{ t, max: 500 }} value={overrideReason()} onInput={setOverrideReason} />
                <p><button class="button button--secondary" type="submit">{t('staff.case.apply')}</button></p>
              </StaffForm>
              <StaffForm onSend={() => !tooLong({ id: 'retain-reason', label: t('staff.case.retainReason'), value: retainReason(), max: 500 }) && edit('/retention', { retainUntil: retainUntil(), reason: retainReason() }, () => setRetainReason(''))}>
                <StaffInput id="retain-until" label={t('staff.case.retainUntil')} class="input input--medium" type="date" value={retainUntil()} onInput={setRetainUntil} />
                <StaffInput id="retain-reason" label={t('staff.case.retainReason')} limit={{ t, max: 500 }} value={retainReason()} onInput={setRetainReason} />
                <p><button class="button button--secondary" type="submit">{t('staff.case.apply')}</button></p>
              </StaffForm>
            </details>

            <section class="panel" aria-labelledby="timeline">
              <h2 id="timeline">{t('staff.case.timeline')}</h2>
              <ol class="timeline">
                <For each={c().timeline}>
                  {(e) => (
                    <li>
                      {e.type === 'received'
                        ? t('case.event.received')
                        : e.type === 'assign'
                          ? e.assignee ? t('staff.event.assign', { name: person(e.assigneeName, e.assignee) }) : t('staff.event.unassign')
                          : t('case.event.status', { status: t(`case.status.${e.status}`) })}
                      {e.actor ? ` — ${t('staff.event.by', { name: person(e.actorName, e.actor) })}` : ''}
                      {e.reason ? ` (${e.reason})` : ''}
                      <time datetime={e.at}>{when.format(e.at)}</time>
                    </li>
                  )}
                </For>
              </ol>
            </section>
            </div>
            </div>
          </>
        )}
      </Show>
    </div>
  )
}
