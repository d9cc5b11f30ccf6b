import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'
import { problem } from '../problem'
import { clientIp } from '../request'
import { getVault } from '../vault'

/**
 * Asks a rate-limiting binding whether this client may go on. The key is the route and
 * an HMAC of the client's address under its own key: the binding's state (and the local
 * simulator's files) never hold an address as sent. The binding is a per-location
 * backstop; exact caps live in D1.
 */
export async function isAllowed(c: Context<AppEnv>, limiter: RateLimit, route: string): Promise<boolean> {
  const client = await (await getVault(c.env)).opaqueHash('rate-limit', clientIp(c))
  const { success } = await limiter.limit({ key: `${route}:${client}` })
  return success
}

/** The binding's window is a minute (wrangler.toml), so that is the wait to tell. */
export function rateLimited(c: Context<AppEnv>): Response {
  c.header('Retry-After', '60')
  return problem(c, 'rate-limited', 429)
}

/** Middleware form: 429 with Retry-After once this client is past the binding's limit. */
export const rateLimit =
  (binding: 'WRITE_LIMITER' | 'LOOKUP_LIMITER', route: string): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    if (!(await isAllowed(c, c.env[binding], route))) return rateLimited(c)
    await next()
  }
