import type { MiddlewareHandler } from 'hono'
import site from '../generated/site.json' with { type: 'json' }
import type { AppEnv } from '../env'
import { securityHeaders as headersFor } from '../security-headers'

const HEADERS = Object.entries(headersFor(site))

/** Security headers everywhere, and no caching of anything the API answers. */
export const securityHeaders: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  for (const [name, value] of HEADERS) c.res.headers.set(name, value)
  if (new URL(c.req.url).pathname.startsWith('/api/')) c.res.headers.set('Cache-Control', 'no-store')
}
