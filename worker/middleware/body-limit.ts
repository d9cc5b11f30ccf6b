import type { Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from '../env'
import { problem } from '../problem'

/** Refuses a body over `maxSize` bytes with our 413 problem, before a route reads it. */
export const limitBody = (maxSize: number) =>
  bodyLimit({ maxSize, onError: (c) => problem(c as Context<AppEnv>, 'payload-too-large', 413) })
