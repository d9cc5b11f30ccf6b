/** Largest photo accepted after the browser re-encodes it (issue: ≤ 2 MB). */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024

/**
 * Checks that the bytes are a JPEG (magic bytes FF D8 FF) and returns a copy without
 * the APPn and COM segments that carry EXIF, GPS, XMP and comments. The browser
 * already re-encodes the photo; this also protects against clients that do not.
 * Returns null when the data is not a well-formed JPEG header.
 */
export function stripJpegMetadata(bytes: Uint8Array): Uint8Array | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return null
  const kept: Uint8Array[] = [bytes.subarray(0, 2)]
  let i = 2
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return null
    const marker = bytes[i + 1]
    if (marker === 0xff) {
      i++ // fill byte
      continue
    }
    if (marker === 0xda) {
      // Start of scan: the compressed image follows to the end; keep it whole.
      kept.push(bytes.subarray(i))
      break
    }
    const length = (bytes[i + 2] << 8) | bytes[i + 3]
    if (length < 2 || i + 2 + length > bytes.length) return null
    const isAppOrComment = (marker >= 0xe1 && marker <= 0xef) || marker === 0xfe
    if (!isAppOrComment) kept.push(bytes.subarray(i, i + 2 + length))
    i += 2 + length
  }
  if (kept.length < 2) return null
  const out = new Uint8Array(kept.reduce((n, part) => n + part.length, 0))
  let offset = 0
  for (const part of kept) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}
