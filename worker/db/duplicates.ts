import type { DuplicateCandidate } from '../../core/api'
/**
 * Candidate duplicates of a report: other reports sharing a blind index. Each shared
 * kind of identifier adds its weight; a passport number alone is near-certain, a
 * name alone is only a hint. The reasons are returned so staff see why.
 */
export const MATCH_WEIGHTS: Record<string, number> = {
  passport: 10,
  phone: 6,
  handle: 6,
  'name.ko': 5,
  name: 4,
  'name.tokens': 4,
  dob: 3,
}

export type { DuplicateCandidate } from '../../core/api'

export async function findDuplicates(db: D1Database, reportId: string): Promise<DuplicateCandidate[]> {
  const { results } = await db
    .prepare(
      `SELECT DISTINCT r.case_ref, r.status, r.kind, r.created_at, o.kind AS matched
       FROM blind_indexes mine
       JOIN blind_indexes o ON o.kind = mine.kind AND o.value = mine.value AND o.report_id <> mine.report_id
       JOIN reports r ON r.id = o.report_id
       WHERE mine.report_id = ?1`,
    )
    .bind(reportId)
    .all<{ case_ref: string; status: string; kind: string; created_at: string; matched: string }>()
  const byCase = new Map<string, DuplicateCandidate>()
  for (const row of results) {
    const candidate = byCase.get(row.case_ref) ?? {
      caseRef: row.case_ref,
      status: row.status,
      kind: row.kind,
      createdAt: row.created_at,
      score: 0,
      reasons: [],
    }
    if (!candidate.reasons.includes(row.matched)) {
      candidate.reasons.push(row.matched)
      candidate.score += MATCH_WEIGHTS[row.matched] ?? 1
    }
    byCase.set(row.case_ref, candidate)
  }
  return [...byCase.values()]
    .map((c) => ({ ...c, reasons: c.reasons.sort((a, b) => (MATCH_WEIGHTS[b] ?? 1) - (MATCH_WEIGHTS[a] ?? 1)) }))
    .sort((a, b) => b.score - a.score || a.createdAt.localeCompare(b.createdAt))
    .slice(0, 20)
}
