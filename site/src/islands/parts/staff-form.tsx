import { Show, type JSX } from 'solid-js'
import { CharacterCount, overLimit } from './fields'
import type { T } from './t'

/** A console form: submitting runs `onSend` and stays on the page. */
export function StaffForm(props: { class?: string; onSend: () => void; children: JSX.Element }) {
  return (
    <form
      class={props.class}
      onSubmit={(e) => {
        e.preventDefault()
        props.onSend()
      }}
    >
      {props.children}
    </form>
  )
}

type Line = { id: string; label: string; class?: string }

/**
 * One line of a console form: the label, and under it the text input. A limit is a live
 * count, as on the public forms (issue 19), never a `maxlength` that cuts a paste; the
 * form refuses an answer past it (`overLimit`) with a message.
 */
export function StaffInput(
  props: Line & { value: string; onInput: (value: string) => void; limit?: { t: T; max: number }; type?: 'email'; inputmode?: 'numeric' },
) {
  return (
    <p>
      <label class="label" for={props.id}>{props.label}</label>
      <input
        id={props.id}
        class={props.class ?? 'input'}
        type={props.type}
        inputmode={props.inputmode}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <Show when={props.limit}>{(limit) => <CharacterCount t={limit().t} id={props.id} value={props.value} limit={limit().max} />}</Show>
    </p>
  )
}

/**
 * Refuses a console form whose answer is past its limit: says which, in the form's error
 * line, and puts the cursor there. Returns true when refused (nothing is sent).
 */
export function refuseTooLong(t: T, say: (message: string) => void, fields: Array<{ id: string; label: string; value: string; max: number }>) {
  const over = fields.find((field) => overLimit(field.value, field.max))
  if (!over) return false
  say(`${t('labelled', { label: over.label })} ${t('error.tooLong')}`)
  document.getElementById(over.id)?.focus()
  return true
}

/** One line of a console form: the label, and under it the choice; the options are the children. */
export function StaffSelect(props: Line & { value?: string; onChange: (value: string) => void; children: JSX.Element }) {
  return (
    <p>
      <label class="label" for={props.id}>{props.label}</label>
      <select id={props.id} class={props.class ?? 'select'} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {props.children}
      </select>
    </p>
  )
}
