import { Hono } from 'hono'
import { CasePushInput, CasePushStopInput, type PushKey } from '../../core/push'
import { countCaseSubscriptions, deleteCaseSubscription, findCaseSubscriptionId, upsertCaseSubscription } from '../db/push'
import type { AppEnv } from '../env'
import { problem } from '../problem'
import { caseSubscriptionAad, vapidPublicKey } from '../push'
import { limitBody } from '../middleware/body-limit'
import { validate } from '../middleware/validate'
import { authenticate } from './cases'

/** A case is followed from a handful of browsers at most (a family's phones and a laptop). */
const MAX_SUBSCRIPTIONS_PER_CASE = 10

const limit = limitBody(8 * 1024)

/**
 * /api/v1/push: the key browsers subscribe with, and a family's subscription to news on
 * their case. Subscribing needs the case reference and receipt code like every case
 * route (same throttling); the codes are never stored for it, and the subscription is
 * sealed under the case's key, so it is shredded with the case.
 */
const push = new Hono<AppEnv>()
  .get('/key', (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json<PushKey>({ publicKey: vapidPublicKey(c.env) })
  })
  .post('/case', limit, validate('json', CasePushInput), async (c) => {
    const input = c.req.valid('json')
    if (!vapidPublicKey(c.env)) return problem(c, 'unavailable', 503)
    const auth = await authenticate(c, input.caseRef, input.receiptCode)
    if (!auth.ok) return auth.response
    const { vault, row } = auth
    const endpointHash = await vault.opaqueHash('push-endpoint', input.subscription.endpoint)
    const existing = await findCaseSubscriptionId(c.env.DB, row.id, endpointHash)
    const id = existing ?? crypto.randomUUID()
    if (!existing && (await countCaseSubscriptions(c.env.DB, row.id)) >= MAX_SUBSCRIPTIONS_PER_CASE) {
      return problem(c, 'validation', 400, { errors: [{ field: 'subscription', code: 'push.family.error.tooMany' }] })
    }
    const key = await vault.unwrapDataKey(row.wrapped_key)
    const stored = { endpoint: input.subscription.endpoint, keys: input.subscription.keys, lang: input.lang }
    const sealed = await vault.seal(key, caseSubscriptionAad(row.id, id), JSON.stringify(stored))
    await upsertCaseSubscription(c.env.DB, { id, reportId: row.id, endpointHash, sealed, at: new Date().toISOString() })
    return c.json({ subscribed: true }, 201)
  })
  .post('/case/stop', limit, validate('json', CasePushStopInput), async (c) => {
    const input = c.req.valid('json')
    const auth = await authenticate(c, input.caseRef, input.receiptCode)
    if (!auth.ok) return auth.response
    const endpointHash = await auth.vault.opaqueHash('push-endpoint', input.endpoint)
    await deleteCaseSubscription(c.env.DB, auth.row.id, endpointHash)
    return c.json({ subscribed: false })
  })

export default push
