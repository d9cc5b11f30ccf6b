import { LANGS, LANG_NAMES } from '../../../../core/langs'
import { RELATIONSHIPS } from '../../../../core/report'
import type { Kit } from './kit'

/** Step 3: who is reporting and how to reach them safely. */
export default function ReporterStep(props: { kit: Kit }) {
  const k = props.kit
  return (
    <>
      {k.text('reporter', 'name', { autocomplete: 'name', maxLength: 200 })}
      {k.select('reporter', 'relationship', k.options(RELATIONSHIPS, 'report.relationship'))}
      <fieldset class="fieldset field">
        <legend class="legend">{k.t('report.reporter.contact.legend')}</legend>
        <p class="hint">{k.t('report.reporter.contact.hint')}</p>
        {k.text('reporter', 'phone', { type: 'tel', inputmode: 'tel', autocomplete: 'tel', maxLength: 40 })}
        {k.text('reporter', 'email', { type: 'email', inputmode: 'email', autocomplete: 'email', maxLength: 254 })}
        {k.text('reporter', 'messenger', { maxLength: 120 })}
      </fieldset>
      {k.choice('radio', 'reporter', 'preferredLanguage', LANGS.map((value) => ({ value, label: LANG_NAMES[value] })), { inline: true })}
      {k.text('reporter', 'safeTimes', { optional: true, maxLength: 200 })}
    </>
  )
}
