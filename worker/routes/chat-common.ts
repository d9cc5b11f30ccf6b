/** What the Telegram and KakaoTalk routes share: the secret check and a capped body read. */

const enc = new TextEncoder()

/**
 * Whether a secret someone sent equals the configured one, in constant time: both are
 * hashed first so neither their contents nor their lengths show in the timing. An
 * unset or empty configured secret matches nothing.
 */
export async function secretsMatch(given: string, configured: string | undefined): Promise<boolean> {
  if (!configured) return false
  const [a, b] = await Promise.all([given, configured].map((s) => crypto.subtle.digest('SHA-256', enc.encode(s))))
  return crypto.subtle.timingSafeEqual(a!, b!)
}

/**
 * The request body as text, or null when it is larger than `max` bytes (declared or
 * actual) or is not UTF-8. Reads no more than `max` + one chunk.
 */
export async function readCappedBody(request: Request, max: number): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > max) return null
  if (!request.body) return null
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > max) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return null
  }
}
