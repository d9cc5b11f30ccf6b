import type { Context } from 'hono'
import type { AppEnv } from './env'

/** The client's IP, only from CF-Connecting-IP (ASVS 4.1.3); never stored as sent. */
export function clientIp(c: Context<AppEnv>): string {
  return c.req.header('cf-connecting-ip') ?? '0.0.0.0'
}

/**
 * Asks a rate-limiting binding whether this client may go on. The key is the route
 * and the client IP (the binding is a per-location backstop; exact caps live in D1).
 */
export async function allowedByLimiter(limiter: RateLimit, route: string, ip: string): Promise<boolean> {
  const { success } = await limiter.limit({ key: `${route}:${ip}` })
  return success
}
