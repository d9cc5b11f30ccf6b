import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { stripJpegMetadata } from '../../worker/photo'
import { fromBase64, getVault, toBase64 } from '../../worker/vault'
import { call, familyFixture, freshIp, reportRow } from './helpers'
import { staffCall, useStaffTokens } from './staff-helpers'

const tokens = useStaffTokens()

/** A small JPEG-shaped file with some image data. */
function jpeg(): Uint8Array {
  const data = Array.from({ length: 3000 }, (_, i) => (i * 7) % 255)
  return new Uint8Array([0xff, 0xd8, 0xff, 0xdb, 0, 4, 0, 1, 0xff, 0xda, 0, 2, ...data, 0xff, 0xd9])
}

async function fileWithPhoto(photo: Uint8Array) {
  const form = new FormData()
  form.set('report', JSON.stringify(familyFixture()))
  form.set('photo', new Blob([photo as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }), 'photo.jpg')
  const res = await call('/api/v1/reports', { method: 'POST', body: form, ip: freshIp(), headers: { 'idempotency-key': crypto.randomUUID() } })
  expect(res.status).toBe(201)
  const { caseRef } = await res.json<{ caseRef: string }>()
  return { caseRef, row: (await reportRow(caseRef))! }
}

describe('sealed photos at rest', () => {
  it('stores a photo sealed as bytes, not base64: the photo plus 28 bytes of IV and tag', async () => {
    const photo = jpeg()
    const { row } = await fileWithPhoto(photo)
    const stored = await (await env.PHOTOS.get(row.photo_key))!.arrayBuffer()
    expect(stored.byteLength).toBe(stripJpegMetadata(photo)!.length + 28)
  })

  it('shows staff a photo stored in the earlier format (base64 inside the seal)', async () => {
    const photo = jpeg()
    const { caseRef, row } = await fileWithPhoto(photo)
    // Reseal it the way the first release did, in place.
    const vault = await getVault(env)
    const wrapped = await env.DB.prepare('SELECT wrapped_key FROM case_keys WHERE report_id = ?1').bind(row.id).first<{ wrapped_key: string }>()
    const key = await vault.unwrapDataKey(wrapped!.wrapped_key)
    const clean = stripJpegMetadata(photo)!
    await env.PHOTOS.put(row.photo_key, fromBase64(await vault.seal(key, `${row.id}:photo`, toBase64(clean))))

    const res = await staffCall(`/reports/${caseRef}/photo`, tokens.viewer, { method: 'GET' })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/jpeg')
    expect(toBase64(new Uint8Array(await res.arrayBuffer()))).toBe(toBase64(clean))
  })

  it('shows staff a photo stored in the current format', async () => {
    const photo = jpeg()
    const { caseRef } = await fileWithPhoto(photo)
    const res = await staffCall(`/reports/${caseRef}/photo`, tokens.viewer, { method: 'GET' })
    expect(res.status).toBe(200)
    expect(toBase64(new Uint8Array(await res.arrayBuffer()))).toBe(toBase64(stripJpegMetadata(photo)!))
  })
})
