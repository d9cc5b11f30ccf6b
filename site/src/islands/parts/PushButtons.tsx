import { Match, Switch } from 'solid-js'

type Action = { label: string; onClick: () => void }

/**
 * The buttons of a "tell me when there is news" section: subscribe while this browser
 * can and has not yet (not before the page has checked), and, where the page offers
 * it, stop once subscribed. Disabled while a request is on its way.
 */
export default function PushButtons(props: { state: string; busy: boolean; subscribe: Action; stop?: Action }) {
  const button = (action: Action) => (
    <button class="button button--secondary" type="button" disabled={props.busy} onClick={() => action.onClick()}>
      {action.label}
    </button>
  )
  return (
    <Switch>
      <Match when={props.state === 'on' && props.stop}>{(stop) => button(stop())}</Match>
      <Match when={props.state !== 'on' && props.state !== 'unsupported' && props.state !== 'checking'}>{button(props.subscribe)}</Match>
    </Switch>
  )
}
