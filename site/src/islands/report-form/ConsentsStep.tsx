import { For, Show } from 'solid-js'
import { CONSENTS } from '../../../../core/report'
import { fieldId } from '../parts/ErrorSummary'
import type { Kit } from './kit'

/** Step 4: each consent with its purpose, items, retention and the right to refuse (PIPA 15조). */
export default function ConsentsStep(props: { kit: Kit }) {
  const k = props.kit
  return (
    <>
      <p class="lead">{k.t('report.consents.lead')}</p>
      <For each={CONSENTS}>
        {(consent) => (
          <section class={`consent field${k.errorFor(`consents.${consent}`) ? ' field--error' : ''}`} aria-labelledby={`consent-${consent}-title`}>
            <h2 id={`consent-${consent}-title`}>{k.t(`report.consents.${consent}.title`)}</h2>
            <dl class="consent__notice">
              <dt>{k.t('report.consents.purpose')}</dt>
              <dd>{k.t(`report.consents.${consent}.purpose`)}</dd>
              <dt>{k.t('report.consents.items')}</dt>
              <dd>{k.t(`report.consents.${consent}.items`)}</dd>
              <dt>{k.t('report.consents.retention')}</dt>
              <dd>{k.t('report.consents.retentionText')}</dd>
              <dt>{k.t('report.consents.refusal')}</dt>
              <dd>{k.t(`report.consents.${consent}.refusal`)}</dd>
            </dl>
            <Show when={k.errorFor(`consents.${consent}`)}>
              <p class="error-message" id={`consents-${consent}-error`}>
                <span class="visually-hidden">{k.t('error.prefix')} </span>
                {k.errorFor(`consents.${consent}`)}
              </p>
            </Show>
            <div class="choice">
              <input
                class="choice__input"
                type="checkbox"
                id={fieldId(`consents.${consent}`)}
                checked={k.draft.consents[consent]}
                aria-describedby={k.errorFor(`consents.${consent}`) ? `consents-${consent}-error` : undefined}
                onChange={(e) => k.update(['consents', consent], e.currentTarget.checked)}
              />
              <label class="choice__label" for={fieldId(`consents.${consent}`)}>{k.t(`report.consents.${consent}.label`)}</label>
            </div>
          </section>
        )}
      </For>
    </>
  )
}
