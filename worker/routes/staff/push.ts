import { Hono } from 'hono'
import { OnCallInput, StaffDeviceInput, StaffDeviceStopInput, type OnCallStatus } from '../../../core/push'
import { countOnCall, countStaffDevices, countUnattendedSelfReports, deleteStaffDevice, endOnCall, readOnCall, setOnCall, upsertStaffDevice } from '../../db/push'
import type { AppEnv } from '../../env'
import { requireRole } from '../../middleware/staff-auth'
import { validate } from '../../middleware/validate'
import { problem } from '../../problem'
import { staffDeviceAad, vapidPublicKey } from '../../push'
import { getVault } from '../../vault'

/**
 * Officers on call: a device subscribed in the console gets "1 urgent report waiting"
 * while its officer is on call (self-reports, cases turning overdue, family messages on
 * their cases). The shift's times live in D1.
 */
const push = new Hono<AppEnv>()
  .get('/on-call', requireRole, async (c) => {
    const now = new Date()
    const email = c.get('staff').email
    const [mine, myDevices, onCallNow, unattended] = await Promise.all([
      readOnCall(c.env.DB, email, now.toISOString()),
      countStaffDevices(c.env.DB, email),
      countOnCall(c.env.DB, now.toISOString()),
      countUnattendedSelfReports(c.env.DB, new Date(now.getTime() - 86_400_000).toISOString()),
    ])
    return c.json<OnCallStatus>({ myShiftEnds: mine?.ends_at ?? null, myDevices, onCallNow, unattendedSelfReports: unattended })
  })
  .post('/on-call', requireRole, validate('json', OnCallInput), async (c) => {
    const { hours } = c.req.valid('json')
    const email = c.get('staff').email
    if (hours === 0) {
      await endOnCall(c.env.DB, email)
      return c.json({ myShiftEnds: null })
    }
    const now = new Date()
    const ends = new Date(now.getTime() + hours * 3_600_000).toISOString()
    await setOnCall(c.env.DB, email, now.toISOString(), ends)
    return c.json({ myShiftEnds: ends })
  })
  .post('/push/devices', requireRole, validate('json', StaffDeviceInput), async (c) => {
    if (!vapidPublicKey(c.env)) return problem(c, 'unavailable', 503)
    const input = c.req.valid('json')
    const vault = await getVault(c.env)
    const id = crypto.randomUUID()
    const { key, wrapped } = await vault.newDataKey()
    const stored = { endpoint: input.subscription.endpoint, keys: input.subscription.keys, lang: input.lang }
    await upsertStaffDevice(c.env.DB, {
      id,
      staffEmail: c.get('staff').email,
      endpointHash: await vault.opaqueHash('push-endpoint', input.subscription.endpoint),
      wrappedKey: wrapped,
      sealed: await vault.seal(key, staffDeviceAad(id), JSON.stringify(stored)),
      at: new Date().toISOString(),
    })
    return c.json({ subscribed: true }, 201)
  })
  .post('/push/devices/remove', requireRole, validate('json', StaffDeviceStopInput), async (c) => {
    const vault = await getVault(c.env)
    await deleteStaffDevice(c.env.DB, c.get('staff').email, await vault.opaqueHash('push-endpoint', c.req.valid('json').endpoint))
    return c.json({ subscribed: false })
  })

export default push
