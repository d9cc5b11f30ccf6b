/**
 * Turnstile in the browser. Cloudflare documents that its test site keys always
 * produce the token XXXX.DUMMY.TOKEN.XXXX (pass) or no token (block), so with a test
 * key we hand over that token without loading Cloudflare's script: a local machine
 * with no internet can still submit. Real site keys load the widget.
 */
const DUMMY_TOKEN = 'XXXX.DUMMY.TOKEN.XXXX'
const PASSING_TEST_KEYS = ['1x00000000000000000000AA', '1x00000000000000000000BB']
const BLOCKING_TEST_KEYS = ['2x00000000000000000000AB', '2x00000000000000000000BB']

declare global {
  interface Window {
    turnstile?: {
      render(el: HTMLElement, options: Record<string, unknown>): string
      reset(id?: string): void
    }
  }
}

export type TurnstileHandle = { reset(): void }

export function mountTurnstile(
  el: HTMLElement,
  sitekey: string,
  action: string,
  lang: string,
  onToken: (token: string | null) => void,
): TurnstileHandle {
  if (PASSING_TEST_KEYS.includes(sitekey)) {
    onToken(DUMMY_TOKEN)
    return { reset: () => onToken(DUMMY_TOKEN) }
  }
  if (BLOCKING_TEST_KEYS.includes(sitekey)) {
    onToken(null)
    return { reset: () => onToken(null) }
  }
  let widget: string | undefined
  const render = () => {
    widget = window.turnstile!.render(el, {
      sitekey,
      action,
      language: lang,
      callback: (token: string) => onToken(token),
      'expired-callback': () => onToken(null),
      'error-callback': () => onToken(null),
    })
  }
  if (window.turnstile) render()
  else {
    const script = document.createElement('script')
    script.src = 'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit'
    script.async = true
    script.onload = render
    script.onerror = () => onToken(null)
    document.head.append(script)
  }
  return {
    reset() {
      onToken(null)
      if (window.turnstile && widget) window.turnstile.reset(widget)
    },
  }
}
