import type { JSX } from 'solid-js'
import type { Lang } from '../../../../core/langs'
import { TextField } from '../parts/fields'
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
  options: (values: readonly string[], prefix: string) => Array<{ value: string; label: string }>
}

export function makeKit(base: Omit<Kit, 'text' | 'options'>): Kit {
  const { t } = base
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
  }
}
