import { For, Show } from 'solid-js'
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
      <Answers t={k.t} draft={k.draft} goTo={props.goTo} />
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
function Answers(props: { t: T; draft: Draft; goTo: (step: number) => void }) {
  const t = props.t
  const show = (value: string | undefined) => (value && value.trim() ? value : t('report.notAnswered'))
  const sections = () => {
    const p = props.draft.person
    const j = props.draft.journey
    const r = props.draft.reporter
    return [
      {
        step: 0,
        title: t('report.step.person'),
        rows: [
          ['report.person.fullName.label', p.fullName],
          ['report.person.latinName.label', p.latinName],
          ['report.person.otherNames.label', p.otherNames],
          ['report.person.birthDate.label', p.birthDate || p.approxAge],
          ['report.person.sex.label', p.sex && t(`report.person.sex.${p.sex}`)],
          ['report.person.nationality.label', p.nationality && t(`report.nationality.${p.nationality}`)],
          ['report.person.passportNumber.label', p.passportNumber],
          ['report.person.phones.label', p.phones],
          [
            'report.person.messengers.label',
            MESSENGER_FIELDS.filter((app) => p[app].trim())
              .map((app) => `${t(`report.messenger.${app}`)}: ${p[app]}`)
              .join(', '),
          ],
          ['report.person.photo.label', props.draft.photo ? t('report.yes') : ''],
          ['report.person.description.label', p.description],
        ],
      },
      {
        step: 1,
        title: t('report.step.journey'),
        rows: [
          ['report.journey.departureDate.label', j.departureDate],
          ['report.journey.destinationCountry.label', j.destinationCountry && t(`report.country.${j.destinationCountry}`)],
          ['report.journey.destinationTown.label', j.destinationTown],
          ['report.journey.offerText.label', j.offerText],
          ['report.journey.recruiterName.label', j.recruiterName],
          ['report.journey.recruiterContacts.label', j.recruiterContacts],
          ['report.journey.lastContactDate.label', j.lastContactDate],
          ['report.journey.lastContactChannel.label', j.lastContactChannel && t(`report.channel.${j.lastContactChannel}`)],
          ['report.journey.lastContactWords.label', j.lastContactWords],
          ['report.journey.dangerSigns.label', j.dangerSigns.map((s) => t(`report.danger.${s}`)).join(', ')],
          ['report.journey.knownLocation.label', j.knownLocation],
          ['report.journey.policeTold.label', j.policeTold && t(`report.police.${j.policeTold}`)],
        ],
      },
      {
        step: 2,
        title: t('report.step.reporter'),
        rows: [
          ['report.reporter.name.label', r.name],
          ['report.reporter.relationship.label', r.relationship && t(`report.relationship.${r.relationship}`)],
          ['report.reporter.phone.label', r.phone],
          ['report.reporter.email.label', r.email],
          ['report.reporter.messenger.label', r.messenger],
          ['report.reporter.safeTimes.label', r.safeTimes],
        ],
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

