/**
 * Application-level encryption of personal data before it reaches D1 (security.md §3):
 * - every case has its own random AES-256-GCM data key, stored only wrapped (AES-KW)
 *   by a key-encryption key derived with HKDF from MASTER_KEY; deleting the wrapped
 *   key crypto-shreds the case, backups and D1 Time Travel included;
 * - each record is sealed with a random 96-bit IV and the record's id and purpose as
 *   associated data, so a ciphertext moved to another row does not decrypt;
 * - blind indexes, receipt codes and every other opaque hash are HMAC-SHA-256, each
 *   purpose under its own HKDF-derived key (no two purposes share a key: RFC 5869 §3.2).
 * HKDF, not PBKDF2: the secrets are random, and production caps PBKDF2 iterations.
 */

const enc = new TextEncoder()
const dec = new TextDecoder()

/**
 * MASTER_KEY_PREVIOUS is set only while keys are being rotated: data keys wrapped by it
 * can still be opened, and `rewrapDataKey` moves them under the current MASTER_KEY.
 */
export type Secrets = { MASTER_KEY: string; INDEX_KEY: string; RECEIPT_KEY: string; MASTER_KEY_PREVIOUS?: string }

export type Vault = {
  newDataKey(): Promise<{ key: CryptoKey; wrapped: string }>
  unwrapDataKey(wrapped: string): Promise<CryptoKey>
  /** Whether a wrapped key is under the current master key. */
  isCurrent(wrapped: string): boolean
  /** The same data key, wrapped under the current master key (key rotation). */
  rewrapDataKey(wrapped: string): Promise<string>
  seal(key: CryptoKey, aad: string, plaintext: string): Promise<string>
  open(key: CryptoKey, aad: string, sealed: string): Promise<string>
  /** A photo sealed as bytes (IV then ciphertext), bound to its case. */
  sealPhoto(key: CryptoKey, reportId: string, photo: Uint8Array): Promise<Uint8Array<ArrayBuffer>>
  /** Opens a sealed photo, as bytes or in the older base64-in-the-seal format. */
  openPhoto(key: CryptoKey, reportId: string, sealed: Uint8Array): Promise<Uint8Array<ArrayBuffer>>
  blindIndex(kind: string, value: string): Promise<string>
  receiptHash(receiptCode: string): Promise<string>
  /** Hash for values that must not be stored as sent (idempotency keys, client addresses), one key per purpose. */
  opaqueHash(purpose: string, value: string): Promise<string>
}

export function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

async function hkdf(
  secret: string,
  info: string,
  algorithm: { name: 'AES-KW'; length: number } | { name: 'HMAC'; hash: string; length: number },
  usages: Array<'wrapKey' | 'unwrapKey' | 'sign'>,
) {
  if (!secret || secret.length < 32) throw new Error(`secret for ${info} is missing or shorter than 32 characters`)
  const ikm = await crypto.subtle.importKey('raw', enc.encode(secret), 'HKDF', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: enc.encode('homeward/v1'), info: enc.encode(info) },
    ikm,
    algorithm,
    false,
    usages,
  )
}

async function hmacHex(key: CryptoKey, message: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(message)))
  return [...mac].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** A short public id of a key-encryption key, stored with each wrapped key: `kekId.base64`. */
async function kekIdOf(secret: string): Promise<string> {
  const key = await hkdf(secret, 'kek-id', { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign'])
  return (await hmacHex(key, 'kek-id')).slice(0, 12)
}

const cache = new Map<string, Promise<Vault>>()

/** The crypto for a set of secrets; keys are derived once per isolate. */
export function getVault(secrets: Secrets): Promise<Vault> {
  const id = `${secrets.MASTER_KEY}\u0000${secrets.INDEX_KEY}\u0000${secrets.RECEIPT_KEY}\u0000${secrets.MASTER_KEY_PREVIOUS ?? ''}`
  let made = cache.get(id)
  if (!made) {
    made = makeVault(secrets)
    made.catch(() => cache.delete(id))
    cache.set(id, made)
  }
  return made
}

async function makeVault(secrets: Secrets): Promise<Vault> {
  const kek = await hkdf(secrets.MASTER_KEY, 'kek', { name: 'AES-KW', length: 256 }, ['wrapKey', 'unwrapKey'])
  const kekId = await kekIdOf(secrets.MASTER_KEY)
  const keks = new Map([[kekId, kek]])
  if (secrets.MASTER_KEY_PREVIOUS) {
    keks.set(
      await kekIdOf(secrets.MASTER_KEY_PREVIOUS),
      await hkdf(secrets.MASTER_KEY_PREVIOUS, 'kek', { name: 'AES-KW', length: 256 }, ['wrapKey', 'unwrapKey']),
    )
  }
  const unwrap = (wrapped: string, extractable: boolean) => {
    const [id, data] = wrapped.split('.')
    const wrapping = keks.get(id)
    if (!wrapping || !data) throw new Error('data key wrapped by an unknown master key')
    return crypto.subtle.unwrapKey('raw', fromBase64(data), wrapping, 'AES-KW', { name: 'AES-GCM', length: 256 }, extractable, [
      'encrypt',
      'decrypt',
    ])
  }
  const wrap = async (key: CryptoKey) => `${kekId}.${toBase64(new Uint8Array(await crypto.subtle.wrapKey('raw', key, kek, 'AES-KW')))}`
  const indexKey = await hkdf(secrets.INDEX_KEY, 'blind-index', { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign'])
  // Unchanged since the first release, so every stored receipt hash still verifies.
  const receiptKey = await hkdf(secrets.RECEIPT_KEY, 'receipt', { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign'])
  const opaqueKeys = new Map<string, Promise<CryptoKey>>()
  const opaqueKey = (purpose: string) => {
    let key = opaqueKeys.get(purpose)
    if (!key) {
      key = hkdf(secrets.RECEIPT_KEY, `opaque:${purpose}`, { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign'])
      opaqueKeys.set(purpose, key)
    }
    return key
  }
  const encrypt = async (key: CryptoKey, aad: string, plain: Uint8Array) => {
    const iv = crypto.getRandomValues(new Uint8Array(12))
    const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: enc.encode(aad) }, key, plain as Uint8Array<ArrayBuffer>))
    const out = new Uint8Array(iv.length + ct.length)
    out.set(iv)
    out.set(ct, iv.length)
    return out
  }
  const decrypt = async (key: CryptoKey, aad: string, bytes: Uint8Array) =>
    new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.slice(0, 12), additionalData: enc.encode(aad) }, key, bytes.slice(12)),
    )

  return {
    async newDataKey() {
      const key = (await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt'])) as CryptoKey
      return { key, wrapped: await wrap(key) }
    },
    unwrapDataKey: (wrapped) => unwrap(wrapped, false),
    isCurrent: (wrapped) => wrapped.startsWith(`${kekId}.`),
    async rewrapDataKey(wrapped) {
      return wrap(await unwrap(wrapped, true))
    },
    seal: async (key, aad, plaintext) => toBase64(await encrypt(key, aad, enc.encode(plaintext))),
    open: async (key, aad, sealed) => dec.decode(await decrypt(key, aad, fromBase64(sealed))),
    // The associated data names the format: bytes now; before, the photo's base64 text.
    sealPhoto: (key, reportId, photo) => encrypt(key, `${reportId}:photo:bytes`, photo),
    async openPhoto(key, reportId, sealed) {
      try {
        return await decrypt(key, `${reportId}:photo:bytes`, sealed)
      } catch {
        return fromBase64(dec.decode(await decrypt(key, `${reportId}:photo`, sealed)))
      }
    },
    blindIndex: (kind, value) => hmacHex(indexKey, `${kind}\u0000${value}`),
    receiptHash: (code) => hmacHex(receiptKey, `receipt\u0000${code}`),
    opaqueHash: async (purpose, value) => hmacHex(await opaqueKey(purpose), value),
  }
}
