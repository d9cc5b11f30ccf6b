// Secrets only a deployment with the chat bots sets (README, "Chat bots"). `wrangler types`
// lists only what `.dev.vars` holds, so these optional ones are declared here.
declare namespace Cloudflare {
  interface Env {
    TELEGRAM_WEBHOOK_SECRET?: string
    KAKAO_SKILL_SECRET?: string
    KAKAO_BOT_ID?: string
  }
}
interface Env {
  TELEGRAM_WEBHOOK_SECRET?: string
  KAKAO_SKILL_SECRET?: string
  KAKAO_BOT_ID?: string
}
