/**
 * Case references and receipt codes in Crockford's base32: no I, L, O or U, so
 * they read aloud and copy by hand without confusion; I/L read as 1 and O as 0.
 */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** Uppercases, maps look-alikes (O→0, I/L→1) and drops spaces and hyphens. */
export function normalizeCrockford(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
}

/** Luhn mod 32 check character over the Crockford alphabet (catches one wrong or two swapped characters). */
export function checkChar(body: string): string {
  let factor = 2
  let sum = 0
  for (let i = body.length - 1; i >= 0; i--) {
    let addend = factor * CROCKFORD.indexOf(body[i])
    factor = factor === 2 ? 1 : 2
    addend = Math.floor(addend / 32) + (addend % 32)
    sum += addend
  }
  return CROCKFORD[(32 - (sum % 32)) % 32]
}

function randomSymbols(count: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(count))
  let out = ''
  for (const byte of bytes) out += CROCKFORD[byte & 31]
  return out
}

/** A case reference: 8 random symbols (40 bits) and a check symbol, shown as XXXX-XXXX-X. */
export function newCaseRef(): string {
  const body = randomSymbols(8)
  return formatCaseRef(body + checkChar(body))
}

export function formatCaseRef(raw: string): string {
  const n = normalizeCrockford(raw)
  return `${n.slice(0, 4)}-${n.slice(4, 8)}-${n.slice(8)}`
}

/** Returns the canonical XXXX-XXXX-X form, or null when the reference cannot be valid. */
export function parseCaseRef(input: string): string | null {
  const n = normalizeCrockford(input)
  if (n.length !== 9 || [...n].some((ch) => !CROCKFORD.includes(ch))) return null
  return checkChar(n.slice(0, 8)) === n[8] ? formatCaseRef(n) : null
}

/** A receipt code: 26 random symbols = 130 bits, grouped by four for reading. */
export function newReceiptCode(): string {
  return formatReceiptCode(randomSymbols(26))
}

export function formatReceiptCode(raw: string): string {
  return normalizeCrockford(raw).match(/.{1,4}/g)?.join('-') ?? ''
}

/** Canonical (ungrouped) receipt code, or null when it has the wrong shape. */
export function parseReceiptCode(input: string): string | null {
  const n = normalizeCrockford(input)
  return n.length === 26 && [...n].every((ch) => CROCKFORD.includes(ch)) ? n : null
}
