import type { PushKey, PushSubscriptionInput } from '../../../../core/push'
import { postJson } from './api'

/**
 * The browser's side of Web Push, shared by the case page and the console. Where the
 * Push API is missing (Safari on iOS outside a Home Screen app, old browsers, some
 * private modes) `pushSupported` is false and the page says so.
 */
export const pushSupported = () => 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window

export type Subscribed = { kind: 'ok'; subscription: PushSubscriptionInput } | { kind: 'denied' } | { kind: 'failed' }

const toBytes = (base64url: string) => Uint8Array.from(atob(base64url.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))

/** Asks permission, then subscribes this browser through the site's service worker. */
export async function subscribeBrowser(): Promise<Subscribed> {
  try {
    const permission = await Notification.requestPermission()
    if (permission !== 'granted') return { kind: 'denied' }
    const key = (await (await fetch('/api/v1/push/key', { cache: 'no-store' })).json()) as PushKey
    if (!key.publicKey) return { kind: 'failed' }
    await navigator.serviceWorker.register('/sw.js')
    const registration = await navigator.serviceWorker.ready
    const subscription =
      (await registration.pushManager.getSubscription()) ??
      (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: toBytes(key.publicKey) }))
    const json = subscription.toJSON()
    if (!json.endpoint || !json.keys?.p256dh || !json.keys.auth) return { kind: 'failed' }
    return { kind: 'ok', subscription: { endpoint: json.endpoint, keys: { p256dh: json.keys.p256dh, auth: json.keys.auth } } }
  } catch {
    return { kind: 'failed' }
  }
}

/** This browser's subscription endpoint, if it has one. */
export async function currentEndpoint(): Promise<string | null> {
  const registration = await navigator.serviceWorker.getRegistration('/')
  return (await registration?.pushManager.getSubscription())?.endpoint ?? null
}

/** What came of "tell me": subscribed, the reader said no, too many devices already, or it failed. */
export type Subscription = 'on' | 'denied' | 'tooMany' | 'failed'

/**
 * Subscribes this browser, then hands the subscription to the server at `path` with
 * `body` (a case's codes, a trip's link). `tooManyCode` is the problem code the server
 * answers when the case or trip already has its most devices.
 */
export async function subscribeTo(path: string, body: Record<string, unknown>, tooManyCode: string): Promise<Subscription> {
  const subscribed = await subscribeBrowser()
  if (subscribed.kind !== 'ok') return subscribed.kind
  const result = await postJson(path, { ...body, subscription: subscribed.subscription })
  if (result.kind === 'ok') return 'on'
  return result.kind === 'problem' && result.problem.errors?.some((e) => e.code === tooManyCode) ? 'tooMany' : 'failed'
}
