import { createSignal, onMount } from 'solid-js'
import { problemMessage, type ApiFailure } from '../../../../core/api'
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
  /** A refusal: a 400's field errors beside their fields, any other problem as one message. */
  const showProblem = (failure: ApiFailure) =>
    failure.kind === 'problem' && failure.status === 400 && failure.problem.errors?.length ? show(failure.problem.errors) : show([], problemMessage(failure, t))
  /** What every field of the form shares: its name, the words, and its error (read when shown). */
  const fieldOf = (field: string) => ({ t, field, get error() { return errorFor(field) } })
  return { errors, banner, focusKey, show, showProblem, errorFor, fieldOf, clear: () => show([]) }
}
