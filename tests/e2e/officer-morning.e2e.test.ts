import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDevServer } from '../../scripts/dev-server.mjs'
import { createT } from '../../core/i18n'
import { openPage, signInToConsole, submitReport, useBrowser } from './browser'

/**
 * "An officer's morning": 200 cases of mixed kinds and languages on a server of their
 * own (so no other browser test's queue changes), cleared from the keyboard only. Each
 * step's effect is read back from the server's D1 file: the case rows and the access log.
 */
const SEEDED = 200
const TRIAGED = 20
const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8'))
const family = fixture('report-family')
const self = fixture('report-self')
const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임']
const GIVEN = ['민준', '서연', '도윤', '하은', '지호', '수아', '예준', '지우', '시우', '서윤', '주원', '하린', '지훈', '채원', '건우', '윤서', '우진', '지안', '선우', '다은']
const LANGS = ['ko', 'km', 'en'] as const
const ko = createT('ko')
const browser = useBrowser()

let server: { baseUrl: string; persistDir: string; stop: () => Promise<void> }
let target: { caseRef: string }

/** Report i of the morning: every fifth a person asking for help themselves, the rest families in three languages. */
function reportFor(i: number) {
  const lang = LANGS[i % 3]
  if (i % 5 === 0) return { ...self, lang, situation: { ...self.situation, name: `Sokha ${i}`, contact: `Telegram @help_morning_${i}` } }
  const name = `${SURNAMES[i % 10]}${GIVEN[Math.floor(i / 10) % 20]}`
  return {
    ...family,
    lang,
    person: { fullName: name, birthDate: family.person.birthDate, sex: family.person.sex, nationality: 'KR', phones: [], messengers: [] },
    journey: { ...family.journey, dangerSigns: i % 2 ? ['confined'] : [], knownLocation: undefined },
    reporter: { ...family.reporter, preferredLanguage: lang },
  }
}

function database() {
  const dir = join(server.persistDir, 'v3/d1/miniflare-D1DatabaseObject')
  return new DatabaseSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.sqlite'))!), { readOnly: true })
}

beforeAll(async () => {
  server = await startDevServer()
  for (let i = 1; i < SEEDED; i++) await submitReport(server.baseUrl, reportFor(i), `10.20.${Math.floor(i / 250)}.${i % 250}`)
  // The one the family spelled in Hangul, with a passport and phones: found by a romanized name.
  target = await submitReport(server.baseUrl, family, '10.21.0.1')
}, 300_000)
afterAll(async () => {
  await server?.stop()
})

describe("an officer's morning", () => {
  it('finds a case by a differently romanized name, then triages twenty with next, acknowledge, assign and a reply template, keyboard only', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const { page, errors } = await openPage(context)
    let keys = 0
    const press = async (key: string) => {
      keys++
      await page.keyboard.press(key)
    }
    const type = async (text: string) => {
      keys += text.length
      await page.keyboard.type(text)
    }
    await signInToConsole(page, server.baseUrl, 'officer@example.org', 'ko')
    await page.waitForSelector('table.queue tbody tr[data-case]')

    // The family wrote 이민수; the officer heard "Minsu Rhee" on the phone.
    await press('/')
    await type('Minsu Rhee')
    await press('Enter')
    await expect.poll(() => page.locator('table.queue tbody tr[data-case]').count()).toBe(1)
    expect(await page.locator('table.queue tbody tr[data-case]').getAttribute('data-case')).toBe(target.caseRef)
    await press('Escape')
    await press('j')
    await press('o')
    await page.waitForURL(`${server.baseUrl}/staff/ko/case/#${target.caseRef}`)
    await page.waitForSelector('[data-testid=staff-status]')
    expect(await page.locator('.summary-list').first().innerText()).toContain('이민수')
    const findKeys = keys

    // A note for colleagues on the found case: t, the words, Ctrl+Enter.
    await press('t')
    await type('가족과 통화함')
    await press('Control+Enter')
    await expect.poll(() => page.locator('.panel--internal article').count()).toBe(1)
    expect(await page.locator('.panel--internal article strong').textContent()).toBe('Duty officer (local)')

    const perCase: Array<{ caseRef: string; keys: number; ms: number }> = []
    for (let n = 0; n < TRIAGED; n++) {
      const before = keys
      const started = performance.now()
      const previous = await currentCase(page)
      await press('n')
      await page.waitForFunction(
        (prev) => location.hash.slice(1) !== prev && document.getElementById('case-title')?.textContent?.includes(location.hash.slice(1)),
        previous,
      )
      const caseRef = await currentCase(page)
      await expect.poll(() => page.textContent('[data-testid=staff-status]')).toBe(ko('case.status.new'))
      await press('a')
      await expect.poll(() => page.textContent('[data-testid=staff-status]')).toBe(ko('case.status.acknowledged'))
      // s, the first colleague in the list (Admin (local)), Enter.
      await press('s')
      await press('ArrowDown')
      await press('Enter')
      await expect.poll(() => page.textContent('[data-testid=staff-assignee]')).toContain('Admin (local)')
      // r, back to the template list, the first template, Ctrl+Enter, and Enter to confirm the family's language.
      await press('r')
      await press('Shift+Tab')
      await press('ArrowDown')
      await press('Control+Enter')
      await page.waitForSelector('.confirm')
      await press('Enter')
      await expect.poll(() => page.locator('.message--staff').count()).toBe(1)
      perCase.push({ caseRef, keys: keys - before, ms: performance.now() - started })
    }

    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
    const keysPerCase = median(perCase.map((c) => c.keys))
    const msPerCase = Math.round(median(perCase.map((c) => c.ms)))
    console.log(`officer's morning: ${SEEDED} cases seeded; found one by a romanized name in ${findKeys} keystrokes; ${TRIAGED} triaged, median ${keysPerCase} keystrokes and ${msPerCase} ms per case`)
    expect(keysPerCase).toBeLessThanOrEqual(10)
    expect(new Set(perCase.map((c) => c.caseRef)).size).toBe(TRIAGED)

    // Every step, in D1: acknowledged, assigned to the colleague, one message to the family,
    // the assignment on the staff timeline, and the officer's access-log rows for it.
    const db = database()
    try {
      for (const { caseRef } of perCase) {
        const row = db.prepare('SELECT id, status, assignee, acknowledged_at FROM reports WHERE case_ref = ?').get(caseRef) as Record<string, string>
        expect(row).toMatchObject({ status: 'acknowledged', assignee: 'admin@example.org', acknowledged_at: expect.any(String) })
        expect(db.prepare("SELECT count(*) AS n FROM case_messages WHERE report_id = ? AND author = 'staff'").get(row.id)).toEqual({ n: 1 })
        expect(db.prepare("SELECT actor, assignee FROM case_events WHERE report_id = ? AND type = 'assign'").all(row.id)).toEqual([
          { actor: 'officer@example.org', assignee: 'admin@example.org' },
        ])
        const actions = (db.prepare('SELECT action FROM access_log WHERE case_ref = ? AND staff_email = ? ORDER BY id').all(caseRef, 'officer@example.org') as Array<{ action: string }>).map((r) => r.action)
        for (const action of ['view', 'status', 'assign', 'message']) expect(actions).toContain(action)
      }
      // Most urgent first: every self-report (asking for help now) came before any family.
      const kinds = perCase.map(({ caseRef }) => (db.prepare('SELECT kind FROM reports WHERE case_ref = ?').get(caseRef) as { kind: string }).kind)
      expect(kinds.slice(0, kinds.lastIndexOf('self') + 1).every((k) => k === 'self')).toBe(true)
      // The search is logged by its kind, never the term; the note by its author.
      const searches = db.prepare("SELECT reason FROM access_log WHERE action = 'search' AND staff_email = 'officer@example.org'").all()
      expect(searches).toEqual([{ reason: 'name' }])
      expect(JSON.stringify(db.prepare('SELECT * FROM access_log').all())).not.toContain('Rhee')
      const note = db.prepare("SELECT n.author FROM case_notes n JOIN reports r ON r.id = n.report_id WHERE r.case_ref = ?").all(target.caseRef)
      expect(note).toEqual([{ author: 'officer@example.org' }])
    } finally {
      db.close()
    }
    expect(errors).toEqual([])
    await context.close()
  }, 300_000)
})

const currentCase = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash.slice(1)))
