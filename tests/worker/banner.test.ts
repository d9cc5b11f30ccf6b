import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { insertNotice } from '../../worker/db/notices'
import { call as callApp } from './helpers'

// Every read goes to D1 here; production reuses a read for NOTICE_CACHE_SECONDS.
const call = (path: string) => callApp(path, {}, { NOTICE_CACHE_SECONDS: '0' as '15' })

const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString()

describe('the urgent banner', () => {
  it('is absent, then appears in every page’s HTML once set, then disappears when it expires', async () => {
    expect(await (await call('/api/v1/notice')).json()).toEqual({ notice: null })

    const notice = await insertNotice(env.DB, {
      text: { ko: '프놈펜 공항 폐쇄 <긴급>', km: 'ព្រលានយន្តហោះភ្នំពេញបិទ', en: 'Phnom Penh airport closed' },
      startsAt: inSeconds(-1),
      expiresAt: inSeconds(2),
      createdBy: 'test',
    })
    const api = await call('/api/v1/notice')
    expect(api.headers.get('cache-control')).toBe('no-store')
    expect(await api.json()).toEqual({
      notice: { text: notice.text, startsAt: notice.startsAt, expiresAt: notice.expiresAt },
    })

    const ko = await (await call('/ko/help/')).text()
    expect(ko).toContain(
      '<body><div class="urgent-banner" role="region" aria-label="긴급 공지"><p class="container" lang="ko">프놈펜 공항 폐쇄 &lt;긴급&gt;</p></div>',
    )
    const km = await (await call('/km/')).text()
    expect(km).toContain('<p class="container" lang="km">ព្រលានយន្តហោះភ្នំពេញបិទ</p>')
    const en = await (await call('/en/report/')).text()
    expect(en).toContain('<p class="container" lang="en">Phnom Penh airport closed</p>')
    // Not on API answers or assets.
    expect(await (await call('/api/v1/health')).text()).not.toContain('urgent-banner')

    await new Promise((resolve) => setTimeout(resolve, Date.parse(notice.expiresAt) - Date.now() + 50))
    expect(await (await call('/ko/help/')).text()).not.toContain('urgent-banner')
    expect(await (await call('/api/v1/notice')).json()).toEqual({ notice: null })
  })

  it('shows English on Khmer pages when the notice has no Khmer text', async () => {
    await insertNotice(env.DB, {
      text: { ko: '안내', en: 'Notice in English only' },
      startsAt: inSeconds(-1),
      expiresAt: inSeconds(60),
      createdBy: 'test',
    })
    const km = await (await call('/km/')).text()
    expect(km).toContain('aria-label="សេចក្ដីជូនដំណឹងបន្ទាន់"><p class="container" lang="en">Notice in English only</p>')
  })
})
