import { Show } from 'solid-js'
import { CONTACT_CHANNELS, DANGER_SIGNS, DESTINATION_COUNTRIES, POLICE_TOLD } from '../../../../core/report'
import type { Kit } from './kit'

/** Step 2: where they went, who recruited them, the last contact and the danger signs. */
export default function JourneyStep(props: { kit: Kit }) {
  const k = props.kit
  return (
    <>
      {k.date('journey', 'departureDate', 0)}
      {k.choice('radio', 'journey', 'destinationCountry', k.options(DESTINATION_COUNTRIES, 'report.country'))}
      {k.text('journey', 'destinationTown', { optional: true, maxLength: 200 })}
      <fieldset class="fieldset field">
        <legend class="legend">{k.t('report.journey.recruitment.legend')}</legend>
        {k.text('journey', 'offerText', { optional: true, multiline: true, rows: 6, maxLength: 10000 })}
        {k.text('journey', 'recruiterName', { optional: true, maxLength: 200 })}
        {k.text('journey', 'recruiterContacts', { optional: true, multiline: true, rows: 2, maxLength: 1000 })}
      </fieldset>
      <fieldset class="fieldset field">
        <legend class="legend">{k.t('report.journey.lastContact.legend')}</legend>
        {k.date('journey', 'lastContactDate', 0)}
        {k.select('journey', 'lastContactChannel', k.options(CONTACT_CHANNELS, 'report.channel'), { optional: true })}
        {k.text('journey', 'lastContactWords', { optional: true, multiline: true, maxLength: 2000 })}
      </fieldset>
      {k.choice('checkbox', 'journey', 'dangerSigns', k.options(DANGER_SIGNS, 'report.danger'), { hint: k.t('report.journey.dangerSigns.hint') })}
      {k.text('journey', 'knownLocation', { optional: true, multiline: true, rows: 3, maxLength: 1000 })}
      {k.choice('radio', 'journey', 'policeTold', k.options(POLICE_TOLD, 'report.police'), { optional: true, inline: true })}
      <Show when={k.draft.journey.policeTold === 'yes'}>
        {k.text('journey', 'policeDetails', { optional: true, maxLength: 500 })}
      </Show>
    </>
  )
}
