import type { PushKey, PushSubscriptionInput } from '../../../../core/push'

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
