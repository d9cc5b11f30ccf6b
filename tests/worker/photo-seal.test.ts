import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { fromBase64, getVault, toBase64 } from '../../worker/vault'
import { TINY_JPEG, call, familyFixture, freshIp, reportRow } from './helpers'
import { staffCall, useStaffTokens } from './staff-helpers'

const tokens = useStaffTokens()

async function fileWithPhoto(photo: Uint8Array) {
  const form = new FormData()
  form.set('report', JSON.stringify(familyFixture()))
  form.set('photo', new Blob([photo as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }), 'photo.jpg')
  const res = await call('/api/v1/reports', { method: 'POST', body: form, ip: freshIp(), headers: { 'idempotency-key': crypto.randomUUID() } })
  expect(res.status).toBe(201)
  const { caseRef } = await res.json<{ caseRef: string }>()
  return { caseRef, row: (await reportRow(caseRef))! }
}

async function served(caseRef: string) {
  const res = await staffCall(`/reports/${caseRef}/photo`, tokens.viewer, { method: 'GET' })
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('image/jpeg')
  return new Uint8Array(await res.arrayBuffer())
}

describe('sealed photos at rest', () => {
  it('stores a photo sealed as bytes, not base64: the re-encoded photo plus 28 bytes of IV and tag', async () => {
    const { caseRef, row } = await fileWithPhoto(TINY_JPEG)
    const stored = await (await env.PHOTOS.get(row.photo_key))!.arrayBuffer()
    const photo = await served(caseRef)
    expect([photo[0], photo[1]]).toEqual([0xff, 0xd8])
    expect(stored.byteLength).toBe(photo.length + 28)
  })

  it('shows staff a photo stored in the earlier format (base64 inside the seal)', async () => {
    const { caseRef, row } = await fileWithPhoto(TINY_JPEG)
    const clean = await served(caseRef)
    // Reseal it the way the first release did, in place.
    const vault = await getVault(env)
    const wrapped = await env.DB.prepare('SELECT wrapped_key FROM case_keys WHERE report_id = ?1').bind(row.id).first<{ wrapped_key: string }>()
    const key = await vault.unwrapDataKey(wrapped!.wrapped_key)
    await env.PHOTOS.put(row.photo_key, fromBase64(await vault.seal(key, `${row.id}:photo`, toBase64(clean))))
    expect(toBase64(await served(caseRef))).toBe(toBase64(clean))
  })

  it('opens a photo stored in the current format with the case key, as staff are served it', async () => {
    const { caseRef, row } = await fileWithPhoto(TINY_JPEG)
    const vault = await getVault(env)
    const wrapped = await env.DB.prepare('SELECT wrapped_key FROM case_keys WHERE report_id = ?1').bind(row.id).first<{ wrapped_key: string }>()
    const key = await vault.unwrapDataKey(wrapped!.wrapped_key)
    const stored = new Uint8Array(await (await env.PHOTOS.get(row.photo_key))!.arrayBuffer())
    expect(toBase64(await vault.openPhoto(key, row.id, stored))).toBe(toBase64(await served(caseRef)))
  })
})
