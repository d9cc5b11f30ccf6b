import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ensureDevVars, readDevVars } from '../../scripts/dev-vars.mjs'
import { secretFault } from '../../core/secret-strength'

const dir = mkdtempSync(join(tmpdir(), 'homeward-dev-vars-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the .dev.vars that npm start creates', () => {
  it('holds key secrets the Worker accepts as strong', () => {
    for (let i = 0; i < 25; i++) {
      const path = join(dir, `dev-vars-${i}`)
      ensureDevVars(path)
      const vars = readDevVars(path) as Record<string, string>
      for (const name of ['MASTER_KEY', 'INDEX_KEY', 'RECEIPT_KEY']) expect({ name, fault: secretFault(vars[name]) }).toEqual({ name, fault: null })
    }
  })
})
