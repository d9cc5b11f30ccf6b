import { For, Show } from 'solid-js'
import { formatDay } from '../../../../core/dates'
import type { Lang } from '../../../../core/langs'
import { internationalPhone } from '../../../../core/phone'
import { CONSENTS } from '../../../../core/report'
import type { T } from '../parts/t'
import { MESSENGER_FIELDS, type Draft } from './draft'
import type { Kit } from './kit'

/** Step 5: check your answers, then the Turnstile check and send. */
export default function CheckStep(props: { kit: Kit; goTo: (step: number) => void; mountWidget: (el: HTMLDivElement) => void }) {
  const k = props.kit
  return (
    <>
      <p class="lead">{k.t('report.check.lead')}</p>
      <Answers t={k.t} lang={k.lang} draft={k.draft} goTo={props.goTo} />
      <div class={`field${k.errorFor('turnstileToken') ? ' field--error' : ''}`}>
        <p class="label" id="turnstileToken">{k.t('report.turnstile.label')}</p>
        <Show when={k.errorFor('turnstileToken')}>
          <p class="error-message">{k.errorFor('turnstileToken')}</p>
        </Show>
        <div ref={props.mountWidget} class="turnstile" />
      </div>
    </>
  )
}

/** Check your answers (GOV.UK): every answer, with a link back to change it. */
function Answers(props: { t: T; lang: Lang; draft: Draft; goTo: (step: number) => void }) {
  const t = props.t
  const show = (value: string | undefined) => (value && value.trim() ? value : t('report.notAnswered'))
  /** A chosen value in words, or nothing when none was chosen. */
  const word = (prefix: string, value: string) => (value ? t(`${prefix}.${value}`) : '')
  /** A date as the reader writes it ("14 មីនា 2002"), not as the date field stores it (2002-03-14). */
  const day = (value: string) => (value ? formatDay(value, props.lang) || value : '')
  /** Rows of a section in order: a question's name (its answer as typed) or [name, answer]. */
  const rowsOf = (section: string, answers: Record<string, unknown>, questions: Array<string | [string, string]>) =>
    questions.map((q) => (typeof q === 'string' ? [`report.${section}.${q}.label`, answers[q] as string] : [`report.${section}.${q[0]}.label`, q[1]]))
  const sections = () => {
    // Phone numbers read back in international form, as staff will dial them (issue 19).
    const intl = (phones: string) => phones.split(/[,;\n]/).map((n) => n.trim() && (internationalPhone(n, props.lang) ?? n.trim())).filter(Boolean).join(', ')
    const p = { ...props.draft.person, phones: intl(props.draft.person.phones) }
    const j = props.draft.journey
    const r = { ...props.draft.reporter, phone: intl(props.draft.reporter.phone) }
    const messengers = MESSENGER_FIELDS.filter((app) => p[app].trim())
      .map((app) => `${t('labelled', { label: t(`report.messenger.${app}`) })} ${p[app]}`)
      .join(', ')
    return [
      {
        step: 0,
        title: t('report.step.person'),
        rows: rowsOf('person', p, [
          'fullName', 'latinName', 'otherNames', ['birthDate', day(p.birthDate) || p.approxAge], ['sex', word('report.person.sex', p.sex)],
          ['nationality', word('report.nationality', p.nationality)], 'passportNumber', 'phones', ['messengers', messengers],
          ['photo', props.draft.photo ? t('report.yes') : ''], 'description',
        ]),
      },
      {
        step: 1,
        title: t('report.step.journey'),
        rows: rowsOf('journey', j, [
          ['departureDate', day(j.departureDate)], ['destinationCountry', word('report.country', j.destinationCountry)], 'destinationTown', 'offerText', 'recruiterName',
          'recruiterContacts', ['lastContactDate', day(j.lastContactDate)], ['lastContactChannel', word('report.channel', j.lastContactChannel)], 'lastContactWords',
          ['dangerSigns', j.dangerSigns.map((s) => t(`report.danger.${s}`)).join(', ')], 'knownLocation', ['policeTold', word('report.police', j.policeTold)],
        ]),
      },
      {
        step: 2,
        title: t('report.step.reporter'),
        rows: rowsOf('reporter', r, ['name', ['relationship', word('report.relationship', r.relationship)], 'phone', 'email', 'messenger', 'safeTimes']),
      },
      {
        step: 3,
        title: t('report.step.consents'),
        rows: CONSENTS.map((c) => [`report.consents.${c}.title`, props.draft.consents[c] ? t('report.yes') : t('report.no')]),
      },
    ]
  }
  return (
    <For each={sections()}>
      {(section) => (
        <section class="answers" aria-label={section.title}>
          <h2>{section.title}</h2>
          <dl class="summary-list">
            <For each={section.rows}>
              {([label, value]) => (
                <div class="summary-list__row">
                  <dt>{t(label)}</dt>
                  <dd class="summary-list__value">{show(value)}</dd>
                </div>
              )}
            </For>
          </dl>
          <p>
            <button type="button" class="link-button" onClick={() => props.goTo(section.step)}>
              {t('report.change')}<span class="visually-hidden"> {section.title}</span>
            </button>
          </p>
        </section>
      )}
    </For>
  )
}

