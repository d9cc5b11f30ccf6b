// Reply time of the Telegram webhook for a 1,000-character forwarded offer, on the real
// dev server (wrangler dev on workerd, local D1), loopback only, bounded in count.
// Each update comes from its own chat, so the per-chat limit does not cut the run short.
// Usage: npm run bench:telegram [-- --requests 300 --concurrency 1]
import { startDevServer } from '../scripts/dev-server.mjs'
import { numbers } from './args.mjs'

const { requests, concurrency } = numbers({ requests: [300, 2000], concurrency: [1, 16] })
const SECRET = 'bench-webhook-secret'

// A recruiter's message as it is forwarded: Korean with a place, pay, perks and a handle.
const sentences = [
  '[해외 고수익 채용] 캄보디아 시아누크빌 현지 법인에서 고객상담(CS) 및 타이핑 직원을 모집합니다.',
  '월 800만원 이상 보장, 숙소와 식사 무료 제공, 왕복 항공권 회사 부담.',
  '경력 무관, 나이 무관, 영어 못해도 됩니다. 여권만 준비하시면 비자는 회사에서 처리합니다.',
  '출국은 이번 주 안에 가능하며 인원이 마감되면 모집을 종료합니다.',
  '자세한 내용은 텔레그램 @kh_cs_recruit 로 문의 주세요. 주변 분들께 비밀로 해 주세요.',
]
let text = ''
for (let i = 0; text.length < 1000; i++) text += `${sentences[i % sentences.length]} `
text = text.slice(0, 1000)

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

const server = await startDevServer({ vars: { TELEGRAM_WEBHOOK_SECRET: SECRET } })
try {
  const update = (i) => ({
    update_id: 1_000_000 + i,
    message: {
      message_id: 1,
      from: { id: 5_000_000 + i, is_bot: false, first_name: 'B', language_code: 'ko' },
      chat: { id: 5_000_000 + i, type: 'private', first_name: 'B' },
      date: Math.floor(Date.now() / 1000),
      forward_origin: { type: 'hidden_user', sender_user_name: 'Recruiter', date: Math.floor(Date.now() / 1000) - 600 },
      text,
    },
  })
  const send = (i) =>
    fetch(`${server.baseUrl}/api/v1/telegram/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(update(i)),
    })
  // Warm-up: the first requests compile the Worker and open the database.
  for (let i = 0; i < 10; i++) await (await send(-1 - i)).arrayBuffer()
  const latencies = []
  const statuses = new Map()
  let next = 0
  const worker = async () => {
    while (next < requests) {
      const i = next++
      const start = performance.now()
      const res = await send(i)
      const body = await res.text()
      latencies.push(performance.now() - start)
      const kind = res.status === 200 && body.startsWith('{"method":"sendMessage"') ? 'reply' : `${res.status}${body ? '' : ' empty'}`
      statuses.set(kind, (statuses.get(kind) ?? 0) + 1)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  latencies.sort((a, b) => a - b)
  const result = {
    label: 'POST /api/v1/telegram/webhook, 1,000-character Korean offer',
    characters: text.length,
    requests: latencies.length,
    concurrency,
    p50: Number(percentile(latencies, 50).toFixed(1)),
    p95: Number(percentile(latencies, 95).toFixed(1)),
    p99: Number(percentile(latencies, 99).toFixed(1)),
    max: Number(latencies.at(-1).toFixed(1)),
    answers: Object.fromEntries(statuses),
  }
  console.log(JSON.stringify(result, null, 2))
} finally {
  await server.stop()
}
