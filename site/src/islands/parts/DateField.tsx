import { For, Show, createEffect, createSignal, untrack } from 'solid-js'
import { formatDay } from '../../../../core/dates'
import { DAY_ORDER, dayFaults, exampleDay, joinDay, monthNames, splitDay, type DayPart, type DayParts } from '../../../../core/day-input'
import type { Lang } from '../../../../core/langs'
import { fieldId } from './ErrorSummary'
import { ErrorMessage, OptionalMark, describedBy, type Common } from './fields'

/**
 * GOV.UK's "memorable date": day and year typed as numbers, the month chosen by its name
 * in the reader's language, in the order the reader writes a date (Korean: year, month,
 * day). The browser's `<input type=date>` shows the browser's language and format
 * (mm/dd/yyyy with an English picker on a Khmer page), never the page's (issue 15).
 *
 * The value stays one string (core/day-input.ts, joinDay): `YYYY-MM-DD` when whole, the parts
 * as typed when not, so a draft keeps a half-typed date and the schema names what is
 * missing. The first field carries the question's id: the error summary's link lands there.
 * Only the parts at fault are marked in red. `exampleYears`: the hint's example date, in years
 * from this one (core/day-input.ts, exampleDay).
 */
export default function DateField(props: Common & { lang: Lang; value: string; onInput: (value: string) => void; exampleYears: number }) {
  const id = () => fieldId(props.field)
  const [parts, setParts] = createSignal<DayParts>(splitDay(props.value))
  // A draft restored after a reload replaces the answers; the person's own typing does not.
  createEffect(() => {
    const value = props.value
    if (joinDay(untrack(parts)) !== value) setParts(splitDay(value))
  })
  const set = (part: DayPart, text: string) => {
    const next = { ...parts(), [part]: text }
    setParts(next)
    props.onInput(joinDay(next))
  }
  const faulty = (part: DayPart) => Boolean(props.error) && (dayFaults(props.value)?.parts ?? DAY_ORDER[props.lang]).includes(part)
  const partId = (part: DayPart) => (DAY_ORDER[props.lang][0] === part ? id() : `${id()}-${part}`)
  const months = monthNames(props.lang)
  const hint = () => [props.hint, props.t('date.hint', { example: formatDay(exampleDay(props.exampleYears), props.lang) })].filter(Boolean).join(' ')
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <fieldset class="fieldset" role="group" aria-describedby={describedBy(id(), hint(), props.error)}>
        <legend class="legend">
          {props.label}
          <OptionalMark t={props.t} optional={props.optional} />
        </legend>
        <p class="hint" id={`${id()}-hint`}>{hint()}</p>
        <ErrorMessage t={props.t} id={id()} error={props.error} />
        <div class="date-input">
          <For each={DAY_ORDER[props.lang]}>
            {(part) => (
              <div class={`date-input__item date-input__item--${part}`}>
                <label class="label date-input__label" for={partId(part)}>{props.t(`date.${part}`)}</label>
                <Show
                  when={part === 'month'}
                  fallback={
                    <input
                      id={partId(part)}
                      name={`${props.field}.${part}`}
                      class="input"
                      type="text"
                      inputmode="numeric"
                      autocomplete="off"
                      value={parts()[part]}
                      aria-invalid={faulty(part) ? 'true' : undefined}
                      onInput={(e) => set(part, e.currentTarget.value)}
                    />
                  }
                >
                  <select
                    id={partId(part)}
                    name={`${props.field}.month`}
                    class="select"
                    aria-invalid={faulty(part) ? 'true' : undefined}
                    onChange={(e) => set('month', e.currentTarget.value)}
                  >
                    <option value="" selected={parts().month === ''}>{props.t('date.month.choose')}</option>
                    <For each={months}>{(name, i) => <option value={String(i() + 1)} selected={parts().month === String(i() + 1)}>{name}</option>}</For>
                  </select>
                </Show>
              </div>
            )}
          </For>
        </div>
      </fieldset>
    </div>
  )
}
