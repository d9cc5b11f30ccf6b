import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './env'
import { secretFault, type SecretFault } from '../core/secret-strength'
import { problem } from './problem'

/**
 * The key secrets (MASTER_KEY, INDEX_KEY, RECEIPT_KEY, and MASTER_KEY_PREVIOUS while
 * rotating) must be what the README asks for: at least 32 random bytes, written as
 * base64, base64url or hex (`openssl rand -base64 32`, `openssl rand -hex 32`). A
 * passphrase or a placeholder is refused at the first request, with a log line that
 * names the secret and the reason (never its value), and the API answers 503 until
 * it is replaced: data encrypted under a weak key cannot be re-protected later.
 */
export const SECRET_NAMES = ['MASTER_KEY', 'INDEX_KEY', 'RECEIPT_KEY', 'MASTER_KEY_PREVIOUS'] as const

export type SecretsConfig = Partial<Record<(typeof SECRET_NAMES)[number], string>>

/** Every weak secret by name; MASTER_KEY_PREVIOUS only when it is set. */
export function weakSecrets(env: SecretsConfig): Array<{ name: string; fault: SecretFault }> {
  const found: Array<{ name: string; fault: SecretFault }> = []
  for (const name of SECRET_NAMES) {
    if (name === 'MASTER_KEY_PREVIOUS' && !env[name]) continue
    const fault = secretFault(env[name])
    if (fault) found.push({ name, fault })
  }
  return found
}

const checked = new Map<string, Array<{ name: string; fault: SecretFault }>>()

/**
 * Checks the secrets once per isolate (and again only when they change), logs what is
 * wrong, and refuses every API request and every form post while any is weak. Static
 * pages still load, so the help page and its phone numbers stay reachable.
 */
export const requireStrongSecrets: MiddlewareHandler<AppEnv> = async (c, next) => {
  const env = c.env as unknown as SecretsConfig
  const id = SECRET_NAMES.map((name) => env[name] ?? '').join('\u0000')
  let weak = checked.get(id)
  if (!weak) {
    weak = weakSecrets(env)
    checked.set(id, weak)
    if (weak.length > 0) console.error(JSON.stringify({ level: 'error', event: 'weak-secrets', secrets: weak }))
  }
  const method = c.req.method
  if (weak.length > 0 && (new URL(c.req.url).pathname.startsWith('/api/') || (method !== 'GET' && method !== 'HEAD'))) {
    return problem(c, 'misconfigured', 503)
  }
  await next()
}
