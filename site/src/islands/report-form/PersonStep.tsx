import { For, Show, createSignal } from 'solid-js'
import { NATIONALITIES, SEXES } from '../../../../core/report'
import { TextField } from '../parts/fields'
import { readPhoto } from '../parts/photo'
import { MESSENGER_FIELDS } from './draft'
import type { Kit } from './kit'

/** Step 1: the missing person, with an optional photo the browser scales down. */
export default function PersonStep(props: { kit: Kit }) {
  const k = props.kit
  const [photoError, setPhotoError] = createSignal('')
  async function onPhoto(file: File | undefined) {
    setPhotoError('')
    if (!file) return
    const result = await readPhoto(file)
    if (!result.ok) {
      setPhotoError(k.t(result.code))
      return
    }
    k.update(['photo'], result.dataUrl)
    k.update(['photoName'], file.name)
  }
  return (
    <>
      <p class="lead">{k.t('report.lead')}</p>
      {k.text('person', 'fullName', { autocomplete: 'off', maxLength: 200 })}
      {k.text('person', 'latinName', { optional: true, maxLength: 200 })}
      {k.text('person', 'otherNames', { optional: true, maxLength: 500 })}
      {k.date('person', 'birthDate', -24)}
      {k.text('person', 'approxAge', { optional: true, inputmode: 'numeric', width: 'short', maxLength: 3 })}
      {k.choice('radio', 'person', 'sex', k.options(SEXES, 'report.person.sex'), { optional: true, inline: true })}
      {k.select('person', 'nationality', k.options(NATIONALITIES, 'report.nationality'), { optional: true })}
      {k.text('person', 'passportNumber', { optional: true, width: 'medium', maxLength: 20 })}
      {k.text('person', 'phones', { optional: true, type: 'tel', inputmode: 'tel' })}
      <fieldset class="fieldset field">
        <legend class="legend">
          {k.t('report.person.messengers.label')} <span class="optional">{k.t('report.optional')}</span>
        </legend>
        <p class="hint">{k.t('report.person.messengers.hint')}</p>
        <For each={MESSENGER_FIELDS}>
          {(app) => (
            <TextField
              t={k.t}
              field={`person.${app}`}
              label={k.t(`report.messenger.${app}`)}
              error={k.errorFor(`person.${app}`)}
              value={k.draft.person[app]}
              maxLength={100}
              onInput={(v) => k.update(['person', app], v)}
            />
          )}
        </For>
      </fieldset>
      <div class={`field${photoError() ? ' field--error' : ''}`}>
        <p class="label" id="person-photo-question">
          {k.t('report.person.photo.label')} <span class="optional">{k.t('report.optional')}</span>
        </p>
        <p class="hint" id="person-photo-hint">{k.t('report.person.photo.hint')}</p>
        <Show when={photoError()}>
          <p class="error-message" id="person-photo-error">{photoError()}</p>
        </Show>
        <Show when={k.draft.photo}>
          <p>
            <img class="photo-preview" src={k.draft.photo} alt="" width="160" />
          </p>
          <p>
            <button type="button" class="button button--secondary" onClick={() => {
                k.update(['photo'], '')
                k.update(['photoName'], '')
              }}>
              {k.t('report.person.photo.remove')}
            </button>
          </p>
        </Show>
        {/* The browser's own picker says "Choose File / No file chosen" in the browser's
            language, not the page's: the input is hidden but keeps focus and keyboard use,
            and a label in the reader's words opens it (issue 15). */}
        <div class="file-picker">
          <input
            id="person-photo"
            class="file-picker__input"
            type="file"
            accept="image/jpeg,image/png,image/webp,image/*"
            aria-labelledby="person-photo-question person-photo-choose"
            aria-describedby={`person-photo-name person-photo-hint${photoError() ? ' person-photo-error' : ''}`}
            onChange={(e) => onPhoto(e.currentTarget.files?.[0])}
          />
          <label for="person-photo" id="person-photo-choose" class="button button--secondary file-picker__button">
            {k.t(k.draft.photo ? 'report.person.photo.chooseAnother' : 'report.person.photo.choose')}
          </label>
          <span class="file-picker__name" id="person-photo-name" data-testid="photo-name">
            {k.draft.photo ? k.draft.photoName || k.t('report.person.photo.chosen') : k.t('report.person.photo.none')}
          </span>
        </div>
      </div>
      {k.text('person', 'description', { optional: true, multiline: true, maxLength: 2000 })}
    </>
  )
}
