import { Hono } from 'hono'
import { validator } from 'hono/validator'
import { describe, expect, it } from 'vitest'
import type { AppEnv } from '../../worker/env'
import { onError } from '../../worker/problem'

// A route that parses a JSON body the way every write route does, mounted on an app
// with the Worker's real error handler.
const app = new Hono<AppEnv>()
  .use('*', async (c, next) => {
    c.set('lang', 'en')
    await next()
  })
  .post('/echo', validator('json', (value) => value), (c) => c.json(c.req.valid('json')))
  .get('/boom', () => {
    throw new Error('secret personal detail')
  })
app.onError(onError)

describe('error mapping', () => {
  it('turns malformed JSON into a 400 problem, never a 500', async () => {
    const res = await app.request('/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"person": ',
    })
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toBe('application/problem+json; charset=utf-8')
    expect(await res.json()).toEqual({ type: 'bad-request', title: 'The request could not be read', status: 400 })
  })

  it('turns an unexpected error into a 500 problem that does not echo the error', async () => {
    const res = await app.request('/boom')
    expect(res.status).toBe(500)
    const body = await res.json()
    expect(body).toEqual({ type: 'internal', title: 'Something went wrong on our side', status: 500 })
    expect(JSON.stringify(body)).not.toContain('secret')
  })
})
