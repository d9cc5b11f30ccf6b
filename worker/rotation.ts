import { WRAPPED_KEY_TABLES, listWrappedKeys, replaceWrappedKeys } from './db/keys'
import type { Vault } from './vault'

/**
 * Key rotation: re-wraps every data key not yet under the current MASTER_KEY (the
 * previous one must be set as MASTER_KEY_PREVIOUS meanwhile). The data itself is not
 * re-encrypted: only its keys change wrapping, so a rotation touches one small row per
 * case. Runs in batches; returns what it did and what remains.
 */
export async function rewrapKeys(db: D1Database, vault: Vault, batch = 200): Promise<{ rewrapped: number; remaining: number }> {
  let rewrapped = 0
  let remaining = 0
  for (const table of WRAPPED_KEY_TABLES) {
    const stale = (await listWrappedKeys(db, table)).filter((row) => !vault.isCurrent(row.wrapped_key))
    const now = stale.slice(0, Math.max(0, batch - rewrapped))
    await replaceWrappedKeys(db, table, await Promise.all(now.map(async (row) => ({ ...row, rewrapped: await vault.rewrapDataKey(row.wrapped_key) }))))
    rewrapped += now.length
    remaining += stale.length - now.length
  }
  return { rewrapped, remaining }
}
