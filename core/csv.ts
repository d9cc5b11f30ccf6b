/**
 * The one CSV writer for every export (RFC 4180): CRLF line ends, a byte-order mark so
 * spreadsheet programs read Hangul and Khmer as UTF-8, and every cell guarded against
 * formula injection (OWASP "CSV Injection"): text starting with = + - @, a tab or a
 * carriage return gets a leading apostrophe, so a spreadsheet shows it and runs nothing.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string {
  return `\uFEFF${[header.map(csvCell), ...rows.map((row) => row.map(csvCell))].map((cells) => cells.join(',')).join('\r\n')}\r\n`
}

/** One cell: lists joined with "; ", formulas neutralized, quoted when needed. */
export function csvCell(value: unknown): string {
  let text =
    value === undefined || value === null
      ? ''
      : Array.isArray(value)
        ? value.map((v) => (typeof v === 'object' && v !== null ? Object.values(v).join(':') : v)).join('; ')
        : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
