// Registers the Telegram bot's webhook (README "Telegram and KakaoTalk").
//   TELEGRAM_BOT_TOKEN=… TELEGRAM_WEBHOOK_SECRET=… npm run -s telegram -- --set-webhook https://your.domain
//   npm run -s telegram -- --info            what Telegram has on record
//   npm run -s telegram -- --delete-webhook  stop delivering updates
// The secret must be the one the Worker has (wrangler secret put TELEGRAM_WEBHOOK_SECRET):
// Telegram sends it in X-Telegram-Bot-Api-Secret-Token with every update.
import { parseArgs } from 'node:util'

const API = 'https://api.telegram.org'

/** What setWebhook is sent: our route, the secret, and only the update kinds the bot answers. */
export function setWebhookBody(origin, secret) {
  const url = new URL('/api/v1/telegram/webhook', origin)
  if (url.protocol !== 'https:') throw new Error('Telegram delivers webhooks over HTTPS only: give https://your.domain')
  if (!/^[A-Za-z0-9_-]{1,256}$/.test(secret ?? '')) {
    throw new Error('TELEGRAM_WEBHOOK_SECRET must be 1–256 characters of A–Z, a–z, 0–9, _ and -')
  }
  return { url: url.href, secret_token: secret, allowed_updates: ['message', 'callback_query'], drop_pending_updates: true, max_connections: 40 }
}

/** The Bot API request for `method` (the token goes in the path, as Telegram requires). */
export function botRequest(token, method, body) {
  if (!/^\d+:[A-Za-z0-9_-]{20,}$/.test(token ?? '')) throw new Error('TELEGRAM_BOT_TOKEN is missing or not a bot token from @BotFather')
  return new Request(`${API}/bot${token}/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) })
}

export function parseCommandLine(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { 'set-webhook': { type: 'string' }, 'delete-webhook': { type: 'boolean' }, info: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  })
  if (values['set-webhook']) return { action: 'set', origin: values['set-webhook'] }
  if (values['delete-webhook']) return { action: 'delete' }
  if (values.info) return { action: 'info' }
  return { action: 'help' }
}

async function main() {
  let command
  try {
    command = parseCommandLine(process.argv.slice(2))
  } catch (error) {
    console.error(error.message)
    process.exit(2)
  }
  if (command.action === 'help') {
    console.log('usage: npm run -s telegram -- --set-webhook https://your.domain | --info | --delete-webhook\n(needs TELEGRAM_BOT_TOKEN, and TELEGRAM_WEBHOOK_SECRET for --set-webhook)')
    return
  }
  const token = process.env.TELEGRAM_BOT_TOKEN
  const request =
    command.action === 'set'
      ? botRequest(token, 'setWebhook', setWebhookBody(command.origin, process.env.TELEGRAM_WEBHOOK_SECRET))
      : command.action === 'delete'
        ? botRequest(token, 'deleteWebhook', { drop_pending_updates: true })
        : botRequest(token, 'getWebhookInfo')
  const res = await fetch(request)
  const answer = await res.json().catch(() => ({ ok: false, description: `HTTP ${res.status}` }))
  // Never print the token; Telegram's answer does not contain it.
  console.log(JSON.stringify(answer, null, 2))
  if (!answer.ok) process.exit(1)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error.message)
    process.exit(1)
  })
}
