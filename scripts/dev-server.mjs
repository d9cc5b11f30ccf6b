// Starts the real dev server (`wrangler dev` on workerd) on a free loopback port with
// its own local D1 and R2 in a temporary directory. Used by the browser tests and the
// benchmarks; the site must already be built.
import { execFileSync, spawn } from 'node:child_process'
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureDevVars } from './dev-vars.mjs'
import { seedLocal } from './seed.mjs'

const root = new URL('..', import.meta.url).pathname

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/**
 * @param {{ vars?: Record<string, string>, beforeStart?: (persistDir: string) => unknown }} [options] `--var` overrides, e.g. caps for a load test
 * @returns {Promise<{ baseUrl: string, persistDir: string, stop: () => Promise<void> }>}
 */
export async function startDevServer(options = {}) {
  const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' }
  const persistDir = mkdtempSync(join(tmpdir(), 'homeward-dev-'))
  ensureDevVars()
  execFileSync('wrangler', ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistDir], { cwd: root, env, stdio: 'pipe' })
  seedLocal(['--persist-to', persistDir])
  // e.g. a benchmark writing rows straight into the local D1 file before the server opens it
  if (options.beforeStart) await options.beforeStart(persistDir)
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const vars = Object.entries(options.vars ?? {}).flatMap(([k, v]) => ['--var', `${k}:${v}`])
  const server = spawn(
    'wrangler',
    ['dev', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persistDir, '--show-interactive-dev-session=false', ...vars],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  // The server's log is kept beside its data, so tests can prove neither holds
  // personal data in plain text.
  const logFile = join(persistDir, 'wrangler-dev.log')
  let output = ''
  const record = (chunk) => {
    output += chunk
    appendFileSync(logFile, chunk)
  }
  server.stdout.on('data', record)
  server.stderr.on('data', record)
  const stop = async () => {
    server.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    if (server.exitCode === null) server.kill('SIGKILL')
    rmSync(persistDir, { recursive: true, force: true })
  }
  const deadline = Date.now() + 90_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`wrangler dev exited early:\n${output}`)
    try {
      if ((await fetch(`${baseUrl}/api/v1/health`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`wrangler dev did not answer within 90 s:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return { baseUrl, persistDir, stop, output: () => output }
}
