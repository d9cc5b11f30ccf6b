// A push service on loopback for the tests (RFC 8030): it hands out subscriptions as a
// browser's push service would, accepts pushes at their endpoints, checks each request's
// VAPID signature (RFC 8292) and decrypts the payload with the subscription's private
// key (RFC 8291, aes128gcm, by http_ece). Tests read what arrived, decrypted.
// Control routes (not part of RFC 8030, for tests running inside workerd):
//   POST /subscriptions            -> { id, subscription }   a new browser subscription
//   POST /subscriptions/:id/gone   -> 204                    from now on answer 410 Gone
//   GET  /subscriptions/:id/messages -> Delivery[]
import { createECDH, randomBytes, type ECDH } from 'node:crypto'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import ece from 'http_ece'
import { importJWK, jwtVerify } from 'jose'

export type Delivery = {
  /** The decrypted payload, as text. */
  payload: string
  receivedAt: number
  ttl: string | null
  urgency: string | null
  /** The VAPID public key that signed the request (base64url), once the signature checked out. */
  vapidKey: string
  /** Every header the push service got, to check none carries personal data. */
  headers: Record<string, string>
}

type Browser = { ecdh: ECDH; authSecret: Buffer; gone: boolean; deliveries: Delivery[] }

import { PUSH_ORIGIN } from './origin'

export { PUSH_ORIGIN }

export type PushService = {
  /** Where it listens: http on loopback. */
  url: string
  subscribe(): { id: string; subscription: { endpoint: string; keys: { p256dh: string; auth: string } } }
  deliveries(id: string): Delivery[]
  close(): Promise<void>
}

const b64url = (buf: Buffer) => buf.toString('base64url')

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Checks `Authorization: vapid t=<JWT>, k=<key>` (RFC 8292 §3): ES256 by k, our audience, not expired. */
async function verifyVapid(header: string | undefined, audience: string): Promise<string> {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? '')
  if (!match) throw new Error('no VAPID authorization')
  const point = Buffer.from(match[2], 'base64url')
  if (point.length !== 65 || point[0] !== 4) throw new Error('VAPID key is not an uncompressed P-256 point')
  const key = await importJWK({ kty: 'EC', crv: 'P-256', x: b64url(point.subarray(1, 33)), y: b64url(point.subarray(33)) }, 'ES256')
  const { payload } = await jwtVerify(match[1], key, { audience, algorithms: ['ES256'] })
  if (typeof payload.exp !== 'number' || payload.exp > Date.now() / 1000 + 86_400) throw new Error('VAPID exp missing or over 24 hours')
  if (typeof payload.sub !== 'string' || !/^(mailto:|https:)/.test(payload.sub)) throw new Error('VAPID sub is not mailto: or https:')
  return match[2]
}

export async function startPushService(): Promise<PushService> {
  const browsers = new Map<string, Browser>()
  let url = ''
  const subscribe = () => {
    const id = randomBytes(12).toString('hex')
    const ecdh = createECDH('prime256v1')
    ecdh.generateKeys()
    const browser: Browser = { ecdh, authSecret: randomBytes(16), gone: false, deliveries: [] }
    browsers.set(id, browser)
    return { id, subscription: { endpoint: `${PUSH_ORIGIN}/push/${id}`, keys: { p256dh: b64url(ecdh.getPublicKey()), auth: b64url(browser.authSecret) } } }
  }
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', url).pathname
    const send = (status: number, body?: unknown) => {
      res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' })
      res.end(body === undefined ? undefined : JSON.stringify(body))
    }
    try {
      if (req.method === 'POST' && path === '/subscriptions') return send(201, subscribe())
      const control = /^\/subscriptions\/([0-9a-f]+)\/(gone|messages)$/.exec(path)
      if (control) {
        const browser = browsers.get(control[1])
        if (!browser) return send(404)
        if (control[2] === 'gone' && req.method === 'POST') {
          browser.gone = true
          return send(204)
        }
        return send(200, browser.deliveries)
      }
      const push = /^\/push\/([0-9a-f]+)$/.exec(path)
      if (push && req.method === 'POST') {
        const browser = browsers.get(push[1])
        const body = await readBody(req)
        if (!browser) return send(404)
        if (browser.gone) return send(410)
        const vapidKey = await verifyVapid(req.headers.authorization, PUSH_ORIGIN).catch(() => null)
        if (!vapidKey) return send(403)
        if (req.headers['content-encoding'] !== 'aes128gcm') return send(415)
        const payload = ece.decrypt(body, { version: 'aes128gcm', privateKey: browser.ecdh, authSecret: b64url(browser.authSecret) }).toString('utf8')
        const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]))
        browser.deliveries.push({ payload, receivedAt: Date.now(), ttl: headers.ttl ?? null, urgency: headers.urgency ?? null, vapidKey, headers })
        res.writeHead(201, { location: `${PUSH_ORIGIN}/messages/${randomBytes(8).toString('hex')}` })
        return res.end()
      }
      send(404)
    } catch {
      send(400)
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url,
    subscribe,
    deliveries: (id) => browsers.get(id)?.deliveries ?? [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
