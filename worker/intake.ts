import { newReceiptCode, parseReceiptCode } from '../core/case-ref'
import { detailsOf, triage } from '../core/intake'
import { extractIndicators } from '../core/offer-check'
import type { Report } from '../core/report'
import { bumpStatement, dayWindow, hourWindow } from './db/counters'
import { indicatorStatements } from './db/indicators'
import { insertReport, labelStatement, type Created } from './db/reports'
import type { Vault } from './vault'
import { sealIndicators } from './vault/indicators'

export type NewReport = {
  report: Report
  idempotencyKeyHash: string
  requestHash: string
  photo?: Uint8Array
  /** Labels the case starts with (a duress check-in marks its case so). */
  labels?: string[]
  /** Text whose recruiter contacts join the identifier index, for a report that is not a family's (a trip's). */
  recruiterText?: string
}

const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000

/**
 * Files a report: triage by the intake rules (core/intake.ts), seal its personal part
 * and receipt under a fresh case key, put the sealed photo in R2, then write every row
 * and the service-wide counters in one batch. The photo is removed again if the batch fails.
 */
export async function fileReport(db: D1Database, photos: R2Bucket, vault: Vault, input: NewReport): Promise<Created> {
  const { report } = input
  const now = new Date()
  const at = now.toISOString()
  const id = crypto.randomUUID()
  const receiptCode = newReceiptCode()
  const { key, wrapped } = await vault.newDataKey()
  const facts = triage(report, now)
  const family = report.kind === 'family' ? report : null

  let photoKey: string | null = null
  if (input.photo) {
    photoKey = `photos/${crypto.randomUUID()}`
    await photos.put(photoKey, await vault.sealPhoto(key, id, input.photo), { httpMetadata: { contentType: 'application/octet-stream' } })
  }
  try {
    const caseRef = await insertReport(
      db,
      {
        id,
        kind: report.kind,
        lang: report.lang,
        receiptHash: await vault.receiptHash(parseReceiptCode(receiptCode)!),
        details: await vault.seal(key, `${id}:details`, JSON.stringify(detailsOf(report))),
        wrappedKey: wrapped,
        dangerSigns: family ? family.journey.dangerSigns.join(',') : '',
        destinationCountry: family?.journey.destinationCountry ?? null,
        lastContactDate: family?.journey.lastContactDate ?? null,
        photoKey,
        at,
        triage: facts,
        indexes: await Promise.all(facts.identifiers.map(async ([kind, value]) => [kind, await vault.blindIndex(kind, value)] as const)),
        idempotency: {
          keyHash: input.idempotencyKeyHash,
          requestHash: input.requestHash,
          sealedReceipt: await vault.seal(key, `${id}:receipt`, receiptCode),
          expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS).toISOString(),
        },
      },
      // Recruiter contacts the family pasted, queued for staff to confirm.
      [
        ...indicatorStatements(db, await sealIndicators(vault, input.recruiterText ? extractIndicators(input.recruiterText) : facts.recruiterIndicators), { kind: 'report', id }),
        ...(input.labels ?? []).map((label) => labelStatement(db, id, label)),
      ],
      [bumpStatement(db, 'reports', hourWindow(now)), bumpStatement(db, 'reports-day', dayWindow(now))],
    )
    return { caseRef, receiptCode }
  } catch (err) {
    if (photoKey) await photos.delete(photoKey)
    throw err
  }
}
