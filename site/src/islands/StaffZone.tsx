import { For } from 'solid-js'
import { ZONES, type Zone } from '../../../core/labels'
import type { Lang } from '../../../core/langs'
import { makeT } from './parts/t'
import { readZone, saveZone } from './parts/zone'

const NAMES = { seoul: 'staff.zone.seoulName', phnomPenh: 'staff.zone.phnomPenhName' } as const

/** The officer picks the zone every console time is shown in; the page redraws in it. */
export default function StaffZone(props: { lang: Lang; messages: Record<string, string> }) {
  const t = makeT(props.messages, props.lang)
  const current = readZone(props.lang)
  return (
    <p class="zone-picker">
      <label class="label" for="staff-zone">{t('staff.zone.label')}</label>{' '}
      <select
        id="staff-zone"
        class="select"
        onChange={(e) => {
          saveZone(e.currentTarget.value as Zone)
          location.reload()
        }}
      >
        <For each={Object.keys(ZONES) as Zone[]}>{(zone) => <option value={zone} selected={zone === current}>{t(NAMES[zone])}</option>}</For>
      </select>
    </p>
  )
}
