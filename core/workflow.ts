/** A case's statuses, in the order consular staff work a case through. */
export const STATUSES = ['new', 'acknowledged', 'investigating', 'located', 'safe', 'returned', 'closed'] as const
export type CaseStatus = (typeof STATUSES)[number]

/** The status changes staff may make; a closed case can be reopened. */
export const NEXT_STATUS: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ['acknowledged', 'closed'],
  acknowledged: ['investigating', 'closed'],
  investigating: ['located', 'closed'],
  located: ['safe', 'returned', 'investigating', 'closed'],
  safe: ['returned', 'closed'],
  returned: ['closed'],
  closed: ['investigating'],
}

/** Why a case is closed: closing always needs one. */
export const CLOSE_REASONS = ['resolved', 'duplicate', 'unfounded', 'withdrawn'] as const
