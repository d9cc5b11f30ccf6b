import { html } from 'hono/html'
import { isLang, type Lang } from '../core/langs'
import { readCurrentNotice, noticeText, type Notice } from './db/notices'

/**
 * The notice in force, read from D1 at most every NOTICE_CACHE_SECONDS (15 in
 * wrangler.toml) per isolate, so a banner set by staff is live within a minute
 * without a D1 read on every page view. A cached notice is dropped once it expires.
 */
let cached: { notice: Notice | null; fetchedAt: number } | null = null

export async function currentNotice(env: Pick<Env, 'DB' | 'NOTICE_CACHE_SECONDS'>, now = Date.now()): Promise<Notice | null> {
  const ttl = Number(env.NOTICE_CACHE_SECONDS) * 1000
  const fresh = cached && now - cached.fetchedAt < ttl && (!cached.notice || Date.parse(cached.notice.expiresAt) > now)
  if (!fresh) cached = { notice: await readCurrentNotice(env.DB, new Date(now)), fetchedAt: now }
  return cached!.notice
}

const LABEL: Record<Lang, string> = { ko: '긴급 공지', km: 'សេចក្ដីជូនដំណឹងបន្ទាន់', en: 'Urgent notice' }

/** Puts the banner at the top of the page's <body>, in the page's language. */
export function injectBanner(res: Response, notice: Notice, path: string): Response {
  const pageLang = path.split('/')[1]
  const lang: Lang = isLang(pageLang) ? pageLang : 'ko'
  const { lang: textLang, text } = noticeText(notice, lang)
  // hono/html escapes every interpolated value.
  const banner = html`<div class="urgent-banner" role="region" aria-label="${LABEL[lang]}"><p class="container" lang="${textLang}">${text}</p></div>`.toString()
  return new HTMLRewriter()
    .on('body', {
      element(body) {
        body.prepend(banner, { html: true })
      },
    })
    .transform(res)
}
