import type { JSX } from 'solid-js'
import type { Lang } from '../../../../core/langs'
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
  /** Choices with their words: `${prefix}.${value}` for each value. */
  options: (values: readonly string[], prefix: string) => Options
  /** Radios (one answer) or checkboxes (a list) for a question of a section. */
  choice: (kind: 'radio' | 'checkbox', section: Section, name: string, options: Options, extra?: Record<string, unknown>) => JSX.Element
  /** A drop-down for a question of a section, with "Choose" first. */
  select: (section: Section, name: string, options: Options, extra?: Record<string, unknown>) => JSX.Element
}

type Options = Array<{ value: string; label: string }>

export function makeKit(base: Omit<Kit, 'text' | 'options' | 'choice' | 'select'>): Kit {
  const { t } = base
  const answer = (section: Section, name: string) => (base.draft[section] as Record<string, string | string[]>)[name]
  return {
    ...base,
    options: (values, prefix) => values.map((value) => ({ value, label: t(`${prefix}.${value}`) })),
    text: (section, name, extra = {}) => {
      const field = `${section}.${name}`
      return (
        <TextField
          t={t}
          field={field}
          label={t(`report.${field}.label`)}
          hint={base.messages[`report.${field}.hint`]}
          error={base.errorFor(field)}
          value={(base.draft[section] as Record<string, string>)[name]}
          onInput={(v) => base.update([section, name], v)}
          {...extra}
        />
      )
    },
    choice: (kind, section, name, options, extra = {}) => {
      const field = `${section}.${name}`
      const value = () => answer(section, name)
      return (
        <ChoiceField
          t={t}
          kind={kind}
          field={field}
          label={t(`report.${field}.label`)}
          error={base.errorFor(field)}
          options={options}
          selected={kind === 'checkbox' ? (value() as string[]) : [value() as string]}
          onChange={(v) => base.update([section, name], kind === 'checkbox' ? v : v[0])}
          {...extra}
        />
      )
    },
    select: (section, name, options, extra = {}) => {
      const field = `${section}.${name}`
      return (
        <SelectField
          t={t}
          field={field}
          label={t(`report.${field}.label`)}
          placeholder={t('report.person.nationality.choose')}
          error={base.errorFor(field)}
          value={answer(section, name) as string}
          options={options}
          onChange={(v) => base.update([section, name], v)}
          {...extra}
        />
      )
    },
  }
}
