import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { getVault } from '../../worker/vault'

const enc = new TextEncoder()
const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('')

/** The receipt hash exactly as the first release computed and stored it. */
async function firstReleaseReceiptHash(secret: string, code: string): Promise<string> {
  const ikm = await crypto.subtle.importKey('raw', enc.encode(secret), 'HKDF', false, ['deriveKey'])
  const key = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: enc.encode('homeward/v1'), info: enc.encode('receipt') },
    ikm,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  )
  return hex(await crypto.subtle.sign('HMAC', key, enc.encode(`receipt\u0000${code}`)))
}

describe('the vault', () => {
  it('keeps the receipt hash and every other opaque hash under keys of their own', async () => {
    const vault = await getVault(env)
    const value = 'K7M2Q9X4R8T3V6W1Y5Z2'
    const hashes = new Set([
      await vault.receiptHash(value),
      await vault.opaqueHash('receipt', value),
      await vault.opaqueHash('idempotency', value),
      await vault.opaqueHash('rate-limit', value),
      await vault.blindIndex('receipt', value),
    ])
    expect(hashes.size).toBe(5)
  })

  it('still verifies receipt hashes stored before the keys were split', async () => {
    const vault = await getVault(env)
    const code = 'K7M2Q9X4R8T3V6W1Y5Z2'
    expect(await vault.receiptHash(code)).toBe(await firstReleaseReceiptHash(env.RECEIPT_KEY, code))
  })

  it('seals a photo as bytes: the stored size is the photo and 28 bytes of IV and tag', async () => {
    const vault = await getVault(env)
    const { key } = await vault.newDataKey()
    const photo = crypto.getRandomValues(new Uint8Array(30_000))
    const sealed = await vault.sealPhoto(key, 'report-1', photo)
    expect(sealed.length).toBe(photo.length + 28)
    expect([...(await vault.openPhoto(key, 'report-1', sealed))]).toEqual([...photo])
    // Bound to its case: another report's id does not open it.
    await expect(vault.openPhoto(key, 'report-2', sealed)).rejects.toThrow()
  })
})
