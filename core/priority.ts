import type { DangerSign } from './report'

/**
 * Triage priority, transparent by construction: the score is the sum of named factors,
 * each shown to staff beside the case. Weights follow the order of danger: a person
 * reporting themselves from inside comes first,
 * then signs of confinement and violence, then a minor, a long silence, a known place
 * and a level-4 area. Staff may override the score with a reason.
 */
export type PriorityFactorId =
  | 'self'
  | 'confined'
  | 'beaten'
  | 'ransom'
  | 'illOrInjured'
  | 'passportTaken'
  | 'forcedScam'
  | 'minor'
  | 'silence14'
  | 'silence3'
  | 'knownLocation'
  | 'level4'

export const FACTOR_POINTS: Record<PriorityFactorId, number> = {
  self: 60,
  confined: 20,
  beaten: 20,
  ransom: 15,
  illOrInjured: 15,
  passportTaken: 10,
  forcedScam: 10,
  minor: 15,
  silence14: 10,
  silence3: 5,
  knownLocation: 5,
  level4: 10,
}

export type PriorityFactor = { id: PriorityFactorId; points: number }

/** Bands and how soon each must be acknowledged. */
export const BANDS = [
  { band: 1, minScore: 40, ackHours: 2 },
  { band: 2, minScore: 20, ackHours: 12 },
  { band: 3, minScore: 0, ackHours: 48 },
] as const

export type PriorityInput = {
  kind: 'family' | 'self'
  dangerSigns: readonly DangerSign[]
  minor: boolean
  lastContactDate?: string | null
  reportedAt: Date
  knownLocation: boolean
  advisoryLevel?: string | null
}

export function scorePriority(input: PriorityInput): { score: number; factors: PriorityFactor[] } {
  const ids: PriorityFactorId[] = []
  if (input.kind === 'self') ids.push('self')
  for (const sign of input.dangerSigns) ids.push(sign)
  if (input.minor) ids.push('minor')
  if (input.lastContactDate) {
    const days = (input.reportedAt.getTime() - Date.parse(`${input.lastContactDate}T00:00:00Z`)) / 86_400_000
    if (days >= 14) ids.push('silence14')
    else if (days >= 3) ids.push('silence3')
  }
  if (input.knownLocation) ids.push('knownLocation')
  if (input.advisoryLevel === '4') ids.push('level4')
  const factors = ids.map((id) => ({ id, points: FACTOR_POINTS[id] }))
  return { score: factors.reduce((sum, f) => sum + f.points, 0), factors }
}

/** The scores of a band, from its minimum to just below the next band's (unbounded at the ends). */
export function bandRange(band: 1 | 2 | 3): [min: number, max: number] {
  const i = BANDS.findIndex((b) => b.band === band)
  return [i === BANDS.length - 1 ? Number.MIN_SAFE_INTEGER : BANDS[i].minScore, i === 0 ? Number.MAX_SAFE_INTEGER : BANDS[i - 1].minScore - 1]
}

export function bandOf(score: number): (typeof BANDS)[number] {
  return BANDS.find((b) => score >= b.minScore) ?? BANDS[BANDS.length - 1]
}

/** When the family must have been acknowledged, for a report received at `at`. */
export function ackDeadline(score: number, at: Date): string {
  return new Date(at.getTime() + bandOf(score).ackHours * 3_600_000).toISOString()
}
