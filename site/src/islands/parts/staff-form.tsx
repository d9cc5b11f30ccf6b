import type { JSX } from 'solid-js'

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

/** One line of a console form: the label, and under it the text input. */
export function StaffInput(
  props: Line & { value: string; onInput: (value: string) => void; maxLength?: number; type?: 'email' | 'date'; inputmode?: 'numeric' },
) {
  return (
    <p>
      <label class="label" for={props.id}>{props.label}</label>
      <input
        id={props.id}
        class={props.class ?? 'input'}
        type={props.type}
        inputmode={props.inputmode}
        maxLength={props.maxLength}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </p>
  )
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
