import { Hono } from 'hono'
import { currentNotice } from '../banner'
import type { AppEnv } from '../env'

/** The urgent notice in force, for other services and apps: `{notice: null}` when none. */
const notice = new Hono<AppEnv>().get('/', async (c) => {
  const current = await currentNotice(c.env)
  return c.json({ notice: current && { text: current.text, startsAt: current.startsAt, expiresAt: current.expiresAt } })
})

export default notice
