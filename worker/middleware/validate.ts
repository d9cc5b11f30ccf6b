import type { Context } from 'hono'
import { validator } from 'hono/validator'
import type * as z from 'zod/mini'
import { parseInput, toFieldErrors } from '../../core/report'
import type { AppEnv } from '../env'
import { problem } from '../problem'

/**
 * Checks a request's JSON body or query against a core schema, answering our problem
 * shape: 415 for a body that is not JSON, 400 `bad-request` for JSON that does not parse
 * (Hono throws; onError maps it), 400 `validation` with field codes for what the schema
 * refuses. Handlers read the result with `c.req.valid(target)`.
 */
export function validate<T extends z.ZodMiniType, Target extends 'json' | 'query'>(target: Target, schema: T) {
  return validator(target, (value, c) => {
    const ctx = c as Context<AppEnv>
    if (target === 'json' && !(ctx.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
      return problem(ctx, 'unsupported-media-type', 415)
    }
    const result = parseInput(schema, value)
    if (!result.success) return problem(ctx, 'validation', 400, { errors: toFieldErrors(result.error.issues) })
    return result.data as z.output<T>
  })
}
