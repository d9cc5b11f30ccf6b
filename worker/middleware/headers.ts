import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import site from '../generated/site.json' with { type: 'json' }
import type { AppEnv } from '../env'

/**
 * Content-Security-Policy for every response. Astro's island loader is an inline
 * script; rather than allowing inline scripts at all, the build hashes each inline
 * script and style it emits (scripts/build.mjs) and only those run (security.md §5).
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'none'"],
  // Turnstile's widget script and frame (Cloudflare docs: Turnstile and CSP).
  scriptSrc: ["'self'", 'https://challenges.cloudflare.com', ...site.scriptHashes],
  styleSrc: ["'self'", ...site.styleHashes],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  frameSrc: ['https://challenges.cloudflare.com'],
  manifestSrc: ["'self'"],
  workerSrc: ["'self'"],
  formAction: ["'self'"],
  baseUri: ["'none'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
}

const secure = secureHeaders({
  contentSecurityPolicy,
  strictTransportSecurity: 'max-age=63072000; includeSubDomains',
  xFrameOptions: 'DENY',
  xContentTypeOptions: 'nosniff',
  referrerPolicy: 'no-referrer',
  crossOriginOpenerPolicy: 'same-origin',
  crossOriginResourcePolicy: 'same-origin',
  crossOriginEmbedderPolicy: false,
  originAgentCluster: '?1',
  xDnsPrefetchControl: 'off',
  xDownloadOptions: 'noopen',
  xPermittedCrossDomainPolicies: 'none',
  xXssProtection: '0',
  permissionsPolicy: {
    // The self-report may ask for the browser's location (issue: self-report path).
    geolocation: ['self'],
    camera: [],
    microphone: [],
    payment: [],
    usb: [],
    browsingTopics: [],
  },
})

/** Security headers everywhere, and no caching of anything the API answers. */
export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await secure(c, async () => {
    await next()
    if (new URL(c.req.url).pathname.startsWith('/api/')) {
      c.header('Cache-Control', 'no-store')
    }
  })
}
