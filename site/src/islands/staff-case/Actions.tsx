import { For, Show, createSignal, type Accessor, type Setter } from 'solid-js'
import type { Colleague } from '../../../../core/api'
import { dayProblem } from '../../../../core/day-input'
import { CLOSE_REASONS, NEXT_STATUS, type CaseStatus } from '../../../../core/workflow'
import DateField from '../parts/DateField'
import { StaffForm, StaffInput, StaffSelect } from '../parts/staff-form'
import type { CaseProps } from './desk'

/** The next status (with its reason), taking or giving back the case, and assigning it. */
export function StatusForm(props: CaseProps & { me: string; nextStatus: Accessor<string>; setNextStatus: Setter<string> }) {
  const { t, edit, person } = props.desk
  const [closedReason, setClosedReason] = createSignal('')
  const [reason, setReason] = createSignal('')
  const next = props.nextStatus
  return (
    <StaffForm
      class="panel"
      onSend={() => !props.desk.tooLong({ id: 'status-reason', label: t('staff.case.reason'), value: reason(), max: 500 }) && edit('/status', { status: next(), closedReason: next() === 'closed' ? closedReason() || undefined : undefined, reason: reason() || undefined }, () => setReason(''))}
    >
      <h2>{t('staff.case.changeStatus')}</h2>
      <StaffSelect id="next-status" label={t('staff.case.status')} onChange={props.setNextStatus}>
        <For each={NEXT_STATUS[props.c.status as CaseStatus]}>{(s) => <option value={s} selected={s === next()}>{t(`case.status.${s}`)}</option>}</For>
      </StaffSelect>
      <Show when={next() === 'closed'}>
        <StaffSelect id="closed-reason" label={t('staff.case.closedReason')} onChange={setClosedReason}>
          <option value="">—</option>
          <For each={CLOSE_REASONS}>{(r) => <option value={r}>{t(`staff.close.${r}`)}</option>}</For>
        </StaffSelect>
      </Show>
      <StaffInput id="status-reason" label={t('staff.case.reason')} limit={{ t, max: 500 }} value={reason()} onInput={setReason} />
      <p class="actions">
        <button class="button" type="submit">{t('staff.case.apply')}</button>
        <button class="button button--secondary" type="button" onClick={() => edit('/assign', { assignee: props.c.assignee === props.me ? null : props.me })}>
          {props.c.assignee === props.me ? t('staff.case.unassign') : t('staff.case.assignMe')}
        </button>
      </p>
      <p class="hint" data-testid="staff-assignee">{t('staff.queue.assignee')}: {props.c.assignee ? person(props.c.assigneeName, props.c.assignee) : '—'}</p>
    </StaffForm>
  )
}

/** Assign to a named colleague, or to nobody: s, an arrow, Enter. */
export function AssignForm(props: CaseProps & { colleagues: Colleague[] }) {
  const { t, edit, toHeading } = props.desk
  const [assignTo, setAssignTo] = createSignal('')
  return (
    <form
      class="panel assign-form"
      onSubmit={(e) => {
        e.preventDefault()
        const to = assignTo() === 'nobody' ? null : assignTo()
        if (!assignTo()) return
        edit('/assign', { assignee: to }, () => {
          setAssignTo('')
          toHeading()
        })
      }}
    >
      <p>
        <label class="label" for="assign-to">{t('staff.assign.to')}</label>
        <select
          id="assign-to"
          class="select"
          value={assignTo()}
          onChange={(e) => setAssignTo(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Enter assigns, as in a text field: s, an arrow, Enter.
            if (e.key === 'Enter') {
              e.preventDefault()
              setAssignTo(e.currentTarget.value)
              e.currentTarget.form?.requestSubmit()
            }
          }}
        >
          <option value="">—</option>
          <For each={props.colleagues}>{(p) => <option value={p.email}>{p.name}</option>}</For>
          <option value="nobody">{t('staff.assign.nobody')}</option>
        </select>
      </p>
      <p><button class="button button--secondary" type="submit">{t('staff.assign.submit')}</button></p>
    </form>
  )
}

/** A supervisor's levers: override the priority, keep the case past its deletion date. */
export function Supervisor(props: CaseProps) {
  const { t, edit } = props.desk
  const [override, setOverride] = createSignal('')
  const [overrideReason, setOverrideReason] = createSignal('')
  const [retainUntil, setRetainUntil] = createSignal('')
  const [retainError, setRetainError] = createSignal('')
  /** A date typed in part or one its month lacks is said beside the question, not sent. */
  const retainDayRefused = () => {
    const problem = retainUntil() === '' ? 'incomplete' : dayProblem(retainUntil())
    setRetainError(problem ? t(`date.error.${problem}`) : '')
    if (problem) document.getElementById('retain-until')?.focus()
    return Boolean(problem)
  }
  const [retainReason, setRetainReason] = createSignal('')
  return (
    <details class="panel">
      <summary>{t('staff.case.supervisor')}</summary>
      <StaffForm onSend={() => !props.desk.tooLong({ id: 'override-reason', label: t('staff.case.overrideReason'), value: overrideReason(), max: 500 }) && edit('/priority', { override: override() === '' ? null : Number(override()), reason: overrideReason() || undefined }, () => setOverrideReason(''))}>
        <StaffInput id="override" label={t('staff.case.override')} class="input input--short" inputmode="numeric" value={override()} onInput={(value) => setOverride(value.trim())} />
        <StaffInput id="override-reason" label={t('staff.case.overrideReason')} limit={{ t, max: 500 }} value={overrideReason()} onInput={setOverrideReason} />
        <p><button class="button button--secondary" type="submit">{t('staff.case.apply')}</button></p>
      </StaffForm>
      <StaffForm onSend={() => !retainDayRefused() && !props.desk.tooLong({ id: 'retain-reason', label: t('staff.case.retainReason'), value: retainReason(), max: 500 }) && edit('/retention', { retainUntil: retainUntil(), reason: retainReason() }, () => setRetainReason(''))}>
        <DateField t={t} lang={props.desk.lang} field="retain-until" label={t('staff.case.retainUntil')} exampleYears={1} value={retainUntil()} onInput={setRetainUntil} error={retainError()} />
        <StaffInput id="retain-reason" label={t('staff.case.retainReason')} limit={{ t, max: 500 }} value={retainReason()} onInput={setRetainReason} />
        <p><button class="button button--secondary" type="submit">{t('staff.case.apply')}</button></p>
      </StaffForm>
    </details>
  )
}
