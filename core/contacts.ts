import type { MessageKey } from './i18n'

/**
 * Emergency contacts, only those a published source confirms, each with its source.
 * The Korean Embassy's direct number could not be confirmed and is left out.
 */
export type Contact = {
  id: string
  region: 'cambodia' | 'korea'
  name: MessageKey
  text: MessageKey
  /** Lines shown as they are (numbers to save), each a locale key. */
  lines?: MessageKey[]
  action?: { label: MessageKey; href: string }
  sources: string[]
}

export const CONTACTS: Contact[] = [
  {
    id: 'cambodia-police-telegram',
    region: 'cambodia',
    name: 'help.telegram.name',
    text: 'help.telegram.text',
    lines: ['help.telegram.fromKorea', 'help.telegram.fromCambodia'],
    // t.me/+<number> opens a Telegram chat with a phone number.
    action: { label: 'help.telegram.action', href: 'https://t.me/+855979117117' },
    sources: [
      'https://www.0404.go.kr/dev/publish_view.mofa?id=ATC0000000009508&pagenum=2&mst_id=MST0000000000039&st=title&stext=',
    ],
  },
  {
    id: 'cambodia-police-117',
    region: 'cambodia',
    name: 'help.police117.name',
    text: 'help.police117.text',
    action: { label: 'help.police117.action', href: 'tel:117' },
    sources: ['https://en.vietnamplus.vn/cambodia-sets-up-hotline-to-report-illegal-detention/236589.vnp'],
  },
  {
    id: 'cambodia-scam-hotline',
    region: 'cambodia',
    name: 'help.scamHotline.name',
    text: 'help.scamHotline.text',
    action: { label: 'help.scamHotline.action', href: 'https://hotline.police.gov.kh' },
    sources: ['https://m.phnompenhpost.com/national/24-7-hotline-established-to-support-cyberscam-victims'],
  },
  {
    id: 'korea-consular-call-centre',
    region: 'korea',
    name: 'help.consular.name',
    text: 'help.consular.text',
    action: { label: 'help.consular.action', href: 'tel:+82232100404' },
    sources: ['https://www.kmib.co.kr/article/view_amp.asp?arcid=1748498674'],
  },
  {
    id: 'korea-police-112',
    region: 'korea',
    name: 'help.police112.name',
    text: 'help.police112.text',
    action: { label: 'help.police112.action', href: 'tel:112' },
    sources: ['https://www.0404.go.kr/dev/publish_view.mofa?id=ATC0000000009508&pagenum=2&mst_id=MST0000000000039&st=title&stext='],
  },
  {
    id: 'korea-police-ecrm',
    region: 'korea',
    name: 'help.ecrm.name',
    text: 'help.ecrm.text',
    action: { label: 'help.ecrm.action', href: 'https://ecrm.police.go.kr/minwon/main' },
    sources: ['https://www.hankyung.com/article/202012225071Y'],
  },
]
