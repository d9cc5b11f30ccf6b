/** Looks up a string the page resolved at build time and fills its {{placeholders}}. */
export type T = (key: string, values?: Record<string, string | number>) => string

export function makeT(messages: Record<string, string>): T {
  return (key, values) => {
    const text = messages[key] ?? key
    return values ? text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? '')) : text
  }
}
