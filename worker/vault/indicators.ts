/**
 * Identifiers (phone numbers, handles, accounts) as the offer check and reports name
 * them: found by a blind index, their values sealed under a key of their own.
 * worker/db/indicators.ts stores and returns them sealed.
 */
import type { IndicatorRow } from '../../core/api'
import type { Indicator } from '../../core/offer-check'
import { lookupIndicators, storedType, type IndicatorMatch, type SealedIndicator, type SealedIndicatorRow } from '../db/indicators'
import type { Vault } from './index'

const hashOf = (vault: Vault, indicator: Indicator) => vault.blindIndex(`indicator:${storedType(indicator.type)}`, indicator.value)

/** The blind indexes of identifiers, in the same order, to look them up by. */
export const indicatorHashes = (vault: Vault, indicators: readonly Indicator[]) => Promise.all(indicators.map((i) => hashOf(vault, i)))

/** Confirmed identifiers among those asked about, looked up by their blind indexes, with how many reports mention each. */
export async function lookupConfirmed(db: D1Database, vault: Vault, asked: readonly Indicator[]): Promise<IndicatorMatch[]> {
  return lookupIndicators(db, asked, await indicatorHashes(vault, asked))
}

/** Identifiers ready to store: each value sealed under a new key, bound to its type and hash. */
export async function sealIndicators(vault: Vault, indicators: readonly Indicator[]): Promise<SealedIndicator[]> {
  const sealed: SealedIndicator[] = []
  for (const indicator of indicators) {
    const type = storedType(indicator.type)
    const hash = await hashOf(vault, indicator)
    const { key, wrapped } = await vault.newDataKey()
    sealed.push({ type, hash, wrappedKey: wrapped, value: await vault.seal(key, `indicator:${type}:${hash}`, indicator.value) })
  }
  return sealed
}

/** Identifiers for staff review, values opened. */
export function openIndicators(vault: Vault, rows: readonly SealedIndicatorRow[]): Promise<IndicatorRow[]> {
  return Promise.all(
    rows.map(async ({ value_hash, wrapped_key, ...row }) => ({
      ...row,
      value: await vault.open(await vault.unwrapDataKey(wrapped_key), `indicator:${row.type}:${value_hash}`, row.value),
    })),
  )
}
