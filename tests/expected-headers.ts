import site from '../worker/generated/site.json'

/**
 * The security headers every answer carries, written out by hand (GlobaLeaks' test_api
 * pattern): the Worker's tests and the browser tests against the dev server's static
 * files assert these exact values.
 */
const hashes = (list: string[]) => list.map((h) => ` ${h}`).join('')
export const CSP =
  `default-src 'none'; script-src 'self' https://challenges.cloudflare.com${hashes(site.scriptHashes)}; style-src 'self'${hashes(site.styleHashes)}; ` +
  "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; frame-src https://challenges.cloudflare.com; manifest-src 'self'; " +
  "worker-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'"

export const EXPECTED: Record<string, string> = {
  'content-security-policy': CSP,
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  'x-xss-protection': '0',
}

export function headersOf(res: { headers: { get(name: string): string | null } }) {
  return Object.fromEntries(Object.keys(EXPECTED).map((name) => [name, res.headers.get(name)]))
}
