declare module 'http_ece' {
  import type { ECDH } from 'node:crypto'
  /** RFC 8188 decryption; with version 'aes128gcm', privateKey and authSecret: RFC 8291's Web Push variant. */
  export function decrypt(body: Buffer, params: { version: 'aes128gcm'; privateKey: ECDH; authSecret: string }): Buffer
  const ece: { decrypt: typeof decrypt }
  export default ece
}
