import * as z from 'zod/mini'
import { CaseCredentials } from './case'
import { LANGS } from './langs'

/**
 * Web Push contract shared by the case page, the console and the Worker. What a
 * browser's PushSubscription.toJSON() gives: the push service's endpoint and the keys
 * the payload is encrypted to (RFC 8291).
 */
const base64url = (min: number, max: number) => z.string().check(z.regex(/^[A-Za-z0-9_-]+={0,2}$/), z.minLength(min), z.maxLength(max))

export const PushSubscriptionInput = z.object({
  // Push resources are https (RFC 8030 §2); the library refuses anything else too.
  endpoint: z.string().check(z.maxLength(2048), z.regex(/^https:\/\/[^\s/]+\/[^\s]*$/)),
  keys: z.object({ p256dh: base64url(80, 100), auth: base64url(16, 32) }),
})
export type PushSubscriptionInput = z.infer<typeof PushSubscriptionInput>

/** POST /cases/push: subscribe this browser to news on a case, opened with its codes. */
export const CasePushInput = z.strictObject({
  ...CaseCredentials.shape,
  subscription: PushSubscriptionInput,
  lang: z.enum(LANGS),
})

/** POST /cases/push/stop: unsubscribe, by the endpoint only the browser knows. */
export const CasePushStopInput = z.strictObject({
  ...CaseCredentials.shape,
  endpoint: z.string().check(z.maxLength(2048)),
})

/** POST /staff/push/devices */
export const StaffDeviceInput = z.strictObject({ subscription: PushSubscriptionInput, lang: z.enum(LANGS) })
/** POST /staff/push/devices/remove */
export const StaffDeviceStopInput = z.strictObject({ endpoint: z.string().check(z.maxLength(2048)) })
/** POST /staff/on-call: hours from now, or 0 to end the shift. */
export const OnCallInput = z.strictObject({ hours: z.number().check(z.int(), z.minimum(0), z.maximum(24)) })

/** What a push carries: the notification's words and the page a click opens. Never personal data. */
export type PushPayload = { title: string; body: string; url: string; tag: string }

/** GET /push/key */
export type PushKey = { publicKey: string | null }

/** GET /staff/on-call */
export type OnCallStatus = {
  /** Until when the signed-in officer is on call, or null. */
  myShiftEnds: string | null
  /** How many devices the signed-in officer has subscribed. */
  myDevices: number
  /** Officers on call now with a device. */
  onCallNow: number
  /** Self-reports in the last 24 hours that arrived with no one on call. */
  unattendedSelfReports: number
}

/** Hours an officer may go on call for at once. */
export const MAX_ON_CALL_HOURS = 24
