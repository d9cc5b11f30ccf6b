/**
 * The Turnstile site key the forms render with: TURNSTILE_SITEKEY at build time, or
 * Cloudflare's always-passing test key for local builds (islands/parts/turnstile.ts hands
 * its documented dummy token over without loading Cloudflare's script).
 */
export const turnstileSitekey = process.env.TURNSTILE_SITEKEY ?? '1x00000000000000000000AA'
