// Creates .dev.vars with fresh random secrets when it is missing (never overwrites:
// the local database holds data encrypted under these keys).
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'

export const DEV_VARS_PATH = new URL('../.dev.vars', import.meta.url).pathname

/** A local stand-in for Cloudflare Access's signing key: an RS256 key pair as JWKs. */
function accessKeys() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const kid = `local-${randomBytes(6).toString('hex')}`
  const pub = { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }
  const priv = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256' }
  return {
    ACCESS_LOCAL_JWKS: JSON.stringify({ keys: [pub] }),
    ACCESS_LOCAL_PRIVATE_JWK: JSON.stringify(priv),
  }
}

/** A fresh VAPID key (RFC 8292): an ECDSA P-256 private key as a JWK, on one line. */
export function vapidKey() {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  return JSON.stringify(privateKey.export({ format: 'jwk' }))
}

/**
 * Creates .dev.vars with fresh random secrets when it is missing, and adds any secret
 * a newer version of Homeward needs to an existing file. Returns true when it wrote.
 */
export function ensureDevVars(path = DEV_VARS_PATH) {
  const secret = () => randomBytes(32).toString('base64url')
  const wanted = {
    MASTER_KEY: secret,
    INDEX_KEY: secret,
    RECEIPT_KEY: secret,
    // Cloudflare's documented always-pass Turnstile test secret: lets a person submit
    // a form on a machine with no internet. Production sets a real secret.
    TURNSTILE_SECRET: () => '1x0000000000000000000000000000000AA',
  }
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : null
  const has = (name) => existing !== null && new RegExp(`^${name}=`, 'm').test(existing)
  const lines = Object.entries(wanted)
    .filter(([name]) => !has(name))
    .map(([name, make]) => `${name}=${make()}`)
  if (!has('ACCESS_LOCAL_JWKS') || !has('ACCESS_LOCAL_PRIVATE_JWK')) {
    for (const [name, value] of Object.entries(accessKeys())) lines.push(`${name}=${value}`)
  }
  // The VAPID key pair (RFC 8292) that signs Web Push requests: a P-256 private key as a JWK.
  if (!has('VAPID_PRIVATE_JWK')) lines.push(`VAPID_PRIVATE_JWK=${vapidKey()}`)
  if (lines.length === 0) return false
  if (existing === null) {
    writeFileSync(path, `# Local secrets for \`npm start\`, created by scripts/dev-vars.mjs. Not committed.\n${lines.join('\n')}\n`, { mode: 0o600 })
  } else {
    appendFileSync(path, `${existing.endsWith('\n') ? '' : '\n'}${lines.join('\n')}\n`)
  }
  return true
}

/** The values in .dev.vars, for local tools (staff-token, seed). */
export function readDevVars(path = DEV_VARS_PATH) {
  const vars = {}
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = line.match(/^([A-Z_]+)=(.*)$/)
    if (match) vars[match[1]] = match[2]
  }
  return vars
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureDevVars() ? 'wrote fresh local secrets to .dev.vars' : '.dev.vars has every secret; kept it')
}
