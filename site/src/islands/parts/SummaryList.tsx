import { For } from 'solid-js'

/** Answers as a list of question and answer, each answer already in words. */
export function SummaryList(props: { rows: [label: string, value: string][] }) {
  return (
    <dl class="summary-list">
      <For each={props.rows}>
        {([label, value]) => (
          <div class="summary-list__row">
            <dt>{label}</dt>
            <dd class="summary-list__value">{value}</dd>
          </div>
        )}
      </For>
    </dl>
  )
}
