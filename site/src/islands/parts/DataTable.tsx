import { For, type JSX } from 'solid-js'

/**
 * A console table: a caption that names it, one header cell per column, and the rows
 * the island gives (wrapped so a narrow screen scrolls the table, not the page).
 */
export default function DataTable(props: { caption: string; columns: JSX.Element[]; children: JSX.Element }) {
  return (
    <div class="table-wrap">
      <table class="queue">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <For each={props.columns}>{(column) => <th scope="col">{column}</th>}</For>
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  )
}
