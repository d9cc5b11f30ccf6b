import { env } from 'cloudflare:workers'
import decodeJpeg, { init as initJpegDecode } from '@jsquash/jpeg/decode'
import encodeJpeg, { init as initJpegEncode } from '@jsquash/jpeg/encode'
import encodePng, { init as initPngEncode } from '@jsquash/png/encode'
import JPEG_DEC_WASM from '@jsquash/jpeg/codec/dec/mozjpeg_dec.wasm'
import JPEG_ENC_WASM from '@jsquash/jpeg/codec/enc/mozjpeg_enc.wasm'
import PNG_WASM from '@jsquash/png/codec/pkg/squoosh_png_bg.wasm?module'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { getVault, toBase64 } from '../../worker/vault'
import { call, familyFixture, freshIp, reportRow } from './helpers'
import { accessToken, makeKeys, seedStaff, serveCerts, staffCall, type Keys } from './staff-helpers'

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes)
const ascii = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0))
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}
/** Whether `needle` occurs anywhere in `bytes`. */
const contains = (bytes: Uint8Array, needle: string) => {
  const n = ascii(needle)
  outer: for (let i = 0; i + n.length <= bytes.length; i++) {
    for (let j = 0; j < n.length; j++) if (bytes[i + j] !== n[j]) continue outer
    return true
  }
  return false
}

/** A photograph-like test image: smooth gradients with a little texture. */
function testImage(width = 96, height = 64): Parameters<typeof encodeJpeg>[0] {
  const data = new Uint8ClampedArray(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4
      data[i] = (x * 255) / width
      data[i + 1] = (y * 255) / height
      data[i + 2] = ((x ^ y) & 15) * 8 + 64
      data[i + 3] = 255
    }
  }
  return { data, width, height, colorSpace: 'srgb' } as unknown as Parameters<typeof encodeJpeg>[0]
}

/** An APP1 segment of EXIF with a GPS position, as a phone writes it (shortened). */
function exifGpsSegment(): Uint8Array {
  const payload = ascii('Exif\0\0MM\0*\0\0\0\x08GPSLatitude 37.5665N GPSLongitude 126.9780E')
  return concat(new Uint8Array([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff]), payload)
}

/** Offset just past the first scan's entropy-coded data (the next marker after SOS). */
function endOfFirstScan(jpeg: Uint8Array): number {
  let i = 2
  while (!(jpeg[i] === 0xff && jpeg[i + 1] === 0xda)) i += 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3])
  i += 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3])
  for (; i + 1 < jpeg.length; i++) {
    if (jpeg[i] !== 0xff) continue
    const next = jpeg[i + 1]
    if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7) && next !== 0xff) return i
  }
  throw new Error('no second marker')
}

let cleanJpeg: Uint8Array
/** The three files from issue 13. */
const attacks: Record<string, () => Uint8Array> = {
  'SOI and SOS followed by HTML': () => concat(new Uint8Array([0xff, 0xd8, 0xff, 0xda]), ascii('<html><script>alert(document.cookie)</script></html>')),
  'an EXIF segment with GPS after the first scan of a progressive JPEG': () => {
    const cut = endOfFirstScan(cleanJpeg)
    return concat(cleanJpeg.subarray(0, cut), exifGpsSegment(), cleanJpeg.subarray(cut))
  },
  'HTML, a ZIP header and 1.5 MB of padding after the end of the image': () =>
    concat(cleanJpeg, ascii('<html><script>alert(1)</script></html>'), ascii('PK\x03\x04\x14\x00\x00\x00'), new Uint8Array(1.5 * 1024 * 1024).fill(0x41)),
}

function postWithPhoto(photo: Uint8Array | Blob, report = familyFixture()) {
  const form = new FormData()
  form.set('report', JSON.stringify(report))
  form.set('photo', photo instanceof Blob ? photo : new Blob([photo as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }), 'photo.jpg')
  return call('/api/v1/reports', { method: 'POST', body: form, ip: freshIp(), headers: { 'idempotency-key': crypto.randomUUID() } })
}

let keys: Keys
beforeAll(async () => {
  await Promise.all([
    (initJpegEncode as (m: WebAssembly.Module) => Promise<void>)(JPEG_ENC_WASM),
    (initJpegDecode as (m: WebAssembly.Module) => Promise<void>)(JPEG_DEC_WASM),
    initPngEncode(PNG_WASM),
  ])
  cleanJpeg = new Uint8Array(await encodeJpeg(testImage(), { quality: 90, progressive: true }))
  keys = await makeKeys()
})
beforeEach(async () => {
  serveCerts(keys)
  await seedStaff()
})
afterEach(() => {
  vi.restoreAllMocks()
})

/** The photo as the staff console serves it. */
async function servedPhoto(caseRef: string): Promise<Response> {
  return staffCall(`/reports/${caseRef}/photo`, await accessToken(keys))
}

describe('a photo sent with a report', () => {
  for (const [name, make] of Object.entries(attacks)) {
    it(`is refused or reduced to clean pixels: ${name}`, async () => {
      const res = await postWithPhoto(make())
      if (res.status === 400) {
        expect((await res.json<{ errors: unknown }>()).errors).toEqual([{ field: 'person.photo', code: 'report.person.photo.error.type' }])
        return
      }
      expect(res.status).toBe(201)
      const { caseRef } = await res.json<{ caseRef: string }>()
      const served = await servedPhoto(caseRef)
      expect(served.status).toBe(200)
      const bytes = new Uint8Array(await served.arrayBuffer())
      expect(contains(bytes, 'Exif')).toBe(false)
      expect(contains(bytes, 'GPS')).toBe(false)
      expect(contains(bytes, '<html')).toBe(false)
      expect(contains(bytes, 'PK\x03\x04')).toBe(false)
      // One image, ending at its end-of-image marker, and it decodes to the same size.
      expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8])
      expect([bytes.at(-2), bytes.at(-1)]).toEqual([0xff, 0xd9])
      expect(bytes.length).toBeLessThan(64 * 1024)
      const image = await decodeJpeg(bytes.slice().buffer)
      expect([image.width, image.height]).toEqual([96, 64])
    })
  }

  it('refuses a file that starts like a JPEG but holds HTML, with a field error', async () => {
    const res = await postWithPhoto(attacks['SOI and SOS followed by HTML']())
    expect(res.status).toBe(400)
    expect((await res.json<{ errors: unknown }>()).errors).toEqual([{ field: 'person.photo', code: 'report.person.photo.error.type' }])
  })

  it('keeps the picture of a JPEG whose EXIF sits after the first scan, and drops the EXIF', async () => {
    const res = await postWithPhoto(attacks['an EXIF segment with GPS after the first scan of a progressive JPEG']())
    expect(res.status).toBe(201)
  })

  it('accepts a PNG and stores it as a JPEG of the same pixels', async () => {
    const png = new Uint8Array(await encodePng(testImage()))
    const res = await postWithPhoto(new Blob([png], { type: 'image/png' }))
    expect(res.status).toBe(201)
    const { caseRef } = await res.json<{ caseRef: string }>()
    const served = await servedPhoto(caseRef)
    expect(served.headers.get('content-type')).toBe('image/jpeg')
    const image = await decodeJpeg(await served.arrayBuffer())
    expect([image.width, image.height]).toEqual([96, 64])
    // Lossy, but the same picture: the top-left pixel stays dark, the bottom-right bright red-green.
    expect(image.data[0]).toBeLessThan(40)
    expect(image.data[(64 * 96 - 1) * 4]).toBeGreaterThan(200)
  })

  it('turns the picture upright by its EXIF orientation before dropping the EXIF', async () => {
    // APP1 EXIF, big-endian TIFF with one tag: Orientation (0x0112) = 6, "rotate 90° clockwise".
    const tiff = [0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]
    const payload = [...ascii('Exif\0\0'), ...tiff]
    const app1 = new Uint8Array([0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload])
    const rotated = concat(cleanJpeg.subarray(0, 2), app1, cleanJpeg.subarray(2))
    const res = await postWithPhoto(rotated)
    expect(res.status).toBe(201)
    const { caseRef } = await res.json<{ caseRef: string }>()
    const bytes = new Uint8Array(await (await servedPhoto(caseRef)).arrayBuffer())
    expect(contains(bytes, 'Exif')).toBe(false)
    const image = await decodeJpeg(bytes.slice().buffer)
    expect([image.width, image.height]).toEqual([64, 96])
  })

  it('refuses a small file that declares an image too large to decode safely', async () => {
    // A valid header for 20000 × 20000 pixels: 1.6 GB of RGBA from a few bytes.
    const bomb = cleanJpeg.slice()
    let i = 2
    while (!(bomb[i] === 0xff && bomb[i + 1] >= 0xc0 && bomb[i + 1] <= 0xc2)) i += 2 + ((bomb[i + 2] << 8) | bomb[i + 3])
    bomb.set([20000 >> 8, 20000 & 0xff, 20000 >> 8, 20000 & 0xff], i + 5)
    const res = await postWithPhoto(bomb)
    expect(res.status).toBe(400)
  })

  it('stores the photo in R2 under a random key, sealed', async () => {
    const res = await postWithPhoto(cleanJpeg)
    expect(res.status).toBe(201)
    const { caseRef } = await res.json<{ caseRef: string }>()
    const row = await reportRow(caseRef)
    expect(row!.photo_key).toMatch(/^photos\/[0-9a-f-]{36}$/)
    const stored = new Uint8Array(await (await env.PHOTOS.get(row!.photo_key))!.arrayBuffer())
    // Sealed: the JPEG header is not readable at rest.
    expect(stored[0] === 0xff && stored[1] === 0xd8).toBe(false)
    // Staff can open it with the case key, and it is the JPEG the console serves.
    const vault = await getVault(env)
    const wrapped = await env.DB.prepare('SELECT wrapped_key FROM case_keys WHERE report_id = ?1').bind(row!.id).first<{ wrapped_key: string }>()
    const key = await vault.unwrapDataKey(wrapped!.wrapped_key)
    const opened = await vault.openPhoto(key, row!.id, stored)
    const served = new Uint8Array(await (await servedPhoto(caseRef)).arrayBuffer())
    expect(toBase64(opened)).toBe(toBase64(served))
  })

  it('refuses a file that is not a JPEG or PNG, and one over 2 MB, with field errors', async () => {
    const fake = await postWithPhoto(new Blob([ascii('\x89PNG\r\n\x1a\nnot really')], { type: 'image/png' }))
    expect(fake.status).toBe(400)
    expect((await fake.json<{ errors: unknown }>()).errors).toEqual([{ field: 'person.photo', code: 'report.person.photo.error.type' }])

    const huge = new Uint8Array(2 * 1024 * 1024 + 1)
    huge.set(cleanJpeg)
    const big = await postWithPhoto(huge)
    expect(big.status).toBe(400)
    expect((await big.json<{ errors: unknown }>()).errors).toEqual([{ field: 'person.photo', code: 'report.person.photo.error.size' }])
  })

  it('writes no report and no photo when the report itself is invalid', async () => {
    const before = await env.PHOTOS.list({ prefix: 'photos/' })
    const report = familyFixture()
    report.person.fullName = ''
    const res = await postWithPhoto(cleanJpeg, report)
    expect(res.status).toBe(400)
    const after = await env.PHOTOS.list({ prefix: 'photos/' })
    expect(after.objects.length).toBe(before.objects.length)
  })
})

describe('the test files', () => {
  it('carry what the issue describes, so the tests above test something', () => {
    const progressive = attacks['an EXIF segment with GPS after the first scan of a progressive JPEG']()
    // More than one scan, and the EXIF sits after the first.
    const firstSos = latin1(progressive).indexOf('\xff\xda')
    expect(latin1(progressive).indexOf('Exif')).toBeGreaterThan(firstSos)
    expect(latin1(progressive).indexOf('\xff\xda', latin1(progressive).indexOf('Exif'))).toBeGreaterThan(0)
    const trailer = attacks['HTML, a ZIP header and 1.5 MB of padding after the end of the image']()
    expect(trailer.length).toBeGreaterThan(1.5 * 1024 * 1024)
    expect(trailer.length).toBeLessThan(2 * 1024 * 1024)
  })
})
