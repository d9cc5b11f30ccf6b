/** Outcome of a call to /api/v1: the JSON answer, a problem, or no answer at all. */
export type ApiResult<T> =
  | { kind: 'ok'; status: number; data: T }
  | { kind: 'problem'; status: number; problem: { type: string; title: string; errors?: Array<{ field: string; code: string }> } }
  | { kind: 'offline' }

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
  const problem = (body && typeof body === 'object' ? body : { type: 'internal', title: '' }) as {
    type: string
    title: string
    errors?: Array<{ field: string; code: string }>
  }
  return { kind: 'problem', status: res.status, problem }
}

export function postJson<T>(path: string, json: unknown, headers: Record<string, string> = {}) {
  return callApi<T>(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(json) })
}
