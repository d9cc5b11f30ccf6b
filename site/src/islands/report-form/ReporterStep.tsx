import { LANGS, LANG_NAMES } from '../../../../core/langs'
import { RELATIONSHIPS } from '../../../../core/report'
import { ChoiceField, SelectField } from '../parts/fields'
import type { Kit } from './kit'

/** Step 3: who is reporting and how to reach them safely. */
export default function ReporterStep(props: { kit: Kit }) {
  const k = props.kit
  return (
    <>
      {k.text('reporter', 'name', { autocomplete: 'name', maxLength: 200 })}
      <SelectField
        t={k.t}
        field="reporter.relationship"
        label={k.t('report.reporter.relationship.label')}
        placeholder={k.t('report.person.nationality.choose')}
        error={k.errorFor('reporter.relationship')}
        value={k.draft.reporter.relationship}
        options={k.options(RELATIONSHIPS, 'report.relationship')}
        onChange={(v) => k.update(['reporter', 'relationship'], v)}
      />
      <fieldset class="fieldset field">
        <legend class="legend">{k.t('report.reporter.contact.legend')}</legend>
        <p class="hint">{k.t('report.reporter.contact.hint')}</p>
        {k.text('reporter', 'phone', { type: 'tel', inputmode: 'tel', autocomplete: 'tel', maxLength: 40 })}
        {k.text('reporter', 'email', { type: 'email', inputmode: 'email', autocomplete: 'email', maxLength: 254 })}
        {k.text('reporter', 'messenger', { maxLength: 120 })}
      </fieldset>
      <ChoiceField
        t={k.t}
        kind="radio"
        field="reporter.preferredLanguage"
        label={k.t('report.reporter.preferredLanguage.label')}
        inline
        error={k.errorFor('reporter.preferredLanguage')}
        options={LANGS.map((value) => ({ value, label: LANG_NAMES[value] }))}
        selected={[k.draft.reporter.preferredLanguage]}
        onChange={([v]) => k.update(['reporter', 'preferredLanguage'], v)}
      />
      {k.text('reporter', 'safeTimes', { optional: true, maxLength: 200 })}
    </>
  )
}
