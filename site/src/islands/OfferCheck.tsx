import { createEffect, createMemo, createSignal, onCleanup } from 'solid-js'
import type { Lang } from '../../../core/langs'
import { checkOffer, type OfferCheckResult } from '../../../core/offer-check'
import { postJson } from './parts/api'
import { OFFER_REPORT_KEY, TRIP_OFFER_KEY, handOver } from './parts/handover'
import { makeT } from './parts/t'

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
  /** Advisory page of each gazetteer place that has one. */
  advisories: Record<string, string>
  /** The source the page cites for each signal: a publisher (locale key) and its page, resolved at build time. */
  sources: Record<string, { publisher: string; url: string }>
  /**
   * Travel-advisory levels from the advisories the site publishes: a place's own level, or
   * for a country whose levels differ by area, the lowest and highest (never "no level").
   */
  levels?: Record<string, { min: number; max: number }>
  /** Place names in the reader's language, resolved at build time (keeps the gazetteer out of the bundle). */
  placeNames: Record<string, string>
  /** The report page and the trip form, in the reader's language (built with localizedPath). */
  links: { report: string; trip: string }
  /** Text typed into the server-rendered form before the script ran. */
  initialText?: string
}) {
  const t = makeT(props.messages, props.lang)
  const [text, setText] = createSignal(props.initialText ?? '')
  const [checked, setChecked] = createSignal(props.initialText ?? '')
  const [matches, setMatches] = createSignal<Array<{ type: string; value: string; reports: number }> | null>(null)
  const [lookupFailed, setLookupFailed] = createSignal(false)
  const over = () => text().length - 20000
  let timer: ReturnType<typeof setTimeout> | undefined
  onCleanup(() => clearTimeout(timer))

  const input = (value: string) => {
    setText(value)
    clearTimeout(timer)
    timer = setTimeout(() => setChecked(value), 120)
  }
  const result = createMemo(() => (checked().trim() ? checkOffer(checked(), { lang: props.lang }) : null))
  const reds = () => result()?.signals.filter((s) => s.weight > 0) ?? []
  const greens = () => result()?.signals.filter((s) => s.weight < 0) ?? []
  const placeName = (id: string) => props.placeNames[id] ?? id

  // Only the extracted identifiers are sent, never the text; once per distinct set
  // (the memo only changes when the set does).
  const indicatorKey = createMemo(() => JSON.stringify(result()?.indicators.slice(0, 20) ?? []))
  createEffect(() => {
    const key = indicatorKey()
    setMatches(null)
    setLookupFailed(false)
    const indicators = JSON.parse(key) as unknown[]
    if (indicators.length === 0) return
    postJson<{ matches: Array<{ type: string; value: string; reports: number }> }>('/api/v1/indicators/lookup', { indicators }).then((res) => {
      if (key !== indicatorKey()) return
      if (res.kind === 'ok') setMatches(res.data.matches)
      else setLookupFailed(true)
    })
  })

  const quoted = (signal: { evidence: Array<{ text: string }> }) =>
    t('check.evidence', { text: signal.evidence.map((e) => `“${e.text}”`).join(', ') })
  // Inside the view, the last result: when the text is cleared its parts may update once
  // more before the view goes, and must not read a result that is no longer there.
  let last: OfferCheckResult
  const r = () => (last = result() ?? last)
  const places = () => [...new Map(r().places.map((p) => [p.placeId, p])).values()]

  // Warning signs with why they matter and a source; reassuring signs with their evidence.
  const signalList = (title: string, list: OfferCheckResult['signals']) =>
    list.length > 0 && [
      <h3>{t(title)}</h3>,
      <ul class="signals">
        {list.map((signal) => (
          <li id={`signal-${signal.id}`} class={signal.weight > 0 ? 'signal' : 'signal signal--green'} data-signal={signal.id}>
            <strong>{t(`check.signal.${signal.id}.title`)}</strong>
            {signal.weight > 0 && <p>{t(`check.signal.${signal.id}.why`)}</p>}
            <p class="evidence">{quoted(signal)}</p>
            {signal.weight > 0 && props.sources[signal.id] && (
              <p class="source">
                {t('labelled', { label: t('check.source') })} <a href={props.sources[signal.id]!.url} rel="noreferrer">{t(`check.publisher.${props.sources[signal.id]!.publisher}`)}</a>
              </p>
            )}
          </li>
        ))}
      </ul>,
    ]

  const isReport = () => r().frame === 'report'
  const levelText = (placeId: string, level: number | null) => {
    const range = props.levels?.[placeId]
    const one = level ?? (range?.min === range?.max ? range?.min : null)
    if (one) return <span class={`level level--${String(one).replace('.', '-')}`}>{t(`advisory.level.${one}`)}</span>
    return range ? t('check.places.levels', { min: t(`advisory.level.${range.min}`), max: t(`advisory.level.${range.max}`) }) : t('check.places.noLevel')
  }

  const Result = () => (
    <>
      {/* A news item, notice or warning that quotes scam wording is not an offer to the reader. */}
      {isReport() ? (
        <div class="notice" data-testid="frame">
          <p><strong>{t('check.frame.report')}</strong></p>
          <p>{t('check.frame.report.lead')}</p>
        </div>
      ) : (
        <p class={`risk risk--${r().risk}`} data-testid="risk" data-risk={r().risk}>
          {/* Lifted two steps on wording alone: "high", without claiming signs it cannot show. */}
          <strong>{t(`check.risk.${r().learned.steps > 1 ? 'wording' : r().risk}`)}</strong>
        </p>
      )}
      <p>
        {t(isReport() ? 'check.frame.count' : 'check.count', { count: reds().length })}
        {greens().length > 0 && ` ${t('check.green', { count: greens().length })}`}
      </p>
      {/* The learned layer raised the level: say so truly; it adds no sign of its own. */}
      {r().learned.lifted && !isReport() && <p data-testid="learned">{t(r().learned.steps > 1 ? 'check.learned-two' : 'check.learned')}</p>}

      {signalList(isReport() ? 'check.frame.signs.title' : 'check.signs.title', reds())}
      {signalList('check.greens.title', greens())}

      {r().signals.length > 0 && [
        <h3>{t('check.highlight.title')}</h3>,
        <div class="highlighted" data-testid="highlighted">
          {segments(checked(), r()).map((seg) =>
            seg.ids.length ? (
              <mark class={seg.green ? 'mark mark--green' : 'mark'} data-signals={seg.ids.join(' ')}>
                {seg.text}
              </mark>
            ) : (
              seg.text
            ),
          )}
        </div>,
      ]}

      {r().places.length > 0 && [
        <h3>{t('check.places.title')}</h3>,
        <ul>
          {places().map((place) => (
            <li>
              {t('labelled', { label: placeName(place.placeId) })} {levelText(place.placeId, place.level)}
              {props.advisories[place.placeId] && [' — ', <a href={props.advisories[place.placeId]}>{t('check.places.advisory')}</a>]}
            </li>
          ))}
        </ul>,
      ]}

      {r().indicators.length > 0 && [
        <h3>{t('check.contacts.title')}</h3>,
        <ul>
          {r().indicators.map((indicator) => {
            const match = matches()?.find((m) => m.type === indicator.type && m.value === indicator.value)
            return (
              <li data-indicator={`${indicator.type}:${indicator.value}`}>
                {t('labelled', { label: t(`check.contacts.kind.${indicator.type}`) })} <span dir="ltr">{indicator.value}</span>
                {match && <strong class="indicator-hit"> — {t('check.contacts.reports', { count: match.reports })}</strong>}
              </li>
            )
          })}
        </ul>,
        matches()?.length === 0 && <p class="hint">{t('check.contacts.none')}</p>,
        lookupFailed() && <p class="hint">{t('check.contacts.unavailable')}</p>,
      ]}

      {/* Reporting and recording a trip each have a page of their own; the offer goes with
          the person in this tab's storage (parts/handover.ts), never in the URL. */}
      <p>
        <a class="button button--secondary" href={props.links.report} onClick={() => handOver(OFFER_REPORT_KEY, text())}>{t('check.report.open')}</a>
      </p>
      <p>
        <a href={props.links.trip} onClick={() => handOver(TRIP_OFFER_KEY, text())}>{t('check.trip.link')}</a>
      </p>
    </>
  )

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
          aria-describedby="offer-text-hint"
          value={text()}
          onInput={(e) => input(e.currentTarget.value)}
        />
        {/* No maxlength, which cuts a paste without a word: a count near the limit, and past it what to do. */}
        {over() > -4000 && (
          <p class={over() > 0 ? 'counter counter--over' : 'counter'} aria-live="polite">
            {over() > 0 ? `${t('check.text.error.tooLong')} ${t('counter.over', { count: over() })}` : t('counter.left', { count: -over() })}
          </p>
        )}
      </div>
      <p>
        <button type="button" class="link-button" onClick={() => input('')}>{t('check.clear')}</button>
      </p>

      <section aria-labelledby="result-title" aria-live="polite">
        <h2 id="result-title">{t('check.result.title')}</h2>
        {/* Plain conditionals and maps rather than <Show>/<For>: every check yields new
            objects, so keyed reuse would gain nothing, and leaving those helpers out
            keeps 0.7 KB of Solid off a page with a 35 KB budget. The view is rebuilt
            only when the result appears or goes; inside it, each part follows it. */}
        {result() ? <Result /> : <p>{t('check.result.empty')}</p>}
      </section>
    </div>
  )
}
