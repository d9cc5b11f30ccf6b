// Sets the urgent banner in the local D1 (or --remote), e.g.
//   npm run -s notice -- --ko "긴급 공지" --km "សេចក្ដីជូនដំណឹង" --en "Urgent notice" --hours 24
//   npm run -s notice -- --clear
// In production staff set it from the console; this is for local use and operators.
import { execFileSync } from 'node:child_process'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    ko: { type: 'string' },
    km: { type: 'string' },
    en: { type: 'string' },
    hours: { type: 'string', default: '24' },
    remote: { type: 'boolean', default: false },
    clear: { type: 'boolean', default: false },
  },
})
const where = values.remote ? '--remote' : '--local'
const sql = (text) => (text === undefined ? 'NULL' : `'${String(text).replace(/'/g, "''")}'`)
const now = new Date()

let command
if (values.clear) {
  command = `UPDATE notices SET expires_at = ${sql(now.toISOString())} WHERE expires_at > ${sql(now.toISOString())};`
} else {
  const { ko, en, km } = values
  const hours = Number(values.hours)
  if (!ko || !en || !(hours > 0)) {
    console.error('usage: npm run -s notice -- --ko TEXT --en TEXT [--km TEXT] [--hours N] [--remote] | --clear')
    process.exit(2)
  }
  const expires = new Date(now.getTime() + hours * 3600_000).toISOString()
  command =
    'INSERT INTO notices (text_ko, text_km, text_en, starts_at, expires_at, created_by, created_at) VALUES ' +
    `(${sql(ko)}, ${sql(km)}, ${sql(en)}, ${sql(now.toISOString())}, ${sql(expires)}, 'cli', ${sql(now.toISOString())});`
}
execFileSync('wrangler', ['d1', 'execute', 'DB', where, '--command', command], {
  stdio: 'inherit',
  env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
})
