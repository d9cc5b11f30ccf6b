import { Show } from 'solid-js'
import { CONTACT_CHANNELS, DANGER_SIGNS, DESTINATION_COUNTRIES, POLICE_TOLD } from '../../../../core/report'
import { ChoiceField, SelectField } from '../parts/fields'
import type { Kit } from './kit'

/** Step 2: where they went, who recruited them, the last contact and the danger signs. */
export default function JourneyStep(props: { kit: Kit }) {
  const k = props.kit
  return (
    <>
      {k.text('journey', 'departureDate', { optional: true, type: 'date', width: 'medium' })}
      <ChoiceField
        t={k.t}
        kind="radio"
        field="journey.destinationCountry"
        label={k.t('report.journey.destinationCountry.label')}
        error={k.errorFor('journey.destinationCountry')}
        options={k.options(DESTINATION_COUNTRIES, 'report.country')}
        selected={[k.draft.journey.destinationCountry]}
        onChange={([v]) => k.update(['journey', 'destinationCountry'], v)}
      />
      {k.text('journey', 'destinationTown', { optional: true, maxLength: 200 })}
      <fieldset class="fieldset field">
        <legend class="legend">{k.t('report.journey.recruitment.legend')}</legend>
        {k.text('journey', 'offerText', { optional: true, multiline: true, rows: 6, maxLength: 10000 })}
        {k.text('journey', 'recruiterName', { optional: true, maxLength: 200 })}
        {k.text('journey', 'recruiterContacts', { optional: true, multiline: true, rows: 2, maxLength: 1000 })}
      </fieldset>
      <fieldset class="fieldset field">
        <legend class="legend">{k.t('report.journey.lastContact.legend')}</legend>
        {k.text('journey', 'lastContactDate', { optional: true, type: 'date', width: 'medium' })}
        <SelectField
          t={k.t}
          field="journey.lastContactChannel"
          label={k.t('report.journey.lastContactChannel.label')}
          optional
          placeholder={k.t('report.person.nationality.choose')}
          error={k.errorFor('journey.lastContactChannel')}
          value={k.draft.journey.lastContactChannel}
          options={k.options(CONTACT_CHANNELS, 'report.channel')}
          onChange={(v) => k.update(['journey', 'lastContactChannel'], v)}
        />
        {k.text('journey', 'lastContactWords', { optional: true, multiline: true, maxLength: 2000 })}
      </fieldset>
      <ChoiceField
        t={k.t}
        kind="checkbox"
        field="journey.dangerSigns"
        label={k.t('report.journey.dangerSigns.label')}
        hint={k.t('report.journey.dangerSigns.hint')}
        error={k.errorFor('journey.dangerSigns')}
        options={k.options(DANGER_SIGNS, 'report.danger')}
        selected={k.draft.journey.dangerSigns}
        onChange={(v) => k.update(['journey', 'dangerSigns'], v)}
      />
      {k.text('journey', 'knownLocation', { optional: true, multiline: true, rows: 3, maxLength: 1000 })}
      <ChoiceField
        t={k.t}
        kind="radio"
        field="journey.policeTold"
        label={k.t('report.journey.policeTold.label')}
        optional
        inline
        error={k.errorFor('journey.policeTold')}
        options={k.options(POLICE_TOLD, 'report.police')}
        selected={[k.draft.journey.policeTold]}
        onChange={([v]) => k.update(['journey', 'policeTold'], v)}
      />
      <Show when={k.draft.journey.policeTold === 'yes'}>
        {k.text('journey', 'policeDetails', { optional: true, maxLength: 500 })}
      </Show>
    </>
  )
}
