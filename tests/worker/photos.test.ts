import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { getVault, toBase64 } from '../../worker/vault'
import { stripJpegMetadata } from '../../worker/photo'
import { call, familyFixture, freshIp, reportRow } from './helpers'

/** A tiny JPEG-shaped file: SOI, an APP1 "Exif" segment holding a GPS marker, a quantization table, SOS and data. */
function jpegWithExif(): Uint8Array {
  const exif = new TextEncoder().encode('Exif\0\0GPS 37.5665N 126.9780E')
  const app1 = [0xff, 0xe1, 0, exif.length + 2, ...exif]
  const dqt = [0xff, 0xdb, 0, 4, 0, 1]
  const sos = [0xff, 0xda, 0, 2, 0x12, 0x34, 0x56, 0xff, 0xd9]
  return new Uint8Array([0xff, 0xd8, ...app1, ...dqt, ...sos])
}

function postWithPhoto(photo: Blob, report = familyFixture()) {
  const form = new FormData()
  form.set('report', JSON.stringify(report))
  form.set('photo', photo, 'photo.jpg')
  return call('/api/v1/reports', { method: 'POST', body: form, ip: freshIp(), headers: { 'idempotency-key': crypto.randomUUID() } })
}

describe('stripJpegMetadata', () => {
  it('drops APPn segments that carry EXIF and GPS and keeps the image data', () => {
    const stripped = stripJpegMetadata(jpegWithExif())!
    expect(new TextDecoder().decode(stripped)).not.toContain('GPS')
    expect([...stripped]).toEqual([0xff, 0xd8, 0xff, 0xdb, 0, 4, 0, 1, 0xff, 0xda, 0, 2, 0x12, 0x34, 0x56, 0xff, 0xd9])
  })

  it('refuses data that is not a JPEG', () => {
    expect(stripJpegMetadata(new TextEncoder().encode('\x89PNG\r\n\x1a\n....'))).toBeNull()
    expect(stripJpegMetadata(new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff]))).toBeNull()
  })
})

describe('a report with a photo', () => {
  it('stores the photo in R2 under a random key, sealed, without its EXIF', async () => {
    const res = await postWithPhoto(new Blob([jpegWithExif()], { type: 'image/jpeg' }))
    expect(res.status).toBe(201)
    const { caseRef } = await res.json<{ caseRef: string }>()
    const row = await reportRow(caseRef)
    expect(row!.photo_key).toMatch(/^photos\/[0-9a-f-]{36}$/)
    const object = await env.PHOTOS.get(row!.photo_key)
    const stored = new Uint8Array(await object!.arrayBuffer())
    // Sealed: neither the JPEG header nor the GPS text is readable at rest.
    expect(stored[0] === 0xff && stored[1] === 0xd8).toBe(false)
    expect(new TextDecoder().decode(stored)).not.toContain('GPS')
    // Staff can open it with the case key.
    const vault = await getVault(env)
    const wrapped = await env.DB.prepare('SELECT wrapped_key FROM case_keys WHERE report_id = ?1').bind(row!.id).first<{ wrapped_key: string }>()
    const key = await vault.unwrapDataKey(wrapped!.wrapped_key)
    const opened = await vault.openPhoto(key, row!.id, stored)
    expect(toBase64(opened)).toBe(toBase64(stripJpegMetadata(jpegWithExif())!))
  })

  it('refuses a file that is not a JPEG, and one over 2 MB, with field errors', async () => {
    const png = await postWithPhoto(new Blob([new TextEncoder().encode('\x89PNG\r\n\x1a\nnot really')], { type: 'image/png' }))
    expect(png.status).toBe(400)
    expect((await png.json<{ errors: unknown }>()).errors).toEqual([{ field: 'person.photo', code: 'report.person.photo.error.type' }])

    const huge = new Uint8Array(2 * 1024 * 1024 + 1)
    huge.set(jpegWithExif())
    const big = await postWithPhoto(new Blob([huge], { type: 'image/jpeg' }))
    expect(big.status).toBe(400)
    expect((await big.json<{ errors: unknown }>()).errors).toEqual([{ field: 'person.photo', code: 'report.person.photo.error.size' }])
  })

  it('writes no report and no photo when the report itself is invalid', async () => {
    const before = await env.PHOTOS.list({ prefix: 'photos/' })
    const report = familyFixture()
    report.person.fullName = ''
    const res = await postWithPhoto(new Blob([jpegWithExif()], { type: 'image/jpeg' }), report)
    expect(res.status).toBe(400)
    const after = await env.PHOTOS.list({ prefix: 'photos/' })
    expect(after.objects.length).toBe(before.objects.length)
  })
})
