/** Looks up a string the page resolved at build time and fills its {{placeholders}}. */
export type T = (key: string, values?: Record<string, string | number>) => string

/**
 * Like i18next: with a numeric `count`, picks `key_one` / `key_other` by the
 * language's CLDR plural rule (Korean and Khmer only have `_other`), and `key_zero` for 0.
 */
export function makeT(messages: Record<string, string>, lang = 'en'): T {
  const plural = new Intl.PluralRules(lang)
  return (key, values) => {
    let text = messages[key]
    if (text === undefined && typeof values?.count === 'number') {
      // i18next's rule: a `_zero` form, where the language has one, says "no …" rather than "0 …".
      // (In en, ko and km, 0 takes `_other` when no `_zero` is written.)
      text = messages[`${key}_${values.count ? plural.select(values.count) : 'zero'}`] ?? messages[`${key}_other`]
    }
    text ??= key
    return values ? text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? '')) : text
  }
}
