import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { createT, negotiateLang, type MessageKey } from '../core/i18n'
import type { ProblemType } from '../core/api'
import type { FieldError } from '../core/report'
import type { AppEnv } from './env'

export type { ProblemType } from '../core/api'

/** One field-level error; `code` is a locale key the island turns into words. */
export type { FieldError } from '../core/report'

const titles: Record<ProblemType, MessageKey> = {
  validation: 'problem.validation.title',
  'bad-request': 'problem.badRequest.title',
  'not-found': 'problem.notFound.title',
  'method-not-allowed': 'problem.methodNotAllowed.title',
  'payload-too-large': 'problem.payloadTooLarge.title',
  'unsupported-media-type': 'problem.unsupportedMediaType.title',
  'idempotency-mismatch': 'problem.idempotencyMismatch.title',
  turnstile: 'problem.turnstile.title',
  'rate-limited': 'problem.rateLimited.title',
  busy: 'problem.busy.title',
  unauthorized: 'problem.unauthorized.title',
  forbidden: 'problem.forbidden.title',
  conflict: 'problem.conflict.title',
  unavailable: 'problem.unavailable.title',
  misconfigured: 'problem.misconfigured.title',
  internal: 'problem.internal.title',
}

/**
 * Every non-2xx API answer: RFC 9457 problem details plus `errors`.
 * The title is localized from Accept-Language; `type` and field codes are stable.
 */
export function problem(
  c: Context<AppEnv>,
  type: ProblemType,
  status: ContentfulStatusCode,
  extra: { errors?: FieldError[]; detail?: string } = {},
): Response {
  const body = problemBody(createT(c.get('lang') ?? negotiateLang(c.req.header('accept-language'))), type, status, extra)
  return c.body(JSON.stringify(body), status, {
    'content-type': 'application/problem+json; charset=utf-8',
  })
}

/** A problem's body alone: for answers that carry one problem per item (bulk actions). */
export function problemBody(t: (key: MessageKey) => string, type: ProblemType, status: number, extra: { errors?: FieldError[]; detail?: string } = {}) {
  return { type, title: t(titles[type]), status, ...extra }
}

export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof HTTPException && err.status < 500) {
    // Hono throws 400 for a body it cannot parse and 403 from its CSRF check; the
    // client gets a problem, never a 500.
    const type: ProblemType =
      err.status === 401 ? 'unauthorized' : err.status === 403 ? 'forbidden' : err.status === 413 ? 'payload-too-large' : 'bad-request'
    return problem(c, type, err.status as ContentfulStatusCode)
  }
  // Log the error's kind and the route only: messages can echo request data.
  console.error(JSON.stringify({ level: 'error', event: 'unhandled', name: err.name, path: new URL(c.req.url).pathname.startsWith('/api/') ? c.req.routePath : 'page' }))
  return problem(c, 'internal', 500)
}

export const onApiNotFound: NotFoundHandler<AppEnv> = (c) => problem(c, 'not-found', 404)
