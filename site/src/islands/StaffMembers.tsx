import { For, Show, createSignal, onMount } from 'solid-js'
import { problemMessage, type StaffAccount } from '../../../core/api'
import type { Lang } from '../../../core/langs'
import { ROLES } from '../../../core/roles'
import { callApi, isForbidden, postJson } from './parts/api'
import DataTable from './parts/DataTable'
import { StaffForm, StaffInput, StaffSelect, refuseTooLong } from './parts/staff-form'
import { makeT } from './parts/t'

type Member = StaffAccount

/** Admins add staff and change their role; only listed, active accounts get in. */
export default function StaffMembers(props: { lang: Lang; messages: Record<string, string> }) {
  const t = makeT(props.messages, props.lang)
  const [members, setMembers] = createSignal<Member[]>([])
  const [form, setForm] = createSignal<Member>({ email: '', name: '', role: 'viewer', active: true })
  const [message, setMessage] = createSignal('')
  async function load() {
    const res = await callApi<{ items: Member[] }>('/api/v1/staff/members', { method: 'GET' })
    if (res.kind === 'ok') setMembers(res.data.items)
    else if (!isForbidden(res)) setMessage(t('staff.error.load'))
  }
  onMount(load)
  async function save(member: Member) {
    const res = await postJson('/api/v1/staff/members', member)
    setMessage(res.kind === 'ok' ? t('staff.case.saved') : problemMessage(res, t, { offline: 'staff.error.load' }))
    await load()
  }
  return (
    <>
      <Show when={message()}>
        <p class="notice" role="status">{message()}</p>
      </Show>
      <DataTable caption={t('staff.members.caption')} columns={[t('staff.members.email'), t('staff.members.name'), t('staff.members.role'), t('staff.members.active')]}>
        <For each={members()}>
          {(m) => (
            <tr>
              <th scope="row">{m.email}</th>
              <td>{m.name}</td>
              <td>
                <label class="visually-hidden" for={`role-${m.email}`}>{t('staff.members.role')}</label>
                <select id={`role-${m.email}`} class="select" onChange={(e) => save({ ...m, role: e.currentTarget.value as Member['role'] })}>
                  <For each={ROLES}>{(r) => <option value={r} selected={r === m.role}>{t(`staff.role.${r}`)}</option>}</For>
                </select>
              </td>
              <td>
                <input
                  type="checkbox"
                  class="choice__input"
                  aria-label={`${t('staff.members.active')}: ${m.email}`}
                  checked={m.active}
                  onChange={(e) => save({ ...m, active: e.currentTarget.checked })}
                />
              </td>
            </tr>
          )}
        </For>
      </DataTable>
      <StaffForm class="panel" onSend={() => !refuseTooLong(t, setMessage, [{ id: 'member-name', label: t('staff.members.name'), value: form().name, max: 200 }]) && save(form())}>
        <h2>{t('staff.members.add')}</h2>
        <StaffInput id="member-email" label={t('staff.members.email')} type="email" value={form().email} onInput={(email) => setForm({ ...form(), email })} />
        <StaffInput id="member-name" label={t('staff.members.name')} limit={{ t, max: 200 }} value={form().name} onInput={(name) => setForm({ ...form(), name })} />
        <StaffSelect id="member-role" label={t('staff.members.role')} class="select input--medium" onChange={(role) => setForm({ ...form(), role: role as Member['role'] })}>
          <For each={ROLES}>{(r) => <option value={r}>{t(`staff.role.${r}`)}</option>}</For>
        </StaffSelect>
        <p><button class="button" type="submit">{t('staff.members.add')}</button></p>
      </StaffForm>
    </>
  )
}
