import { env } from 'cloudflare:workers'
import { afterEach, describe, expect, it } from 'vitest'
import { familyFixture, postReport } from './helpers'

const count = async (sql: string) => (await env.DB.prepare(sql).first<{ n: number }>())!.n
const counted = () => count("SELECT coalesce(sum(count), 0) AS n FROM request_counters WHERE bucket = 'reports'")
const stored = () => count('SELECT count(*) AS n FROM reports')

afterEach(async () => {
  await env.DB.exec('DROP TRIGGER IF EXISTS counter_down_insert')
  await env.DB.exec('DROP TRIGGER IF EXISTS counter_down_update')
})

describe('the service-wide report caps', () => {
  it('never keeps a report the hourly counter did not count, even when the count fails', async () => {
    await postReport(familyFixture())
    const before = { counted: await counted(), stored: await stored() }
    // The counter write fails as a crash between two writes would leave it.
    await env.DB.exec("CREATE TRIGGER counter_down_insert BEFORE INSERT ON request_counters WHEN NEW.bucket = 'reports' BEGIN SELECT RAISE(ABORT, 'counter down'); END")
    await env.DB.exec("CREATE TRIGGER counter_down_update BEFORE UPDATE ON request_counters WHEN NEW.bucket = 'reports' BEGIN SELECT RAISE(ABORT, 'counter down'); END")
    const res = await postReport(familyFixture())
    expect(res.status).toBe(500)
    expect({ counted: await counted(), stored: await stored() }).toEqual(before)
  })

  it('counts every report it keeps, in the hour and the day', async () => {
    const before = { hour: await counted(), day: await count("SELECT coalesce(sum(count), 0) AS n FROM request_counters WHERE bucket = 'reports-day'"), stored: await stored() }
    for (let i = 0; i < 3; i++) expect((await postReport(familyFixture())).status).toBe(201)
    expect({
      hour: await counted(),
      day: await count("SELECT coalesce(sum(count), 0) AS n FROM request_counters WHERE bucket = 'reports-day'"),
      stored: await stored(),
    }).toEqual({ hour: before.hour + 3, day: before.day + 3, stored: before.stored + 3 })
  })
})
