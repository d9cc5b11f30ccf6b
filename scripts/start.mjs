// npm start: build the site, prepare local secrets and the local D1, then serve the
// whole portal with `wrangler dev` on workerd at http://127.0.0.1:${PORT:-8787}.
import { execFileSync, spawn } from 'node:child_process'
import { ensureDevVars } from './dev-vars.mjs'
import { seedLocal } from './seed.mjs'

const root = new URL('..', import.meta.url).pathname
const port = process.env.PORT ?? '8787'
// Keep wrangler from phoning home: without internet it would wait for the request.
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' }

execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit', env })
if (ensureDevVars()) console.log('created .dev.vars with fresh random secrets')
execFileSync('wrangler', ['d1', 'migrations', 'apply', 'DB', '--local'], { cwd: root, stdio: 'inherit', env })
seedLocal()
console.log(`staff console: http://127.0.0.1:${port}/staff/sign-in (admin@example.org, officer@example.org)`)

const dev = spawn('wrangler', ['dev', '--ip', '127.0.0.1', '--port', port, '--show-interactive-dev-session=false'], {
  cwd: root,
  stdio: 'inherit',
  env,
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal))
dev.on('exit', (code) => process.exit(code ?? 0))
