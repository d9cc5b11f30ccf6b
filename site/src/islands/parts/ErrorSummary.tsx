import { For, Show, createEffect } from 'solid-js'
import type { T } from './t'

export type ShownError = { field: string; code: string }

/** `person.fullName` → `person-fullName`: the id of the field's input. */
export const fieldId = (field: string) => field.replace(/\./g, '-')

/**
 * GOV.UK error summary: above the heading, takes focus when it appears, each message
 * links to its field. `focusKey` changes on every failed submit so focus moves again.
 */
export default function ErrorSummary(props: { t: T; errors: ShownError[]; focusKey: number; message?: string }) {
  let box: HTMLDivElement | undefined
  createEffect(() => {
    props.focusKey
    if ((props.errors.length > 0 || props.message) && box) box.focus()
  })
  return (
    <Show when={props.errors.length > 0 || props.message}>
      <div class="error-summary" ref={box} tabindex="-1" role="alert" aria-labelledby="error-summary-title">
        <h2 id="error-summary-title" class="error-summary__title">{props.t('errorSummary.title')}</h2>
        <ul class="error-summary__list">
          <Show when={props.message}>
            <li>{props.message}</li>
          </Show>
          <For each={props.errors}>
            {(error) => (
              <li>
                <a
                  href={`#${fieldId(error.field)}`}
                  onClick={(event) => {
                    const target = document.getElementById(fieldId(error.field))
                    if (target) {
                      event.preventDefault()
                      target.focus()
                      target.scrollIntoView({ block: 'center' })
                    }
                  }}
                >
                  {props.t(error.code)}
                </a>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  )
}
