import type { JSX } from 'solid-js'
import type { Lang } from '../../../../core/langs'
import DateField from '../parts/DateField'
import { ChoiceField, SelectField, TextField } from '../parts/fields'
import type { T } from '../parts/t'
import type { Draft } from './draft'

type Section = 'person' | 'journey' | 'reporter'

/** What every step of the report form works with: words, answers, errors, fields. */
export type Kit = {
  t: T
  lang: Lang
  messages: Record<string, string>
  draft: Draft
  update: (path: [keyof Draft, string] | [keyof Draft], value: unknown) => void
  errorFor: (field: string) => string | undefined
  /** A text question of a section, with its label, hint and error from the locale. */
  text: (section: Section, name: string, extra?: Record<string, unknown>) => JSX.Element
  /** A date question of a section: day, month by name, year (parts/DateField.tsx); its example, in words, `exampleYears` from this year. */
  date: (section: Section, name: string, exampleYears: number) => JSX.Element
  /** Choices with their words: `${prefix}.${value}` for each value. */
  options: (values: readonly string[], prefix: string) => Options
  /** Radios (one answer) or checkboxes (a list) for a question of a section. */
  choice: (kind: 'radio' | 'checkbox', section: Section, name: string, options: Options, extra?: Record<string, unknown>) => JSX.Element
  /** A drop-down for a question of a section, with "Choose" first. */
  select: (section: Section, name: string, options: Options, extra?: Record<string, unknown>) => JSX.Element
}

type Options = Array<{ value: string; label: string }>

export function makeKit(base: Omit<Kit, 'text' | 'date' | 'options' | 'choice' | 'select'>): Kit {
  const { t } = base
  const answer = (section: Section, name: string) => (base.draft[section] as Record<string, string | string[]>)[name]
  /** What every question shares: its field, its label, and its error (read when shown). */
  const question = (section: Section, name: string) => {
    const field = `${section}.${name}`
    return { t, field, label: t(`report.${field}.label`), get error() { return base.errorFor(field) } }
  }
  const save = (section: Section, name: string) => (value: unknown) => base.update([section, name], value)
  return {
    ...base,
    options: (values, prefix) => values.map((value) => ({ value, label: t(`${prefix}.${value}`) })),
    text: (section, name, extra = {}) => (
      <TextField
        {...question(section, name)}
        hint={base.messages[`report.${section}.${name}.hint`]}
        value={answer(section, name) as string}
        onInput={save(section, name)}
        {...extra}
      />
    ),
    date: (section, name, exampleYears) => (
      <DateField
        {...question(section, name)}
        lang={base.lang}
        hint={base.messages[`report.${section}.${name}.hint`]}
        value={answer(section, name) as string}
        onInput={save(section, name)}
        exampleYears={exampleYears}
        optional
      />
    ),
    choice: (kind, section, name, options, extra = {}) => (
      <ChoiceField
        {...question(section, name)}
        kind={kind}
        options={options}
        selected={kind === 'checkbox' ? (answer(section, name) as string[]) : [answer(section, name) as string]}
        onChange={(v) => save(section, name)(kind === 'checkbox' ? v : v[0])}
        {...extra}
      />
    ),
    select: (section, name, options, extra = {}) => (
      <SelectField {...question(section, name)} placeholder={t('report.person.nationality.choose')} value={answer(section, name) as string} options={options} onChange={save(section, name)} {...extra} />
    ),
  }
}
