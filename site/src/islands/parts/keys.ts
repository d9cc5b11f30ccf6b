/**
 * Single-key shortcuts for the console that never fire while the officer types: not
 * in a text field, a drop-down or anything editable, and not with Ctrl, Alt or Meta.
 */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null
  if (!target) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

export function onShortcut(handlers: Record<string, () => void>): () => void {
  const listener = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented || isTyping(event)) return
    const handler = handlers[event.key]
    if (!handler) return
    event.preventDefault()
    handler()
  }
  window.addEventListener('keydown', listener)
  return () => window.removeEventListener('keydown', listener)
}
