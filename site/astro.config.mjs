import { defineConfig } from 'astro/config'
import solid from '@astrojs/solid-js'

// SITE_URL is the public origin, used for canonical and hreflang links (absolute,
// as search engines require). Locally it is the dev server.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:8787',
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets: the CSP allows 'self' styles, not inline ones.
    inlineStylesheets: 'never',
  },
  integrations: [solid()],
  vite: {
    // Never inline scripts or fonts as data: URLs; keep them cacheable files.
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
  telemetry: false,
})
