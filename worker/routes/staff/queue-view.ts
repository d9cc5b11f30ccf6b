import type { Context } from 'hono'
import type * as z from 'zod/mini'
import { planSearch, type SearchPlan } from '../../../core/search'
import type { QueueQuery } from '../../../core/staff'
import type { QueueFilters } from '../../db/queue'
import type { AppEnv } from '../../env'
import type { Vault } from '../../vault'

type ViewQuery = Omit<z.infer<typeof QueueQuery>, 'cursor' | 'limit'>

/**
 * A queue view's filters as the database reads them: "me" is the signed-in officer, a
 * search term becomes its blind-index hashes (exact matches, nothing decrypted). The
 * queue page and the export of the view both ask here, so they select the same cases.
 */
export async function viewFilters(c: Context<AppEnv>, vault: Vault, q: ViewQuery): Promise<{ filters: QueueFilters; plan: SearchPlan | null | undefined }> {
  const plan = q.q ? planSearch(q.q) : undefined
  const search =
    plan === undefined
      ? undefined
      : { caseRef: plan?.caseRef, hashes: await Promise.all((plan?.keys ?? []).map(async ([kind, value]) => [kind, await vault.blindIndex(kind, value)] as [string, string])) }
  return {
    plan,
    filters: {
      status: q.status,
      band: q.band ? (Number(q.band) as 1 | 2 | 3) : undefined,
      region: q.region,
      lang: q.lang,
      kind: q.kind,
      assignee: q.assignee === 'me' ? c.get('staff').email : q.assignee,
      label: q.label,
      overdue: Boolean(q.overdue),
      search,
    },
  }
}
