import decodeJpeg, { init as initJpegDecode } from '@jsquash/jpeg/decode'
import encodeJpeg, { init as initJpegEncode } from '@jsquash/jpeg/encode'
import decodePng, { init as initPngDecode } from '@jsquash/png/decode'
// Workers cannot compile WebAssembly from bytes at run time: the codecs' .wasm files
// are imported as modules (bundled by wrangler) and handed to each codec's init.
import JPEG_DEC_WASM from '@jsquash/jpeg/codec/dec/mozjpeg_dec.wasm'
import JPEG_ENC_WASM from '@jsquash/jpeg/codec/enc/mozjpeg_enc.wasm'
import PNG_WASM from '@jsquash/png/codec/pkg/squoosh_png_bg.wasm?module'

/**
 * Largest image decoded. The browser sends at most 1600 px a side. The cap keeps a
 * small file that declares a huge image (a decompression bomb) from exhausting the
 * isolate's 128 MB: the pixels are held three times during a re-encode (decoder heap,
 * JavaScript, encoder heap), 16 MB each at this cap (bench/photo.bench.mjs).
 */
export const MAX_PHOTO_SIDE = 2048
export const MAX_PHOTO_PIXELS = MAX_PHOTO_SIDE * MAX_PHOTO_SIDE

/**
 * MozJPEG settings of the stored photo: quality 85 keeps a face recognizable; a
 * sequential (not progressive) file takes half the CPU time to encode
 * (bench/photo.bench.mjs), and staff open it whole anyway.
 */
const ENCODE = { quality: 85, progressive: false }

type Kind = 'jpeg' | 'png'
/** What the codecs decode to: RGBA pixels (the DOM's ImageData, absent from Workers' types). */
type Pixels = { data: Uint8ClampedArray; width: number; height: number }

/**
 * The image's kind and size from its header, before anything is decoded: a JPEG's
 * SOFn segment, a PNG's IHDR chunk. Null when the bytes are neither.
 */
export function imageHeader(bytes: Uint8Array): { kind: Kind; width: number; height: number } | null {
  if (bytes.length >= 24 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null
    return { kind: 'png', width: view.getUint32(16), height: view.getUint32(20) }
  }
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null
  let i = 2
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return null
    const marker = bytes[i + 1]
    if (marker === 0xff) {
      i++ // fill byte
      continue
    }
    // Start of scan before any frame header: not a JPEG a decoder can read.
    if (marker === 0xda || marker === 0xd9) return null
    const length = (bytes[i + 2] << 8) | bytes[i + 3]
    if (length < 2 || i + 2 + length > bytes.length) return null
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
    if (isFrame) {
      if (length < 8) return null
      return { kind: 'jpeg', height: (bytes[i + 5] << 8) | bytes[i + 6], width: (bytes[i + 7] << 8) | bytes[i + 8] }
    }
    i += 2 + length
  }
  return null
}

let codecs: Promise<void> | null = null

function loadCodecs(): Promise<void> {
  codecs ??= Promise.all([
    // The published .d.ts omits init's module parameter, which the code accepts.
    (initJpegDecode as (module: WebAssembly.Module) => Promise<void>)(JPEG_DEC_WASM),
    (initJpegEncode as (module: WebAssembly.Module) => Promise<void>)(JPEG_ENC_WASM),
    initPngDecode(PNG_WASM),
  ]).then(
    () => undefined,
    (err) => {
      codecs = null
      throw err
    },
  )
  return codecs
}

/** Transparent pixels would turn black in a JPEG: lay them over white. */
function flattenAlpha(data: Uint8ClampedArray): void {
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3]
    if (alpha === 255) continue
    for (let c = 0; c < 3; c++) data[i + c] = Math.round((data[i + c] * alpha + 255 * (255 - alpha)) / 255)
    data[i + 3] = 255
  }
}

/**
 * Decodes a JPEG or PNG and encodes its pixels again as a new JPEG with MozJPEG (the
 * jSquash WebAssembly codecs), so nothing but pixels survives: no EXIF, GPS, XMP or
 * comment in any position, nothing after the end of the image, no polyglot. The
 * browser already re-encodes the photo; this holds for clients that do not.
 * EXIF orientation is applied to the pixels before the metadata is dropped.
 * Returns null when the data is not a decodable JPEG or PNG within the size caps.
 */
export async function reencodePhoto(bytes: Uint8Array): Promise<Uint8Array | null> {
  const header = imageHeader(bytes)
  if (!header || header.width < 1 || header.height < 1) return null
  if (header.width > MAX_PHOTO_SIDE || header.height > MAX_PHOTO_SIDE || header.width * header.height > MAX_PHOTO_PIXELS) return null
  await loadCodecs()
  const input = bytes.slice().buffer
  let image: Pixels
  try {
    image = header.kind === 'png' ? await decodePng(input) : await decodeJpeg(input, { preserveOrientation: true })
  } catch {
    return null
  }
  if (!image || image.width < 1 || image.height < 1 || image.data.length !== image.width * image.height * 4) return null
  if (header.kind === 'png') flattenAlpha(image.data)
  return new Uint8Array(await encodeJpeg(image as Parameters<typeof encodeJpeg>[0], ENCODE))
}
