import { For, Show, createSignal } from 'solid-js'
import type { DuplicateCandidate, StaffCaseView } from '../../../../core/api'
import type { Lang } from '../../../../core/langs'
import { listOf, sectionRows } from '../../../../core/labels'
import { callApi, postJson } from '../parts/api'
import { SummaryList } from '../parts/SummaryList'
import { CharacterCount } from '../parts/fields'
import type { T } from '../parts/t'
import { onCaseChange, type CaseProps } from './desk'

/** A decrypted section of the report as its answered questions, every value in words. */
function Section(props: { t: T; lang: Lang; name: 'person' | 'journey' | 'reporter' | 'consents' | 'situation'; title: string; data: Record<string, unknown> | undefined }) {
  return (
    <section aria-label={props.title}>
      <h2>{props.title}</h2>
      <SummaryList rows={sectionRows(props.t, props.lang, props.name, props.data)} />
    </section>
  )
}

/** The facts column: the decrypted report, possible duplicates beside it, and labels. */
export function Facts(props: CaseProps & { candidates: DuplicateCandidate[] }) {
  const { t, lang, api } = props.desk
  const data = (name: 'person' | 'journey' | 'reporter' | 'consents' | 'situation') => props.c.details[name] as Record<string, unknown>
  return (
    <div class="case-columns__facts">
      <Show when={props.c.kind === 'family'} fallback={<Section t={t} lang={lang} name="situation" title={t('staff.case.situation')} data={data('situation')} />}>
        <Section t={t} lang={lang} name="person" title={t('staff.case.person')} data={data('person')} />
        <Show when={props.c.hasPhoto}>
          <h2>{t('staff.case.photo')}</h2>
          <p><img class="photo-preview" src={api('/photo')} alt={t('staff.case.photo')} width="200" /></p>
        </Show>
        <Section t={t} lang={lang} name="journey" title={t('staff.case.journey')} data={data('journey')} />
        <Section t={t} lang={lang} name="reporter" title={t('staff.case.reporter')} data={data('reporter')} />
        <Section t={t} lang={lang} name="consents" title={t('staff.case.consents')} data={data('consents')} />
      </Show>
      <Duplicates {...props} />
      <Labels {...props} />
    </div>
  )
}

/** Cases that may be the same person: compare the two side by side, or link them. */
function Duplicates(props: CaseProps & { candidates: DuplicateCandidate[] }) {
  const { t, lang, api, after } = props.desk
  const [compare, setCompare] = createSignal<StaffCaseView | null>(null)
  onCaseChange(() => setCompare(null))
  return (
    <section class="panel" aria-labelledby="dupes">
      <h2 id="dupes">{t('staff.case.duplicates')}</h2>
      <Show when={props.c.links.length > 0}>
        <p>{t('staff.case.linked')}: <For each={props.c.links}>{(ref) => <a href={`#${ref}`}>{ref} </a>}</For></p>
      </Show>
      <Show when={props.candidates.length > 0} fallback={<p>{t('staff.case.noDuplicates')}</p>}>
        <ul class="candidates">
          <For each={props.candidates}>
            {(cand) => (
              <li data-candidate={cand.caseRef}>
                <a href={`#${cand.caseRef}`}>{cand.caseRef}</a> — {t('staff.case.score', { score: cand.score })} —{' '}
                {t('staff.case.matchedOn', { reasons: listOf(cand.reasons.map((r) => t(`staff.match.${r}`)), props.desk.lang) })}
                <span class="actions">
                  <button
                    class="button button--secondary"
                    type="button"
                    onClick={async () => {
                      const other = await callApi<StaffCaseView>(`/api/v1/staff/reports/${encodeURIComponent(cand.caseRef)}`, { method: 'GET' })
                      if (other.kind === 'ok') setCompare(other.data)
                    }}
                  >
                    {t('staff.case.compare')}
                  </button>
                  <Show when={!props.c.links.includes(cand.caseRef)}>
                    <button class="button button--secondary" type="button" onClick={() => postJson(api('/links'), { caseRef: cand.caseRef }).then((r) => after(r))}>
                      {t('staff.case.link')}
                    </button>
                  </Show>
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={compare()}>
        {(other) => (
          <div class="compare">
            <Section t={t} lang={lang} name="person" title={props.c.caseRef} data={props.c.details.person as Record<string, unknown>} />
            <Section t={t} lang={lang} name="person" title={other().caseRef} data={other().details.person as Record<string, unknown>} />
          </div>
        )}
      </Show>
    </section>
  )
}

/** The case's labels, and a field to add one. */
function Labels(props: CaseProps) {
  const { t, edit } = props.desk
  const [label, setLabel] = createSignal('')
  return (
    <section class="panel" aria-labelledby="labels">
      <h2 id="labels">{t('staff.case.labels')}</h2>
      <p>{listOf(props.c.labels, props.desk.lang) || '—'}</p>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (props.desk.tooLong({ id: 'add-label', label: t('staff.case.addLabel'), value: label(), max: 40 })) return
          if (label()) edit('/labels', { add: [label()], remove: [] }, () => setLabel(''))
        }}
      >
        <label class="label" for="add-label">{t('staff.case.addLabel')}</label>
        <input id="add-label" class="input input--medium" value={label()} onInput={(e) => setLabel(e.currentTarget.value.trim())} />
        <button class="button button--secondary" type="submit">{t('staff.case.add')}</button>
        <CharacterCount t={t} id="add-label" value={label()} limit={40} />
      </form>
    </section>
  )
}
