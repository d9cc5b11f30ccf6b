import { For, Show, createEffect, createMemo, createSignal, on, onCleanup } from 'solid-js'
import type { Lang } from '../../../core/langs'
import { checkOffer, type OfferCheckResult } from '../../../core/offer-check'
import { postJson } from './parts/api'
import { makeT } from './parts/t'
import { mountTurnstile, type TurnstileHandle } from './parts/turnstile'

type Segment = { text: string; ids: string[]; green: boolean }

/** The text cut at every evidence boundary, each piece knowing which signs it raised. */
function segments(text: string, result: OfferCheckResult): Segment[] {
  const cuts = new Set([0, text.length])
  for (const s of result.signals) for (const e of s.evidence) cuts.add(e.start).add(e.end)
  const points = [...cuts].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]]
    const hits = result.signals.filter((s) => s.evidence.some((e) => e.start <= from && e.end >= to))
    out.push({ text: text.slice(from, to), ids: hits.map((s) => s.id), green: hits.length > 0 && hits.every((s) => s.weight < 0) })
  }
  return out
}

/**
 * Paste an offer, see its warning signs as you type. The engine runs here, in the
 * browser: the text leaves the device only if the person reports the offer. Only the
 * contacts found in it are sent, to count confirmed reports.
 */
export default function OfferCheck(props: {
  lang: Lang
  messages: Record<string, string>
  sitekey: string
  /** Advisory page of each gazetteer place that has one. */
  advisories: Record<string, string>
  /** The first source of each signal, resolved at build time (keeps the catalogue out of the bundle). */
  sources: Record<string, string>
  /** Place names in the reader's language, resolved at build time (keeps the gazetteer out of the bundle). */
  placeNames: Record<string, string>
}) {
  const t = makeT(props.messages, props.lang)
  const [text, setText] = createSignal('')
  const [checked, setChecked] = createSignal('')
  const [matches, setMatches] = createSignal<Array<{ type: string; value: string; reports: number }> | null>(null)
  const [lookupFailed, setLookupFailed] = createSignal(false)
  const [reporting, setReporting] = createSignal(false)
  const [contact, setContact] = createSignal('')
  const [consent, setConsent] = createSignal(false)
  const [token, setToken] = createSignal<string | null>(null)
  const [reportErrors, setReportErrors] = createSignal<string[]>([])
  const [sent, setSent] = createSignal(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  let turnstile: TurnstileHandle | undefined
  onCleanup(() => clearTimeout(timer))

  const input = (value: string) => {
    setText(value)
    setSent(false)
    clearTimeout(timer)
    timer = setTimeout(() => setChecked(value), 120)
  }
  const result = createMemo(() => (checked().trim() ? checkOffer(checked(), { lang: props.lang }) : null))
  const reds = () => result()?.signals.filter((s) => s.weight > 0) ?? []
  const greens = () => result()?.signals.filter((s) => s.weight < 0) ?? []
  const placeName = (id: string) => props.placeNames[id] ?? id

  // Only the extracted identifiers are sent, never the text; once per distinct set.
  createEffect(
    on(
      () => JSON.stringify(result()?.indicators.slice(0, 20) ?? []),
      (key) => {
        setMatches(null)
        setLookupFailed(false)
        const indicators = JSON.parse(key) as unknown[]
        if (indicators.length === 0) return
        postJson<{ matches: Array<{ type: string; value: string; reports: number }> }>('/api/v1/indicators/lookup', { indicators }).then((res) => {
          if (key !== JSON.stringify(result()?.indicators.slice(0, 20) ?? [])) return
          if (res.kind === 'ok') setMatches(res.data.matches)
          else setLookupFailed(true)
        })
      },
    ),
  )

  async function report(event: Event) {
    event.preventDefault()
    // The Worker checks the whole body with core/offers.ts; here only what a person can fix.
    const problems = [
      !text().trim() && 'check.text.error.required',
      text().length > 20000 && 'check.text.error.tooLong',
      !consent() && 'check.report.consent.error.required',
      !token() && 'report.turnstile.error.required',
    ].filter((code): code is string => Boolean(code))
    if (problems.length) return setReportErrors(problems.map((code) => t(code)))
    const body = { text: text(), lang: props.lang, turnstileToken: token()!, contact: contact().trim() || undefined, consent: true }
    const res = await postJson('/api/v1/offer-reports', body)
    if (res.kind === 'ok') {
      setSent(true)
      setReporting(false)
      setReportErrors([])
    } else {
      turnstile?.reset()
      setReportErrors([res.kind === 'offline' ? t('report.error.offline') : res.status === 429 ? t('report.error.rateLimited') : t('report.error.server')])
    }
  }

  return (
    <div class="offer-check">
      <p class="notice">{t('check.private')}</p>
      <div class="field">
        <label class="label" for="offer-text">{t('check.text.label')}</label>
        <p class="hint" id="offer-text-hint">{t('check.text.hint')}</p>
        <textarea
          id="offer-text"
          class="textarea"
          rows={8}
          maxLength={20000}
          aria-describedby="offer-text-hint"
          value={text()}
          onInput={(e) => input(e.currentTarget.value)}
        />
      </div>
      <p>
        <button type="button" class="link-button" onClick={() => input('')}>{t('check.clear')}</button>
      </p>

      <section aria-labelledby="result-title" aria-live="polite">
        <h2 id="result-title">{t('check.result.title')}</h2>
        <Show when={result()} fallback={<p>{t('check.result.empty')}</p>}>
          {(r) => (
            <>
              <p class={`risk risk--${r().risk}`} data-testid="risk" data-risk={r().risk}>
                <strong>{t(`check.risk.${r().risk}`)}</strong>
              </p>
              <p>
                {t('check.count', { count: reds().length })}
                <Show when={greens().length > 0}> {t('check.green', { count: greens().length })}</Show>
              </p>

              <Show when={reds().length > 0}>
                <h3>{t('check.signs.title')}</h3>
                <ul class="signals">
                  <For each={reds()}>
                    {(signal) => (
                      <li id={`signal-${signal.id}`} class="signal" data-signal={signal.id}>
                        <strong>{t(`check.signal.${signal.id}.title`)}</strong>
                        <p>{t(`check.signal.${signal.id}.why`)}</p>
                        <p class="evidence">{t('check.evidence', { text: signal.evidence.map((e) => `“${e.text}”`).join(', ') })}</p>
                        <Show when={props.sources[signal.id]}>
                          {(url) => (
                            <p class="source">
                              {t('check.source')}: <a href={url()} rel="noreferrer">{new URL(url()).hostname}</a>
                            </p>
                          )}
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <Show when={greens().length > 0}>
                <h3>{t('check.greens.title')}</h3>
                <ul class="signals">
                  <For each={greens()}>
                    {(signal) => (
                      <li id={`signal-${signal.id}`} class="signal signal--green" data-signal={signal.id}>
                        <strong>{t(`check.signal.${signal.id}.title`)}</strong>
                        <p class="evidence">{t('check.evidence', { text: signal.evidence.map((e) => `“${e.text}”`).join(', ') })}</p>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>

              <Show when={r().signals.length > 0}>
                <h3>{t('check.highlight.title')}</h3>
                <div class="highlighted" data-testid="highlighted">
                  <For each={segments(checked(), r())}>
                    {(seg) =>
                      seg.ids.length ? (
                        <mark class={seg.green ? 'mark mark--green' : 'mark'} data-signals={seg.ids.join(' ')}>
                          {seg.text}
                        </mark>
                      ) : (
                        seg.text
                      )
                    }
                  </For>
                </div>
              </Show>

              <Show when={r().places.length > 0}>
                <h3>{t('check.places.title')}</h3>
                <ul>
                  <For each={[...new Map(r().places.map((p) => [p.placeId, p])).values()]}>
                    {(place) => (
                      <li>
                        {placeName(place.placeId)}:{' '}
                        <Show when={place.level} fallback={t('check.places.noLevel')}>
                          {(level) => <span class={`level level--${String(level()).replace('.', '-')}`}>{t(`advisory.level.${level()}`)}</span>}
                        </Show>
                        <Show when={props.advisories[place.placeId]}>
                          {(href) => <> — <a href={href()}>{t('check.places.advisory')}</a></>}
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>

              <Show when={r().indicators.length > 0}>
                <h3>{t('check.contacts.title')}</h3>
                <ul>
                  <For each={r().indicators}>
                    {(indicator) => {
                      const match = () => matches()?.find((m) => m.type === indicator.type && m.value === indicator.value)
                      return (
                        <li data-indicator={`${indicator.type}:${indicator.value}`}>
                          {indicator.type}: {indicator.value}
                          <Show when={match()}>
                            {(m) => <strong class="indicator-hit"> — {t('check.contacts.reports', { count: m().reports })}</strong>}
                          </Show>
                        </li>
                      )
                    }}
                  </For>
                </ul>
                <Show when={matches() && matches()!.length === 0}>
                  <p class="hint">{t('check.contacts.none')}</p>
                </Show>
                <Show when={lookupFailed()}>
                  <p class="hint">{t('check.contacts.unavailable')}</p>
                </Show>
              </Show>

              <Show when={sent()} fallback={
                <Show
                  when={reporting()}
                  fallback={
                    <p>
                      <button type="button" class="button button--secondary" onClick={() => setReporting(true)}>{t('check.report.open')}</button>
                    </p>
                  }
                >
                  <form class="panel" novalidate onSubmit={report}>
                    <h3>{t('check.report.title')}</h3>
                    <p>{t('check.report.lead')}</p>
                    <Show when={reportErrors().length > 0}>
                      <div class="error-summary" role="alert">
                        <ul class="error-summary__list"><For each={reportErrors()}>{(e) => <li>{e}</li>}</For></ul>
                      </div>
                    </Show>
                    <div class="field">
                      <label class="label" for="report-contact">{t('check.report.contact.label')}</label>
                      <p class="hint" id="report-contact-hint">{t('check.report.contact.hint')}</p>
                      <input id="report-contact" class="input" maxLength={300} aria-describedby="report-contact-hint" value={contact()} onInput={(e) => setContact(e.currentTarget.value)} />
                    </div>
                    <div class="choice">
                      <input id="report-consent" class="choice__input" type="checkbox" checked={consent()} onChange={(e) => setConsent(e.currentTarget.checked)} />
                      <label class="choice__label" for="report-consent">{t('check.report.consent.label')}</label>
                    </div>
                    <div class="turnstile" ref={(el) => queueMicrotask(() => (turnstile = mountTurnstile(el, props.sitekey, 'offer-report', props.lang, setToken)))} />
                    <p><button class="button" type="submit">{t('check.report.send')}</button></p>
                  </form>
                </Show>
              }>
                <p class="notice" role="status">{t('check.report.sent')}</p>
              </Show>
            </>
          )}
        </Show>
      </section>
    </div>
  )
}
