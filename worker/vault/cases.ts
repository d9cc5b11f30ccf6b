/**
 * Opening and sealing a case's personal data: the report's details, its messages and
 * notes, the receipt code, the photo. worker/db/ stores and returns these sealed; the
 * routes call here to open them for the one answer that shows them.
 */
import type { CaseView, Created, QueuePage, StaffCaseView } from '../../core/api'
import type { CaseRow as StaffCaseRow, SealedStaffCase } from '../db/cases'
import type { SealedDetails, SealedQueuePage } from '../db/queue'
import type { SealedCaseView, SealedMessage, SealedReplay } from '../db/reports'
import type { Vault } from './index'

/** A case as the routes hold it: its id and its wrapped key. */
type Sealed = { id: string; wrapped_key: string }

const openDetails = async (vault: Vault, key: CryptoKey, reportId: string, details: string) =>
  JSON.parse(await vault.open(key, `${reportId}:details`, details)) as Record<string, unknown>

/** Messages and notes: each sealed under the case key, bound to its own id. */
const openEntries = <E extends { id: string; body: string }>(vault: Vault, key: CryptoKey, reportId: string, kind: 'message' | 'note', entries: E[]) =>
  Promise.all(entries.map(async (e) => ({ ...e, body: await vault.open(key, `${reportId}:${kind}:${e.id}`, e.body) })))

/** The family's case page: its messages opened. */
export async function openCase(vault: Vault, row: Sealed, view: SealedCaseView): Promise<CaseView> {
  const key = await vault.unwrapDataKey(row.wrapped_key)
  return { ...view, messages: await openEntries(vault, key, row.id, 'message', view.messages) }
}

/** The staff case view: details, messages and notes opened. */
export async function openCaseForStaff(vault: Vault, row: StaffCaseRow, view: SealedStaffCase): Promise<StaffCaseView> {
  const key = await vault.unwrapDataKey(row.wrapped_key)
  return {
    ...view,
    details: await openDetails(vault, key, row.id, view.details),
    messages: await openEntries(vault, key, row.id, 'message', view.messages),
    notes: await openEntries(vault, key, row.id, 'note', view.notes),
  }
}

/** The case's photo, opened from the bytes R2 holds. */
export async function openCasePhoto(vault: Vault, row: StaffCaseRow, sealed: Uint8Array): Promise<Uint8Array> {
  return vault.openPhoto(await vault.unwrapDataKey(row.wrapped_key), row.id, sealed)
}

/** A new message or note: a fresh id, its body sealed under the case key and bound to that id. */
async function sealEntry(vault: Vault, row: Sealed, kind: 'message' | 'note', body: string) {
  const id = crypto.randomUUID()
  const sealed = await vault.seal(await vault.unwrapDataKey(row.wrapped_key), `${row.id}:${kind}:${id}`, body)
  return { id, body: sealed, at: new Date().toISOString() }
}

/** A new message to a case, sealed (worker/db/reports.ts insertMessage stores it). */
export const sealMessage = async (vault: Vault, row: Sealed, author: SealedMessage['author'], body: string): Promise<SealedMessage> => ({
  author,
  ...(await sealEntry(vault, row, 'message', body)),
})

/** A new staff note, sealed (worker/db/cases.ts insertNote stores it). */
export const sealNote = async (vault: Vault, row: Sealed, author: string, body: string) => ({ author, ...(await sealEntry(vault, row, 'note', body)) })

export type Replay = { kind: 'replay'; created: Created } | { kind: 'mismatch' } | null

/** A submit seen before: its first answer, the receipt code opened again. */
export async function openReplay(vault: Vault, seen: SealedReplay): Promise<Replay> {
  if (seen?.kind !== 'replay') return seen
  const receiptCode = await vault.open(await vault.unwrapDataKey(seen.wrappedKey), `${seen.reportId}:receipt`, seen.receipt)
  return { kind: 'replay', created: { caseRef: seen.caseRef, receiptCode } }
}

/** The name and age a queue row shows, opened from the sealed report for this page only. */
async function personOf(vault: Vault, sealed: SealedDetails, now: string): Promise<{ name: string | null; age: number | null }> {
  const details = (await openDetails(vault, await vault.unwrapDataKey(sealed.wrappedKey), sealed.reportId, sealed.details)) as {
    person?: { fullName?: string; birthDate?: string; approxAge?: number }
    situation?: { name?: string }
  }
  const person = details.person
  const name = person?.fullName ?? details.situation?.name ?? null
  let age: number | null = person?.approxAge ?? null
  if (person?.birthDate) {
    const [y, m, d] = person.birthDate.split('-').map(Number)
    const [ny, nm, nd] = now.slice(0, 10).split('-').map(Number)
    age = ny - y - (nm < m || (nm === m && nd < d) ? 1 : 0)
  }
  return { name, age }
}

/** A queue page with each row's name and age opened. */
export async function openQueuePage(vault: Vault, page: SealedQueuePage): Promise<QueuePage> {
  const items = await Promise.all(page.items.map(async ({ sealed, ...item }) => ({ ...item, ...(await personOf(vault, sealed, page.now)) })))
  return { items, next: page.next }
}
