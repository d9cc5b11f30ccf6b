import { For, Show, createSignal } from 'solid-js'
import type { Lang } from '../../../../core/langs'
import { langText } from '../../../../core/labels'
import { postJson } from '../parts/api'
import { CharacterCount } from '../parts/fields'
import { onCaseChange, sendOnCtrlEnter, type CaseProps } from './desk'

const TEMPLATES = ['acknowledged', 'moreInfo', 'located', 'safe'] as const

/** Messages to and from the family: a template or own words, confirmed before sending. */
export function Messages(props: CaseProps & { templates: Record<Lang, Record<string, string>> }) {
  const { t, lang, api, after, when, toHeading } = props.desk
  const [message, setMessage] = createSignal('')
  const [confirming, setConfirming] = createSignal(false)
  // Back to "—" after each message and case, so one arrow always picks the first template.
  const [template, setTemplate] = createSignal('')
  onCaseChange(() => {
    setTemplate('')
    setMessage('')
    setConfirming(false)
  })
  return (
    <section class="panel panel--family" aria-labelledby="messages">
      <h2 id="messages"><span class="tag tag--family">{t('staff.case.toFamily')}</span> {t('staff.case.messages')}</h2>
      <form
        onKeyDown={sendOnCtrlEnter}
        onSubmit={(e) => {
          e.preventDefault()
          if (!message().trim()) return
          if (props.desk.tooLong({ id: 'staff-message', label: t('staff.case.message'), value: message(), max: 4000 })) return setConfirming(false)
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
              setMessage(props.templates[props.c.lang][e.currentTarget.value])
              setConfirming(false)
            }}>
            <option value="">—</option>
            <For each={TEMPLATES}>{(id) => <option value={`staff.template.${id}`}>{props.templates[lang][`staff.template.${id}`].slice(0, 60)}…</option>}</For>
          </select>
        </p>
        <p>
          <label class="label" for="staff-message">{t('staff.case.message')}</label>
          <span class="hint">{t('staff.case.messageHint', { language: langText(t, props.c.lang) })}</span>
          <textarea id="staff-message" class="textarea" lang={props.c.lang} value={message()} onInput={(e) => {
              setMessage(e.currentTarget.value)
              setConfirming(false)
            }} />
          <CharacterCount t={t} id="staff-message" value={message()} limit={4000} />
        </p>
        <Show when={confirming()} fallback={<p><button class="button" type="submit">{t('staff.case.send')}</button></p>}>
          <p class="confirm" role="alert">{t('staff.case.confirmFamily', { language: langText(t, props.c.lang) })}</p>
          <p class="actions">
            <button id="confirm-send" class="button" type="submit">{t('staff.case.confirmSend')}</button>
            <button class="button button--secondary" type="button" onClick={() => setConfirming(false)}>{t('staff.case.cancel')}</button>
          </p>
        </Show>
      </form>
      <For each={props.c.messages}>
        {(m) => (
          <article class={`message message--${m.author}`}>
            <strong>{m.author === 'staff' ? t('case.messages.fromStaff') : t('staff.case.reporter')}</strong>
            <time datetime={m.at}>{when.format(m.at)}</time>
            <p>{m.body}</p>
          </article>
        )}
      </For>
    </section>
  )
}

/** Notes among staff only, never shown to the family. */
export function Notes(props: CaseProps) {
  const { t, api, after, person, when, toHeading } = props.desk
  const [note, setNote] = createSignal('')
  return (
    <section class="panel panel--internal" aria-labelledby="notes">
      <h2 id="notes"><span class="tag tag--internal">{t('staff.case.staffOnly')}</span> {t('staff.case.notes')}</h2>
      <For each={props.c.notes}>
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
          if (props.desk.tooLong({ id: 'staff-note', label: t('staff.case.addNote'), value: note(), max: 4000 })) return
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
  )
}

/** What happened to the case, by whom and when. */
export function Timeline(props: CaseProps) {
  const { t, person, when } = props.desk
  return (
    <section class="panel" aria-labelledby="timeline">
      <h2 id="timeline">{t('staff.case.timeline')}</h2>
      <ol class="timeline">
        <For each={props.c.timeline}>
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
  )
}
