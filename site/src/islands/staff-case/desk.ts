import { onCleanup } from 'solid-js'
import type { StaffCaseView } from '../../../../core/api'
import type { Lang } from '../../../../core/langs'
import type { ApiResult } from '../parts/api'
import type { T } from '../parts/t'

/** What every part of the open case shares: the words, the case's API and its writers. */
export type Desk = {
  t: T
  lang: Lang
  /** The open case's API path, with `path` after it. */
  api: (path?: string) => string
  /** Shows the outcome of a write (saved, or the problem in words) and loads the case again. */
  after: (result: ApiResult<unknown>, reset?: () => void) => Promise<void>
  /** Posts to the open case with the version read, then as `after`. */
  edit: (path: string, body: Record<string, unknown>, reset?: () => void) => Promise<void>
  /** A person on the timeline or a note by name; someone no longer on staff as such. */
  person: (name: string | null, email: string | null) => string
  when: { format: (iso: string) => string }
  /** Back to the page after a form's work is done, so the next shortcut works at once. */
  toHeading: () => void
  /** An answer past its limit is refused with a message naming it, never cut nor sent (true when refused). */
  tooLong: (...fields: Array<{ id: string; label: string; value: string; max: number }>) => boolean
}

export type CaseProps = { desk: Desk; c: StaffCaseView }

/** Runs `fn` whenever another case is opened in this page (the hash changes). */
export function onCaseChange(fn: () => void) {
  window.addEventListener('hashchange', fn)
  onCleanup(() => window.removeEventListener('hashchange', fn))
}

/** Ctrl+Enter (⌘+Enter) sends the form it is pressed in. */
export const sendOnCtrlEnter = (e: KeyboardEvent) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault()
    ;(e.currentTarget as HTMLFormElement).requestSubmit()
  }
}
