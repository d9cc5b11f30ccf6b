/**
 * An opened case survives a switch of language (issue 15, issue 19). The codes never go
 * into a URL; while a case is open they live in the page's memory only, and when the
 * reader follows a link of the language switcher they are handed to the case page in
 * the other language through this tab's sessionStorage: written on that click, read and
 * removed at once by the next case page, and ignored after 30 seconds. Other tabs, a
 * reload or a later visit never see them, and quick exit clears sessionStorage.
 */
const HANDOFF_KEY = 'homeward.case.languageSwitch'
const HANDOFF_MS = 30_000

export type CaseCodes = { caseRef: string; receiptCode: string }

export function handOver(codes: CaseCodes) {
  try {
    sessionStorage.setItem(HANDOFF_KEY, JSON.stringify({ ...codes, at: Date.now() }))
  } catch {
    // Storage blocked: the next page asks for the codes again.
  }
}

/** The codes handed over by the page just left, once; null when there are none or they are stale. */
export function takeOver(now = Date.now()): CaseCodes | null {
  try {
    const stored = sessionStorage.getItem(HANDOFF_KEY)
    sessionStorage.removeItem(HANDOFF_KEY)
    if (!stored) return null
    const { caseRef, receiptCode, at } = JSON.parse(stored) as CaseCodes & { at: number }
    if (typeof caseRef !== 'string' || typeof receiptCode !== 'string' || !(now - at >= 0 && now - at < HANDOFF_MS)) return null
    return { caseRef, receiptCode }
  } catch {
    return null
  }
}

/** Hands the codes over when the reader follows a link of the language switcher; returns the remover. */
export function handOverOnLanguageSwitch(codes: () => CaseCodes | null): () => void {
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest?.('.lang-switcher a[hreflang]')
    const open = codes()
    if (link && open) handOver(open)
  }
  document.addEventListener('click', onClick)
  return () => document.removeEventListener('click', onClick)
}
