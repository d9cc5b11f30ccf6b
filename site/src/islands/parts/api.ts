import type { ApiResult, Problem } from '../../../../core/api'

export type { ApiResult } from '../../../../core/api'

export async function callApi<T>(path: string, init: RequestInit): Promise<ApiResult<T>> {
  let res: Response
  try {
    res = await fetch(path, { ...init, credentials: 'same-origin', cache: 'no-store' })
  } catch {
    return { kind: 'offline' }
  }
  let body: unknown = null
  try {
    body = await res.json()
  } catch {
    // an empty or non-JSON answer, e.g. from a proxy
  }
  if (res.ok) return { kind: 'ok', status: res.status, data: body as T }
  // A proxy's error page is not our problem shape: treat it as ours failing.
  const problem = (body && typeof body === 'object' ? body : { type: 'internal', title: '', status: res.status }) as Problem
  return { kind: 'problem', status: res.status, problem }
}

/** A 403: the navigation says which role may open the page, so the island stays quiet. */
export const isForbidden = (result: ApiResult<unknown>) => result.kind === 'problem' && result.status === 403

export function postJson<T>(path: string, json: unknown, headers: Record<string, string> = {}) {
  return callApi<T>(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(json) })
}
