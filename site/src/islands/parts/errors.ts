import { createSignal, onMount } from 'solid-js'
import type { ShownError } from './ErrorSummary'
import type { T } from './t'

/**
 * The GOV.UK error pattern's state for one form: the messages by field, a message
 * for the whole form, a key that moves focus to the summary on every failed submit,
 * and "Error:" before the page title while there are errors.
 */
export function createErrors(t: T) {
  const [errors, setErrors] = createSignal<ShownError[]>([])
  const [banner, setBanner] = createSignal('')
  const [focusKey, setFocusKey] = createSignal(0)
  let baseTitle = ''
  onMount(() => {
    baseTitle = document.title
  })
  function show(list: ShownError[], message = '') {
    setErrors(list)
    setBanner(message)
    setFocusKey((k) => k + 1)
    document.title = list.length || message ? `${t('error.prefix')} ${baseTitle}` : baseTitle
  }
  const errorFor = (field: string) => {
    const found = errors().find((e) => e.field === field)
    return found ? t(found.code) : undefined
  }
  return { errors, banner, focusKey, show, errorFor, clear: () => show([]) }
}
