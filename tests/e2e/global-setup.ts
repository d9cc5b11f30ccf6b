import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { ensureDevVars } from '../../scripts/dev-vars.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    persistDir: string
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/**
 * Starts the real dev server (`wrangler dev` on workerd) on a free port, with its own
 * local D1 in a temporary directory, for the browser tests. The site is built by the
 * npm script before vitest starts.
 */
export default async function setup(project: TestProject) {
  const root = new URL('../..', import.meta.url).pathname
  const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' }
  const persistDir = mkdtempSync(join(tmpdir(), 'homeward-e2e-'))
  ensureDevVars()
  execFileSync('wrangler', ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistDir], {
    cwd: root,
    env,
    stdio: 'pipe',
  })
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const server: ChildProcess = spawn(
    'wrangler',
    ['dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persistDir, '--show-interactive-dev-session=false'],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  server.stdout?.on('data', (chunk) => (output += chunk))
  server.stderr?.on('data', (chunk) => (output += chunk))

  const deadline = Date.now() + 90_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`wrangler dev exited early:\n${output}`)
    try {
      const res = await fetch(`${baseUrl}/api/v1/health`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      server.kill('SIGKILL')
      throw new Error(`wrangler dev did not answer within 90 s:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }

  project.provide('baseUrl', baseUrl)
  project.provide('persistDir', persistDir)
  return async () => {
    server.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    if (server.exitCode === null) server.kill('SIGKILL')
    rmSync(persistDir, { recursive: true, force: true })
  }
}
