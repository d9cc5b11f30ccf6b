import { For, Show, createEffect, createSignal, onCleanup, type JSX } from 'solid-js'
import { fieldId } from './ErrorSummary'
import type { T } from './t'

export type Common = {
  t: T
  field: string
  label: string
  hint?: string
  error?: string
  optional?: boolean
}

export function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
}

/** "(optional)" after a question's label (GOV.UK: mark the optional ones, not the required). */
export function OptionalMark(props: { t: T; optional?: boolean }) {
  return (
    <Show when={props.optional}>
      {' '}
      <span class="optional">{props.t('report.optional')}</span>
    </Show>
  )
}

/** The message beside a question that was refused, "Error:" read out before it. */
export function ErrorMessage(props: { t: T; id: string; error?: string }) {
  return (
    <Show when={props.error}>
      <p class="error-message" id={`${props.id}-error`}>
        <span class="visually-hidden">{props.t('error.prefix')} </span>
        {props.error}
      </p>
    </Show>
  )
}

function Label(props: Common & { id: string }) {
  return (
    <>
      <label class="label" for={props.id}>
        {props.label}
        <OptionalMark t={props.t} optional={props.optional} />
      </label>
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>{props.hint}</p>
      </Show>
      <ErrorMessage t={props.t} id={props.id} error={props.error} />
    </>
  )
}

/**
 * GOV.UK's character count: a limit is never enforced by cutting (no `maxlength`, which
 * drops a paste's tail without a word). Near the limit the count shows; past it, it says
 * by how much, and the schema refuses the answer with a message on submit. Screen
 * readers hear the count once typing pauses, not at every key.
 */
export function CharacterCount(props: { t: T; id: string; value: string; limit: number }) {
  const length = () => props.value.trim().length
  const over = () => length() > props.limit
  // Short answers (an age, a passport number) only say so once they are too long.
  const shown = () => over() || (props.limit >= 100 && length() >= props.limit * 0.8)
  const words = () => (over() ? props.t('counter.over', { count: length() - props.limit }) : props.t('counter.left', { count: props.limit - length() }))
  const [announced, setAnnounced] = createSignal('')
  let timer: ReturnType<typeof setTimeout> | undefined
  createEffect(() => {
    const text = shown() ? words() : ''
    clearTimeout(timer)
    timer = setTimeout(() => setAnnounced(text), 1000)
  })
  onCleanup(() => clearTimeout(timer))
  return (
    <>
      <Show when={shown()}>
        <span class={`counter${over() ? ' counter--over' : ''}`} id={`${props.id}-count`} aria-hidden="true">{words()}</span>
      </Show>
      <span class="visually-hidden" aria-live="polite">{announced()}</span>
    </>
  )
}

/** True when an answer is past its limit: the form refuses it with a message instead of sending or cutting it. */
export const overLimit = (value: string, limit: number) => value.trim().length > limit

export function TextField(
  props: Common & {
    value: string
    onInput: (value: string) => void
    type?: 'text' | 'email' | 'tel' | 'number' | 'password'
    autocomplete?: string
    inputmode?: 'numeric' | 'tel' | 'email' | 'text'
    maxLength?: number
    width?: 'short' | 'medium'
    multiline?: boolean
    rows?: number
  },
) {
  const id = () => fieldId(props.field)
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <Label {...props} id={id()} />
      <Show
        when={props.multiline}
        fallback={
          <input
            id={id()}
            name={props.field}
            class={`input${props.width ? ` input--${props.width}` : ''}`}
            type={props.type ?? 'text'}
            value={props.value}
            autocomplete={props.autocomplete ?? 'off'}
            inputmode={props.inputmode}
            aria-describedby={describedBy(id(), props.hint, props.error)}
            aria-invalid={props.error ? 'true' : undefined}
            onInput={(e) => props.onInput(e.currentTarget.value)}
          />
        }
      >
        <textarea
          id={id()}
          name={props.field}
          class="textarea"
          rows={props.rows ?? 4}
          value={props.value}
          aria-describedby={describedBy(id(), props.hint, props.error)}
          aria-invalid={props.error ? 'true' : undefined}
          onInput={(e) => props.onInput(e.currentTarget.value)}
        />
      </Show>
      <Show when={props.maxLength}>{(limit) => <CharacterCount t={props.t} id={id()} value={props.value ?? ''} limit={limit()} />}</Show>
    </div>
  )
}

export function SelectField(
  props: Common & { value: string; onChange: (value: string) => void; options: Array<{ value: string; label: string }>; placeholder: string },
) {
  const id = () => fieldId(props.field)
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <Label {...props} id={id()} />
      <select
        id={id()}
        name={props.field}
        class="select"
        aria-describedby={describedBy(id(), props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        <option value="" selected={props.value === ''}>{props.placeholder}</option>
        <For each={props.options}>{(o) => <option value={o.value} selected={props.value === o.value}>{o.label}</option>}</For>
      </select>
    </div>
  )
}

/** Radios or checkboxes in a fieldset whose legend is the question (GOV.UK). */
export function ChoiceField(
  props: Common & {
    kind: 'radio' | 'checkbox'
    options: Array<{ value: string; label: string }>
    selected: string[]
    onChange: (selected: string[]) => void
    inline?: boolean
  },
) {
  const id = () => fieldId(props.field)
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <fieldset class="fieldset" aria-describedby={describedBy(id(), props.hint, props.error)}>
        <legend class="legend">
          {props.label}
          <OptionalMark t={props.t} optional={props.optional} />
        </legend>
        <Show when={props.hint}>
          <p class="hint" id={`${id()}-hint`}>{props.hint}</p>
        </Show>
        <ErrorMessage t={props.t} id={id()} error={props.error} />
        <div class={`choices${props.inline ? ' choices--inline' : ''}`}>
          <For each={props.options}>
            {(option, index) => {
              const optionId = () => (index() === 0 ? id() : `${id()}-${option.value}`)
              return (
                <div class="choice">
                  <input
                    class="choice__input"
                    id={optionId()}
                    type={props.kind}
                    name={props.field}
                    value={option.value}
                    checked={props.selected.includes(option.value)}
                    onChange={(e) => {
                      if (props.kind === 'radio') props.onChange([option.value])
                      else
                        props.onChange(
                          e.currentTarget.checked
                            ? [...props.selected, option.value]
                            : props.selected.filter((v) => v !== option.value),
                        )
                    }}
                  />
                  <label class="choice__label" for={optionId()}>{option.label}</label>
                </div>
              )
            }}
          </For>
        </div>
      </fieldset>
    </div>
  )
}

export function Notice(props: { children: JSX.Element }) {
  return <div class="notice">{props.children}</div>
}
