import { Hono } from 'hono'
import type { AppEnv } from '../env'
import { problem } from '../problem'

/** Reports whether D1 answers and which migration it is at. */
const health = new Hono<AppEnv>().get('/', async (c) => {
  try {
    const row = await c.env.DB.prepare('SELECT name FROM d1_migrations ORDER BY id DESC LIMIT 1').first<{ name: string }>()
    return c.json({ status: 'ok', database: 'ok', migration: row?.name ?? null })
  } catch (err) {
    console.error(JSON.stringify({ level: 'error', event: 'health.d1', name: (err as Error).name }))
    return problem(c, 'unavailable', 503)
  }
})

export default health
