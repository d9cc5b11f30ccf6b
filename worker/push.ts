import { buildPushPayload } from '@block65/webcrypto-web-push'
import type { Context } from 'hono'
import { createT, isLang, type Lang } from '../core/i18n'
import type { PushPayload, PushSubscriptionInput } from '../core/push'
import {
  deleteCaseSubscriptionById,
  deleteStaffDeviceById,
  findAssignee,
  listCaseSubscriptions,
  listNewlyOverdue,
  listOnCallDevices,
  listOnCallDevicesOf,
  listSupervisorDevices,
  logPush,
  type PushAudience,
  type PushKind,
  type PushOutcome,
  type StaffDevice,
} from './db/push'
import type { AppEnv } from './env'
import { getVault, type Vault } from './vault'

/**
 * Web Push for Homeward (RFC 8030; payload encryption RFC 8291, aes128gcm, and VAPID
 * RFC 8292 by @block65/webcrypto-web-push on Web Crypto). What is pushed never holds personal data: the
 * family hears "there is news on your case", an officer "1 urgent report waiting", each
 * in their language, with the page to open. The payload is encrypted for the browser
 * anyway, and the push service sees only the endpoint and the size.
 */

/** A subscription as kept sealed: the browser's endpoint and keys, and the language to write in. */
export type StoredSubscription = PushSubscriptionInput & { lang: Lang }

type PushEnv = Pick<Env, 'DB' | 'MASTER_KEY' | 'INDEX_KEY' | 'RECEIPT_KEY'> & {
  MASTER_KEY_PREVIOUS?: string
  VAPID_PRIVATE_JWK?: string
  VAPID_SUBJECT?: string
}

/** Push services keep an undelivered message at most this long (seconds); news older than a day is stale. */
const TTL = 24 * 60 * 60

function vapidKey(env: PushEnv): JsonWebKey | null {
  if (!env.VAPID_PRIVATE_JWK) return null
  try {
    const jwk = JSON.parse(env.VAPID_PRIVATE_JWK) as JsonWebKey
    return jwk.kty === 'EC' && jwk.crv === 'P-256' && jwk.d && jwk.x && jwk.y ? jwk : null
  } catch {
    return null
  }
}

const fromBase64Url = (s: string) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (ch) => ch.charCodeAt(0))
const toBase64Url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

/** The application server key browsers subscribe with: the VAPID public key as an uncompressed P-256 point. */
export function vapidPublicKey(env: PushEnv): string | null {
  const jwk = vapidKey(env)
  if (!jwk) return null
  const x = fromBase64Url(jwk.x!)
  const y = fromBase64Url(jwk.y!)
  const point = new Uint8Array(65)
  point[0] = 4
  point.set(x, 1)
  point.set(y, 33)
  return toBase64Url(point)
}

/** Sends one push. Never throws: the outcome says what happened (404/410 mean the subscription is gone). */
export async function sendPush(env: PushEnv, subscription: PushSubscriptionInput, payload: PushPayload, urgency: 'normal' | 'high'): Promise<{ outcome: Exclude<PushOutcome, 'no-device'>; status: number | null }> {
  const jwk = vapidKey(env)
  if (!jwk) return { outcome: 'failed', status: null }
  try {
    const request = await buildPushPayload(
      { data: payload, options: { ttl: TTL, urgency } },
      { endpoint: subscription.endpoint, expirationTime: null, keys: subscription.keys },
      { subject: env.VAPID_SUBJECT || 'mailto:push@homeward.invalid', publicKey: vapidPublicKey(env)!, privateKey: jwk.d! },
    )
    const response = await fetch(subscription.endpoint, request)
    await response.body?.cancel()
    if (response.status === 404 || response.status === 410) return { outcome: 'gone', status: response.status }
    return { outcome: response.ok ? 'sent' : 'failed', status: response.status }
  } catch {
    return { outcome: 'failed', status: null }
  }
}

const familyPayload = (lang: Lang): PushPayload => {
  const t = createT(lang)
  return { title: t('site.name'), body: t('push.family.body'), url: `/${lang}/case/`, tag: 'homeward-case' }
}

const officerPayload = (lang: Lang): PushPayload => {
  const t = createT(lang)
  return { title: t('site.name'), body: t('push.officer.body'), url: `/staff/${lang}/`, tag: 'homeward-urgent' }
}

const parseStored = (text: string): StoredSubscription => {
  const stored = JSON.parse(text) as StoredSubscription
  return { ...stored, lang: isLang(stored.lang) ? stored.lang : 'en' }
}

/** The associated data a family subscription is sealed with: bound to its case and row. */
export const caseSubscriptionAad = (reportId: string, id: string) => `${reportId}:push:${id}`
export const staffDeviceAad = (id: string) => `staff-device:${id}`

/**
 * One push to every browser subscribed to the case ("there is news on your case"),
 * each in the language it subscribed in. Gone subscriptions are deleted; every push
 * is logged without its endpoint.
 */
export async function notifyFamily(env: PushEnv, row: { id: string; case_ref: string; wrapped_key: string }): Promise<void> {
  const subscriptions = await listCaseSubscriptions(env.DB, row.id)
  if (subscriptions.length === 0) return
  const vault = await getVault(env)
  const key = await vault.unwrapDataKey(row.wrapped_key)
  for (const sub of subscriptions) {
    const stored = parseStored(await vault.open(key, caseSubscriptionAad(row.id, sub.id), sub.sealed))
    const result = await sendPush(env, stored, familyPayload(stored.lang), 'normal')
    if (result.outcome === 'gone') await deleteCaseSubscriptionById(env.DB, sub.id)
    await logPush(env.DB, { caseRef: row.case_ref, kind: 'case-news', audience: 'family', ...result })
  }
}

async function pushDevices(env: PushEnv, vault: Vault, devices: StaffDevice[], caseRef: string, kind: PushKind, audience: PushAudience) {
  for (const device of devices) {
    const key = await vault.unwrapDataKey(device.wrapped_key)
    const stored = parseStored(await vault.open(key, staffDeviceAad(device.id), device.sealed))
    const result = await sendPush(env, stored, officerPayload(stored.lang), 'high')
    if (result.outcome === 'gone') await deleteStaffDeviceById(env.DB, device.id)
    await logPush(env.DB, { caseRef, kind, audience, ...result })
  }
}

/**
 * "1 urgent report waiting" to the officers on call; with no one on call, to the
 * supervisors' devices, and the log records the report as unattended (the console
 * banner and the statistics page count those). A family message goes only to the
 * case's assignee, while they are on call.
 */
export async function notifyOfficers(env: PushEnv, caseRef: string, kind: Exclude<PushKind, 'case-news'>): Promise<void> {
  const now = new Date().toISOString()
  const vault = await getVault(env)
  if (kind === 'family-message') {
    const assignee = await findAssignee(env.DB, caseRef)
    if (!assignee) return
    const devices = await listOnCallDevicesOf(env.DB, assignee, now)
    if (devices.length > 0) await pushDevices(env, vault, devices, caseRef, kind, 'assignee')
    return
  }
  const onCall = await listOnCallDevices(env.DB, now)
  if (onCall.length > 0) return pushDevices(env, vault, onCall, caseRef, kind, 'on-call')
  const supervisors = await listSupervisorDevices(env.DB)
  if (supervisors.length > 0) return pushDevices(env, vault, supervisors, caseRef, kind, 'supervisor')
  await logPush(env.DB, { caseRef, kind, audience: 'nobody', outcome: 'no-device', status: null })
}

/** The Cron Trigger that runs `sweepOverdue` (wrangler.toml [triggers]); the other one is the daily retention run. */
export const OVERDUE_CRON = '* * * * *'

/** The cron sweep: cases whose acknowledgement deadline passed in the last day and no push has announced. */
export async function sweepOverdue(env: PushEnv, now = new Date()): Promise<number> {
  const due = await listNewlyOverdue(env.DB, now.toISOString(), new Date(now.getTime() - 86_400_000).toISOString())
  for (const row of due) await notifyOfficers(env, row.case_ref, 'overdue')
  return due.length
}

/**
 * Runs a push after the response has gone (`waitUntil`): the staff action or the
 * report never waits for a push service, and a failed push is logged, never thrown.
 */
export function afterResponse(c: Context<AppEnv>, send: () => Promise<void>): void {
  let ctx: Pick<ExecutionContext, 'waitUntil'>
  try {
    ctx = c.executionCtx
  } catch {
    // Only a request made without an execution context (app.request called with no
    // ctx) lands here: workerd gives every real request one. Nothing is sent then.
    return
  }
  ctx.waitUntil(
    send().catch((err: unknown) => {
      console.error(JSON.stringify({ level: 'error', event: 'push.failed', error: err instanceof Error ? err.name : 'unknown' }))
    }),
  )
}
