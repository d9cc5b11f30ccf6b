import { For, Show, createSignal, onMount } from 'solid-js'
import type { SavedFilter } from '../../../../core/api'
import { callApi, postJson } from './api'
import type { T } from './t'
import { CharacterCount } from './fields'
import { refuseTooLong } from './staff-form'

export type FilterValues = SavedFilter['filters']

/**
 * An officer's saved queue filters: `Chips` applies one with one click (or Enter), `Manage`
 * names the current filters and deletes saved ones. Both read one store, made by `savedFilters`.
 */
export function savedFilters(t: T, current: () => FilterValues, apply: (name: string, filters: FilterValues) => void, say: (text: string) => void) {
  const [items, setItems] = createSignal<SavedFilter[]>([])
  const [name, setName] = createSignal('')
  const [error, setError] = createSignal('')
  const load = async () => {
    const result = await callApi<{ items: SavedFilter[] }>('/api/v1/staff/filters', { method: 'GET' })
    if (result.kind === 'ok') setItems(result.data.items)
  }
  onMount(load)

  async function save(event: Event) {
    event.preventDefault()
    if (!name().trim()) return setError(t('staff.filters.error.name'))
    if (refuseTooLong(t, setError, [{ id: 'save-filter-name', label: t('staff.filters.saveName'), value: name(), max: 60 }])) return
    // Only the filters, never the search term (see core/staff.ts SavedFilterInput).
    const filters = Object.fromEntries(Object.entries(current()).map(([key, value]) => [key, value?.trim()]).filter(([, value]) => value))
    const result = await postJson<SavedFilter>('/api/v1/staff/filters', { name: name().trim(), filters })
    if (result.kind !== 'ok') {
      const code = result.kind === 'problem' ? result.problem.errors?.[0]?.code : undefined
      return setError(t(code?.startsWith('staff.') ? code : code ? 'staff.filters.error.name' : 'staff.error.load'))
    }
    setError('')
    say(t('staff.filters.savedDone', { name: result.data.name }))
    setName('')
    await load()
  }

  async function remove(filter: SavedFilter) {
    const result = await postJson(`/api/v1/staff/filters/${encodeURIComponent(filter.id)}/delete`, {})
    if (result.kind !== 'ok') return setError(t('staff.error.load'))
    say(t('staff.filters.deleted', { name: filter.name }))
    await load()
    document.getElementById('save-filter-name')?.focus()
  }

  const Chips = () => (
    <Show when={items().length > 0}>
      <div class="saved-filters" role="group" aria-label={t('staff.filters.saved')} id="saved-filters">
        <For each={items()}>
          {(filter) => (
            <button class="chip" type="button" data-saved-filter={filter.name} onClick={() => apply(filter.name, filter.filters)}>
              {filter.name}
            </button>
          )}
        </For>
      </div>
    </Show>
  )

  const Manage = () => (
    <div class="saved-filters__manage">
      <p>
        <label class="label" for="save-filter-name">{t('staff.filters.saveName')}</label>
        <span class="hint" id="save-filter-hint">{t('staff.filters.saveHint')}</span>
        <input
          id="save-filter-name"
          class="input input--medium"
          aria-describedby="save-filter-hint"
          value={name()}
          onInput={(e) => setName(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && save(e)}
        />
        {' '}
        <button class="button button--secondary" type="button" onClick={save}>{t('staff.filters.save')}</button>
        <CharacterCount t={t} id="save-filter-name" value={name()} limit={60} />
      </p>
      <Show when={error()}>
        <p class="error-message" role="alert">{error()}</p>
      </Show>
      <h2 class="saved-filters__title">{t('staff.filters.saved')}</h2>
      <Show when={items().length > 0} fallback={<p>{t('staff.filters.savedNone')}</p>}>
        <ul class="saved-filters__list">
          <For each={items()}>
            {(filter) => (
              <li>
                {filter.name}{' '}
                <button class="chip chip--delete" type="button" onClick={() => remove(filter)}>
                  {t('staff.filters.delete')}<span class="visually-hidden"> “{filter.name}”</span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  )

  return { Chips, Manage, items }
}
