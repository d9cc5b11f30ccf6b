import { Hono } from 'hono'
import { latestMigration } from '../db/migrations'
import type { AppEnv } from '../env'
import { problem } from '../problem'

/** Reports whether D1 answers and which migration it is at. */
const health = new Hono<AppEnv>().get('/', async (c) => {
  try {
    return c.json({ status: 'ok', database: 'ok', migration: await latestMigration(c.env.DB) })
  } catch (err) {
    console.error(JSON.stringify({ level: 'error', event: 'health.d1', name: (err as Error).name }))
    return problem(c, 'unavailable', 503)
  }
})

export default health
