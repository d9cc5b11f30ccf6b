import { env } from 'cloudflare:workers'
import { expect } from 'vitest'
import { createT } from '../../core/i18n'
import app from '../../worker/index'
import family from '../fixtures/report-family.json'
import self from '../fixtures/report-self.json'

export const familyFixture = () => structuredClone(family) as Record<string, any>
export const selfFixture = () => structuredClone(self) as Record<string, any>

export const PROBLEM = 'application/problem+json; charset=utf-8'
const ko = createT('ko')
const fieldErrors = (errors: Record<string, string>) => Object.entries(errors).map(([field, code]) => ({ field, code }))

/** A 400 naming these fields, in this order, each with its message key. */
export async function expectFieldErrors(res: Response, errors: Record<string, string>) {
  expect(res.status).toBe(400)
  expect((await res.json<{ errors: unknown }>()).errors).toEqual(fieldErrors(errors))
}

/**
 * A whole problem answer: this status and type, the problem content type, the Korean title
 * under `titleKey`, and these fields, in this order, each with its message key.
 */
export async function expectProblem(res: Response, status: number, type: string, titleKey: Parameters<typeof ko>[0], errors: Record<string, string>) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toBe(PROBLEM)
  expect(await res.json()).toEqual({ type, title: ko(titleKey), status, errors: fieldErrors(errors) })
}

let ipCounter = 0
/** A fresh client address, so per-client limits from other tests do not interfere. */
export const freshIp = () => `198.51.100.${++ipCounter % 250}` + (ipCounter > 250 ? `.${ipCounter}` : '')

/** Sends a request through the real app with the test env, optionally overriding bindings. */
export function call(path: string, init: RequestInit & { json?: unknown; ip?: string } = {}, overrides: Partial<Env> = {}) {
  const headers = new Headers(init.headers)
  headers.set('cf-connecting-ip', init.ip ?? '203.0.113.7')
  let body = init.body
  if (init.json !== undefined) {
    headers.set('content-type', 'application/json')
    body = JSON.stringify(init.json)
  }
  return app.request(`http://127.0.0.1${path}`, { ...init, headers, body }, { ...env, ...overrides })
}

export function postReport(report: unknown, opts: { key?: string; ip?: string; overrides?: Partial<Env> } = {}) {
  return call(
    '/api/v1/reports',
    {
      method: 'POST',
      json: report,
      ip: opts.ip ?? freshIp(),
      headers: { 'idempotency-key': opts.key ?? crypto.randomUUID() },
    },
    opts.overrides,
  )
}

/** Files a report that must be accepted; its case reference and receipt code. */
export async function fileReport(report: Record<string, any>) {
  const res = await postReport(report)
  expect(res.status).toBe(201)
  return res.json<{ caseRef: string; receiptCode: string }>()
}

export async function reportRow(caseRef: string) {
  return env.DB.prepare('SELECT * FROM reports WHERE case_ref = ?1').bind(caseRef).first<Record<string, any>>()
}

/** Every value of every row of every table, as one string to search for plaintext. */
export async function dumpDatabase(): Promise<string> {
  const tables = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'").all<{ name: string }>()
  const parts: string[] = []
  for (const { name } of tables.results) {
    const rows = await env.DB.prepare(`SELECT * FROM "${name}"`).all()
    parts.push(JSON.stringify(rows.results))
  }
  return parts.join('\n')
}

// A real 8 × 8 JPEG: the Worker decodes and re-encodes every photo, so a file that only looks like a JPEG would be refused.
export const TINY_JPEG = Uint8Array.from(
  atob(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wCEAAgICAgJCAkKCgkNDgwODRMREBARExwUFhQWFBwrGx8bGx8bKyYuJSMlLiZENS8vNUROQj5CTl9VVV93cXecnNEBCAgICAkICQoKCQ0ODA4NExEQEBETHBQWFBYUHCsbHxsbHxsrJi4lIyUuJkQ1Ly81RE5CPkJOX1VVX3dxd5yc0f/AABEIAAgACAMBIgACEQEDEQH/xABUAAEBAAAAAAAAAAAAAAAAAAAABRABAAMAAAAAAAAAAAAAAAAAAAMGYwEBAQAAAAAAAAAAAAAAAAAABQYRAAEFAAAAAAAAAAAAAAAAAAACBAUSM//aAAwDAQACEQMRAD8AoRVTMBHLk3ltBFcw/tqf/9k=',
  ),
  (ch) => ch.charCodeAt(0),
)
