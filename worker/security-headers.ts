/**
 * The security headers every response carries (OWASP Secure Headers Project), in one place: the
 * Worker sets them on what it answers (worker/middleware/headers.ts) and the build
 * writes them into site/dist/_headers for the files Workers Static Assets serves
 * without waking the Worker (wrangler.toml run_worker_first).
 *
 * Content-Security-Policy: Astro's island loader is an inline script; rather than
 * allowing inline scripts at all, the build hashes each inline script and style it
 * emits (scripts/build.mjs) and only those run.
 */
export type SiteHashes = { scriptHashes: string[]; styleHashes: string[] }

export function contentSecurityPolicy(site: SiteHashes): string {
  return [
    "default-src 'none'",
    // Turnstile's widget script and frame (Cloudflare docs: Turnstile and CSP).
    ["script-src 'self' https://challenges.cloudflare.com", ...site.scriptHashes].join(' '),
    ["style-src 'self'", ...site.styleHashes].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    'frame-src https://challenges.cloudflare.com',
    "manifest-src 'self'",
    "worker-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}

export function securityHeaders(site: SiteHashes): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(site),
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Origin-Agent-Cluster': '?1',
    'X-DNS-Prefetch-Control': 'off',
    'X-Download-Options': 'noopen',
    'X-Permitted-Cross-Domain-Policies': 'none',
    'X-XSS-Protection': '0',
    // The self-report may ask for the browser's location.
    'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  }
}

/**
 * Files served straight from Workers Static Assets, by path pattern: these never wake
 * the Worker, so their headers come from _headers. Everything else (pages, for the
 * urgent banner and the language redirects; feeds, for their media types; the API and
 * the console) runs the Worker first.
 */
export const STATIC_PATHS = ['/_astro/*', '/favicon.svg', '/manifest.webmanifest', '/sw.js', '/sw-register.js', '/quick-exit.js'] as const

/** Extra headers for some of those files, beside the security headers all carry. */
const STATIC_RULES: Record<string, Record<string, string>> = {
  // Astro fingerprints these file names, so they never change.
  '/_astro/*': { 'Cache-Control': 'public, max-age=31536000, immutable' },
  // Browsers check for a new service worker on every visit; never serve a stale one.
  '/sw.js': { 'Cache-Control': 'no-cache' },
}

/** The _headers file (Cloudflare's format: a path pattern, then indented `Name: value` lines). */
export function headersFile(site: SiteHashes): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')
  return `${[block('/*', securityHeaders(site)), ...Object.entries(STATIC_RULES).map(([pattern, headers]) => block(pattern, headers))].join('\n\n')}\n`
}
