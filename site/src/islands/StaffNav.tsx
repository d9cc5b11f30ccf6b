import { For, Show, createSignal, onMount } from 'solid-js'
import type { StaffMember } from '../../../core/api'
import type { Lang } from '../../../core/langs'
import type { Role } from '../../../core/roles'
import { CONSOLE_PAGES, mayOpen, type ConsolePage } from '../../../core/staff-routes'
import { callApi } from './parts/api'
import { makeT } from './parts/t'

const NAV: ConsolePage[] = ['queue', 'indicators', 'stats', 'audit', 'notice', 'members']

/**
 * The console's navigation: only the pages the officer's role may open (the same
 * table the API enforces), and on a page it may not, a sentence saying so.
 * Until the role is known only what every role may open is offered.
 */
export default function StaffNav(props: { lang: Lang; page: ConsolePage; label: string; messages: Record<string, string> }) {
  const t = makeT(props.messages, props.lang)
  const [role, setRole] = createSignal<Role | null>(null)
  onMount(async () => {
    const who = await callApi<StaffMember>('/api/v1/staff/me', { method: 'GET' })
    if (who.kind === 'ok') setRole(who.data.role)
  })
  const shown = () => NAV.filter((page) => mayOpen(role() ?? 'viewer', page))
  const href = (page: ConsolePage) => `/staff/${props.lang}/${CONSOLE_PAGES[page].path ? `${CONSOLE_PAGES[page].path}/` : ''}`
  return (
    <>
      <nav class="container doors" aria-label={props.label}>
        <ul>
          <For each={shown()}>
            {(page) => <li><a href={href(page)} aria-current={page === props.page ? 'page' : undefined}>{t(CONSOLE_PAGES[page].name)}</a></li>}
          </For>
        </ul>
      </nav>
      <Show when={role() && !mayOpen(role()!, props.page)}>
        <div class="container">
          <p class="error-summary" role="alert" data-testid="forbidden">
            {t('staff.forbidden.sentence', { role: t(`staff.role.${role()}`), what: t(CONSOLE_PAGES[props.page].what) })}
          </p>
        </div>
      </Show>
    </>
  )
}
