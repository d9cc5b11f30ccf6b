import { For, Show, createSignal, onCleanup, onMount } from 'solid-js'
import type { BulkResult, Colleague, QueueItem, QueuePage, StaffMember } from '../../../core/api'
import { mayUse } from '../../../core/staff-routes'
import { savedFilters, type FilterValues } from './parts/SavedFilters'
import ViewExport from './parts/ViewExport'
import { LANGS, LANG_NAMES, type Lang } from '../../../core/langs'
import { STATUSES } from '../../../core/workflow'
import { callApi, isForbidden, postJson } from './parts/api'
import DataTable from './parts/DataTable'
import { makeT } from './parts/t'
import { whenFormatter } from './parts/zone'
import { onShortcut } from './parts/keys'
import { StaffSelect, refuseTooLong } from './parts/staff-form'
import { CharacterCount } from './parts/fields'
import { formatAgo, langText, listOf } from '../../../core/labels'

type Item = QueueItem
type Me = StaffMember

const FILTERS = ['status', 'band', 'kind', 'region', 'lang', 'assignee', 'label', 'overdue', 'q'] as const
type Filters = Record<(typeof FILTERS)[number], string>

/** The triage queue: most urgent first, each factor of the score shown, bulk actions. */
export default function StaffQueue(props: { lang: Lang; messages: Record<string, string>; regions: Array<{ id: string; name: string }> }) {
  const t = makeT(props.messages, props.lang)
  const [me, setMe] = createSignal<Me | null>(null)
  const [items, setItems] = createSignal<Item[]>([])
  const [next, setNext] = createSignal<string | null>(null)
  const [filters, setFilters] = createSignal<Filters>({ status: 'open', band: '', kind: '', region: '', lang: '', assignee: '', label: '', overdue: '', q: '' })
  const [selected, setSelected] = createSignal<string[]>([])
  const [status, setStatus] = createSignal('')
  const [error, setError] = createSignal('')
  const [bulkLabel, setBulkLabel] = createSignal('')
  const [colleagues, setColleagues] = createSignal<Colleague[]>([])
  const [bulkAssignee, setBulkAssignee] = createSignal('')
  // The filters without the search term: what a saved filter keeps.
  const filterValues = (): FilterValues => {
    const { q: _q, ...rest } = filters()
    return rest
  }
  const saved = savedFilters(
    t,
    filterValues,
    (name, values) => {
      setFilters({ status: 'open', band: '', kind: '', region: '', lang: '', assignee: '', label: '', overdue: '', q: '', ...values })
      setStatus(t('staff.filters.applied', { name }))
      load()
    },
    setStatus,
  )
  const when = { format: whenFormatter(props.lang, t) }

  /** The search and label filters are refused past their limit with a message, never cut. */
  const tooLong = () =>
    refuseTooLong(t, setError, [
      { id: 'f-q', label: t('staff.filters.search'), value: filters().q, max: 40 },
      { id: 'f-label', label: t('staff.filters.label'), value: filters().label, max: 40 },
    ])

  async function load(more = false) {
    if (tooLong()) return
    const params = new URLSearchParams()
    // Trimmed here, not as typed: the fields are controlled, and a space typed between two words must stay.
    for (const [key, value] of Object.entries(filters())) if (value.trim()) params.set(key, value.trim())
    if (more && next()) params.set('cursor', next()!)
    const result = await callApi<QueuePage>(`/api/v1/staff/reports?${params}`, { method: 'GET' })
    if (result.kind !== 'ok') return isForbidden(result) ? undefined : setError(t('staff.error.load'))
    setError('')
    setItems(more ? [...items(), ...result.data.items] : result.data.items)
    setNext(result.data.next)
    if (!more) setSelected([])
  }

  onMount(async () => {
    const who = await callApi<Me>('/api/v1/staff/me', { method: 'GET' })
    if (who.kind !== 'ok') return setError(t('staff.error.load'))
    setMe(who.data)
    await load()
    if (mayUse(who.data.role, 'GET /colleagues')) {
      const list = await callApi<{ items: Colleague[] }>('/api/v1/staff/colleagues', { method: 'GET' })
      if (list.kind === 'ok') setColleagues(list.data.items)
    }
  })

  // Keyboard: j/k move, o opens, a acknowledges, n opens the next case, ? explains.
  const [active, setActive] = createSignal(-1)
  const [help, setHelp] = createSignal(false)
  const [more, setMore] = createSignal(false)
  const open = (caseRef: string) => location.assign(`/staff/${props.lang}/case/#${caseRef}`)
  const move = (by: number) => {
    const next = Math.min(Math.max(active() + by, 0), items().length - 1)
    setActive(next)
    document.querySelector<HTMLAnchorElement>(`tr[data-case="${items()[next]?.caseRef}"] th a`)?.focus()
  }
  /** The most urgent case nobody has acknowledged and nobody else has taken. */
  const nextCase = () => items().find((i) => i.status === 'new' && (i.assignee === null || i.assignee === me()?.email))
  // Listening starts in the browser, after hydration (the page is also rendered at build time).
  onMount(() => onCleanup(onShortcut({
      j: () => move(1),
      k: () => move(-1),
      o: () => items()[active()] && open(items()[active()].caseRef),
      a: () => {
        const item = items()[active()]
        if (item) {
          setSelected([item.caseRef])
          bulk('status')
        }
      },
      n: () => {
        const item = nextCase()
        if (item) open(item.caseRef)
      },
      '?': () => setHelp(!help()),
      '/': () => document.getElementById('f-q')?.focus(),
      f: () => (document.querySelector<HTMLElement>('#saved-filters button') ?? document.getElementById('f-more'))?.focus(),
    })),
  )

  async function bulk(action: 'assign' | 'label' | 'status', assignee?: string) {
    const body: Record<string, unknown> = { caseRefs: selected(), action }
    if (action === 'assign') body.assignee = assignee ?? me()!.email
    if (action === 'label') {
      if (refuseTooLong(t, setError, [{ id: 'bulk-label', label: t('staff.bulk.label'), value: bulkLabel(), max: 40 }])) return
      body.label = bulkLabel()
    }
    if (action === 'status') body.status = 'acknowledged'
    const result = await postJson<{ results: BulkResult[] }>('/api/v1/staff/bulk', body)
    if (result.kind !== 'ok') return isForbidden(result) ? undefined : setError(t('staff.error.load'))
    const ok = result.data.results.filter((r) => r.ok).length
    setStatus(t('staff.bulk.done', { ok, failed: result.data.results.length - ok }))
    await load()
  }

  const set = (key: keyof Filters, value: string) => setFilters({ ...filters(), [key]: value })
  /** A filter's choice of values, each with its words, after "any". */
  const Filter = (p: { name: keyof Filters; options: ReadonlyArray<readonly [value: string, words: string]> }) => (
    <StaffSelect id={`f-${p.name}`} label={t(`staff.filters.${p.name}`)} value={filters()[p.name]} onChange={(value) => set(p.name, value)}>
      <option value="">{t('staff.filters.any')}</option>
      <For each={p.options}>{([value, words]) => <option value={value}>{words}</option>}</For>
    </StaffSelect>
  )
  const toggle = (caseRef: string, on: boolean) => setSelected(on ? [...selected(), caseRef] : selected().filter((r) => r !== caseRef))

  return (
    <div class="staff-queue">
      <Show when={error()}>
        <p class="error-summary" role="alert">{error()}</p>
      </Show>
      <Show when={help()}>
        <section class="panel" aria-labelledby="shortcuts">
          <h2 id="shortcuts">{t('staff.keys.title')}</h2>
          <dl class="shortcuts">
            <For each={['j', 'k', 'o', 'a', 'n', '/', 'f', 'r', 's', 't', '?']}>
              {(key) => <><dt><kbd>{key}</kbd></dt><dd>{t(`staff.keys.${key === '?' ? 'help' : key === '/' ? 'search' : key}`)}</dd></>}
            </For>
          </dl>
        </section>
      </Show>
      <form
        class="filters"
        aria-label={t('staff.filters.legend')}
        onSubmit={(e) => {
          e.preventDefault()
          load()
        }}
      >
        <div class="filters__line">
          <p>
            <label class="label" for="f-q">{t('staff.filters.search')}</label>
            <input id="f-q" class="input" aria-describedby="f-q-hint" title={t('staff.filters.searchHint')} value={filters().q} onInput={(e) => set('q', e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Escape' && e.currentTarget.blur()} />
            <span id="f-q-hint" class="visually-hidden">{t('staff.filters.searchHint')}</span>
            <CharacterCount t={t} id="f-q" value={filters().q} limit={40} />
          </p>
          <p>
            <label class="label" for="f-status">{t('staff.filters.status')}</label>
            <select id="f-status" class="select" value={filters().status} onChange={(e) => set('status', e.currentTarget.value)}>
              <option value="open">{t('staff.filters.status.open')}</option>
              <For each={STATUSES}>{(s) => <option value={s}>{t(`case.status.${s}`)}</option>}</For>
            </select>
          </p>
          <Filter name="band" options={['1', '2', '3'].map((band) => [band, t(`staff.band.${band}`)] as const)} />
          <Filter name="kind" options={[['self', t('staff.kind.self')], ['family', t('staff.kind.family')]]} />
          <p>
            <button class="button button--secondary" type="submit">{t('staff.filters.apply')}</button>
          </p>
          <p>
            <button id="f-more" class="button button--secondary" type="button" aria-expanded={more()} aria-controls="more-filters" onClick={() => setMore(!more())}>
              {t('staff.filters.more')}
            </button>
          </p>
          <saved.Chips />
          <p class="filters__next">
            <button class="button" type="button" disabled={!nextCase()} onClick={() => nextCase() && open(nextCase()!.caseRef)}>{t('staff.queue.next')}</button>
          </p>
        </div>
        <div id="more-filters" class="filters__line" hidden={!more()}>
            <Filter name="region" options={props.regions.map((region) => [region.id, region.name] as const)} />
            <Filter name="lang" options={LANGS.map((lang) => [lang, LANG_NAMES[lang]] as const)} />
            <Filter name="assignee" options={[['me', t('staff.filters.assignee.me')], ['none', t('staff.filters.assignee.none')]]} />
            <p>
              <label class="label" for="f-label">{t('staff.filters.label')}</label>
              <input id="f-label" class="input" value={filters().label} onInput={(e) => set('label', e.currentTarget.value)} />
              <CharacterCount t={t} id="f-label" value={filters().label} limit={40} />
            </p>
            <div class="choice">
              <input id="f-overdue" class="choice__input" type="checkbox" checked={filters().overdue !== ''} onChange={(e) => set('overdue', e.currentTarget.checked ? '1' : '')} />
              <label class="choice__label" for="f-overdue">{t('staff.filters.overdue')}</label>
            </div>
            <saved.Manage />
            <Show when={me() && mayUse(me()!.role, 'POST /exports/view')}>
              <ViewExport t={t} view={() => filters()} say={setStatus} />
            </Show>
        </div>
      </form>

      <Show when={selected().length > 0}>
        <fieldset class="fieldset bulk">
          <legend class="legend">{t('staff.bulk.legend')} ({selected().length})</legend>
          <div class="actions">
            <button class="button button--secondary" type="button" onClick={() => bulk('assign')}>{t('staff.bulk.assignMe')}</button>
            <Show when={colleagues().length > 0}>
              <label class="visually-hidden" for="bulk-assignee">{t('staff.assign.to')}</label>
              <select id="bulk-assignee" class="select" onChange={(e) => setBulkAssignee(e.currentTarget.value)}>
                <option value="">{t('staff.assign.to')}</option>
                <For each={colleagues()}>{(c) => <option value={c.email}>{c.name}</option>}</For>
              </select>
              <button class="button button--secondary" type="button" disabled={!bulkAssignee()} onClick={() => bulk('assign', bulkAssignee())}>{t('staff.assign.submit')}</button>
            </Show>
            <button class="button button--secondary" type="button" onClick={() => bulk('status')}>{t('staff.bulk.acknowledge')}</button>
            <label class="visually-hidden" for="bulk-label">{t('staff.bulk.label')}</label>
            <input id="bulk-label" class="input input--medium" placeholder={t('staff.bulk.label')} onInput={(e) => setBulkLabel(e.currentTarget.value.trim())} />
            <button class="button button--secondary" type="button" disabled={!bulkLabel()} onClick={() => bulk('label')}>{t('staff.bulk.label')}</button>
          </div>
          <CharacterCount t={t} id="bulk-label" value={bulkLabel()} limit={40} />
        </fieldset>
      </Show>
      <Show when={status()}>
        <p role="status" class="notice">{status()}</p>
      </Show>

      <DataTable
        caption={t('staff.queue.caption')}
        columns={[
          <span class="visually-hidden">{t('staff.queue.select')}</span>,
          t('staff.queue.person'),
          t('staff.queue.priority'),
          t('staff.queue.where'),
          t('staff.queue.received'),
          t('staff.queue.status'),
          t('staff.queue.assignee'),
          t('staff.queue.unread'),
        ]}
      >
        <For each={items()} fallback={<tr><td colSpan={8}>{t('staff.queue.empty')}</td></tr>}>
          {(item) => (
            <tr class={`${item.kind === 'self' ? 'queue__row--self' : ''} ${items()[active()]?.caseRef === item.caseRef ? 'queue__row--active' : ''}`} data-case={item.caseRef}>
              <td>
                <input
                  type="checkbox"
                  class="choice__input"
                  aria-label={`${t('staff.queue.select')} ${item.caseRef}`}
                  checked={selected().includes(item.caseRef)}
                  onChange={(e) => toggle(item.caseRef, e.currentTarget.checked)}
                />
              </td>
              <th scope="row">
                <a href={`/staff/${props.lang}/case/#${item.caseRef}`}>{item.name ?? t('staff.queue.noName')}</a>
                <Show when={item.age !== null}>{' '}<span>{t('staff.queue.age', { age: item.age! })}</span></Show>
                <Show when={item.minor}>{' '}<strong class="tag tag--minor">{t('staff.queue.minor')}</strong></Show>
                <Show when={item.possibleDuplicate}>{' '}<span class="tag tag--duplicate">{t('staff.queue.duplicate')}</span></Show>
                {' '}
                <small>{item.caseRef} · {t(`staff.kind.${item.kind}`)} · {langText(t, item.lang)}</small>
              </th>
              <td>
                <strong class={`band band--${item.band}`}>{t(`staff.band.${item.band}`)}</strong> {item.priority}{' '}
                <small class="factors-line">
                  {[listOf(item.factors.map((f) => t(`staff.factor.${f.id}`)), props.lang), ...(item.override ? [t('staff.queue.override', { reason: item.override.reason })] : [])].filter(Boolean).join(' · ')}
                </small>
              </td>
              <td>
                {item.destination ? t(`report.country.${item.destination}`) : ''}
                <Show when={props.regions.find((r) => r.id === item.region)}>{(r) => <small> · {r().name}</small>}</Show>
              </td>
              <td>
                {when.format(item.createdAt)}{' '}
                <small>{formatAgo(item.createdAt, props.lang)}</small>
              </td>
              <td>
                {t(`case.status.${item.status}`)}
                <Show when={item.overdue}>
                  {' '}
                  <strong class="overdue">{t('staff.queue.overdue')}</strong>
                </Show>
                <Show when={item.ackDeadline && item.status === 'new'}>
                  {' '}
                  <small>{t('staff.queue.deadline')}: {when.format(item.ackDeadline!)}</small>
                </Show>
              </td>
              <td>{item.assigneeName ?? ''}</td>
              <td>
                <Show when={item.unread > 0}>
                  <strong class="tag tag--unread">{t('staff.queue.unreadCount', { count: item.unread })}</strong>
                </Show>
                <Show when={item.labels.length > 0}>{' '}<small>{listOf(item.labels, props.lang)}</small></Show>
              </td>
            </tr>
          )}
        </For>
      </DataTable>
      <p class="hint">
        {t('staff.keys.hint')}{' '}
        <Show when={me()}>{(who) => t('staff.signedInAs', { name: who().name, role: t(`staff.role.${who().role}`) })}</Show>
      </p>
      <Show when={next()}>
        <p>
          <button class="button button--secondary" type="button" onClick={() => load(true)}>{t('staff.queue.more')}</button>
        </p>
      </Show>
    </div>
  )
}
