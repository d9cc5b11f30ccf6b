// Gives the synthetic reports of seed.mjs a person the queue can open: details sealed
// under a case key with the Worker's own Vault and the dev server's .dev.vars secrets,
// and the blind indexes the intake writes (core/intake.ts identifiersOf), so the queue
// decrypts a name per row and a name search is the real index look-up. Not used by tests.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { build } from 'esbuild'
import { readDevVars } from '../scripts/dev-vars.mjs'
import { seedReports } from './seed.mjs'

const root = new URL('..', import.meta.url).pathname
const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황', '안', '송', '류', '홍']
const GIVEN = ['민수', '민준', '서연', '도윤', '하은', '지호', '수아', '예준', '지우', '시우', '서윤', '주원', '하린', '지훈', '채원', '건우', '윤서', '우진', '지안', '선우',
  '다은', '현우', '수빈', '정우', '예린', '승민', '유진', '동현', '지민', '태윤', '소연', '재원', '가은', '성민', '하준', '나연', '영호', '은지', '상훈', '미경',
  '준영', '혜진', '경수', '보람', '진우', '수정', '영수', '지현', '성호', '은영']

/** The Worker's Vault and the intake's and search's identifiers, bundled for Node. */
async function domain() {
  const out = await build({
    stdin: {
      contents: "export { getVault } from './worker/vault/index.ts'; export { identifiersOf } from './core/intake.ts'; export { planSearch } from './core/search.ts'",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  })
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`)
}

/** One of 1,000 Korean names by report number: each name about a hundred times in 100,000. */
export const nameOf = (i) => `${SURNAMES[i % SURNAMES.length]}${GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]}`

/** @returns {Promise<{ seconds: number, planSearch: (term: string) => unknown }>} */
export async function sealPeople(persistDir) {
  const started = Date.now()
  const { getVault, identifiersOf, planSearch } = await domain()
  const vars = readDevVars()
  const vault = await getVault({ MASTER_KEY: vars.MASTER_KEY, INDEX_KEY: vars.INDEX_KEY, RECEIPT_KEY: vars.RECEIPT_KEY })
  const dir = join(persistDir, 'v3/d1/miniflare-D1DatabaseObject')
  const db = new DatabaseSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.sqlite'))))
  const rows = db.prepare('SELECT id, kind FROM reports ORDER BY rowid').all()
  // One data key for the whole synthetic table: the queue still unwraps it once per row.
  const { key, wrapped } = await vault.newDataKey()
  const index = new Map()
  const blind = async (kind, value) => {
    const id = `${kind}\u0000${value}`
    if (!index.has(id)) index.set(id, await vault.blindIndex(kind, value))
    return index.get(id)
  }
  const setDetails = db.prepare('UPDATE reports SET details = ? WHERE id = ?')
  const addKey = db.prepare('INSERT INTO case_keys (report_id, wrapped_key) VALUES (?, ?)')
  const addIndex = db.prepare('INSERT OR IGNORE INTO blind_indexes (report_id, kind, value) VALUES (?, ?, ?)')
  const BATCH = 2000
  for (let start = 0; start < rows.length; start += BATCH) {
    const chunk = rows.slice(start, start + BATCH)
    const prepared = await Promise.all(
      chunk.map(async ({ id, kind }, j) => {
        const i = start + j
        const person = { fullName: nameOf(i), birthDate: `19${70 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`, sex: 'male', nationality: 'KR', phones: [`+82 10-${String(1000 + (i % 9000))}-${String(i % 10000).padStart(4, '0')}`] }
        const details = kind === 'self' ? { situation: { name: nameOf(i), location: 'Bavet', canTalk: 'textOnly' } } : { person, journey: { destinationCountry: 'KH' } }
        const sealed = await vault.seal(key, `${id}:details`, JSON.stringify(details))
        const indexes = kind === 'self' ? [] : await Promise.all(identifiersOf({ kind: 'family', person }).map(async ([k, v]) => [k, await blind(k, v)]))
        return { id, sealed, indexes }
      }),
    )
    db.exec('BEGIN')
    for (const { id, sealed, indexes } of prepared) {
      setDetails.run(sealed, id)
      addKey.run(id, wrapped)
      for (const [k, v] of indexes) addIndex.run(id, k, v)
    }
    db.exec('COMMIT')
  }
  db.exec('ANALYZE')
  db.close()
  return { seconds: (Date.now() - started) / 1000, planSearch }
}

/**
 * What every queue bench measures: `reports` synthetic reports (seed.mjs), each with a
 * person the queue can open. Call it from the dev server's beforeStart.
 * @returns {Promise<{ seconds: number, sealSeconds: number, plans: Record<string, string[]> }>}
 */
export async function seedQueue(persistDir, reports) {
  const seeded = seedReports(persistDir, reports)
  const people = await sealPeople(persistDir)
  return { ...seeded, sealSeconds: people.seconds }
}

/** A bench of empty pages proves nothing: a queue view must answer cases, each with a name. */
export async function expectNamedRows(res, view) {
  if (res.status !== 200) throw new Error(`${view}: HTTP ${res.status}`)
  const page = await res.clone().json()
  if (!page.items.length || page.items.some((item) => !item.name)) throw new Error(`${view}: ${page.items.length} rows, some without a name`)
  return page.items.length
}
