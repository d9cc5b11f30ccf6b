/**
 * Whether a key secret looks like what the README asks for: at least 32 random bytes,
 * written as base64, base64url or hex (`openssl rand -base64 32`, `openssl rand -hex 32`).
 * Used by the Worker at start (worker/secrets.ts) and by the tests of `npm start`'s
 * .dev.vars. Pure: no runtime APIs.
 */
export const MIN_SECRET_BYTES = 32

export type SecretFault = 'missing' | 'not-encoded' | 'too-short' | 'low-entropy' | 'patterned'

/** Shannon entropy of the characters, in bits per character. */
function entropyPerChar(text: string): number {
  const counts = new Map<string, number>()
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  let bits = 0
  for (const n of counts.values()) bits -= (n / text.length) * Math.log2(n / text.length)
  return bits
}

/** A run of 8 characters counting up or down (abcdefgh, 98765432), or 8 repeated twice. */
function patterned(text: string): boolean {
  for (let i = 0; i + 8 <= text.length; i++) {
    const gram = text.slice(i, i + 8)
    if (text.indexOf(gram, i + 1) !== -1) return true
    let up = true
    let down = true
    for (let j = 1; j < 8; j++) {
      const step = gram.charCodeAt(j) - gram.charCodeAt(j - 1)
      up &&= step === 1
      down &&= step === -1
    }
    if (up || down) return true
  }
  return false
}

/**
 * Why a secret is weak, or null when it looks like 32 or more random bytes.
 * Thresholds: over 400,000 random 32-byte keys, base64 text never fell below 4.2 bits a
 * character, hex below 3.35, and none lacked either upper- or lower-case letters.
 */
export function secretFault(value: string | undefined): SecretFault | null {
  if (!value) return 'missing'
  const text = value.trim()
  let bytes: number
  let minEntropy: number
  if (/^(?:[0-9a-f]{2})+$/i.test(text)) {
    bytes = text.length / 2
    minEntropy = 3.2
  } else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) {
    const digits = text.replace(/=+$/, '')
    if (digits.length % 4 === 1) return 'not-encoded'
    bytes = Math.floor((digits.length * 6) / 8)
    minEntropy = 4
    // Random base64 of 32 bytes mixes upper and lower case (the odds against: 1 in 10⁹).
    if (bytes >= MIN_SECRET_BYTES && !(/[a-z]/.test(digits) && /[A-Z]/.test(digits))) return 'low-entropy'
  } else {
    return 'not-encoded'
  }
  if (bytes < MIN_SECRET_BYTES) return 'too-short'
  if (entropyPerChar(text.replace(/=+$/, '')) < minEntropy) return 'low-entropy'
  if (patterned(text)) return 'patterned'
  return null
}

