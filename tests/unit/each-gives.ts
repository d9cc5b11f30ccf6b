import { expect, it } from 'vitest'

/**
 * A table of examples, one test per row: the last cell is what `fn` gives (`toBe`) for
 * the cells before it. `title` names each test from the row's cells, as `it.each` does
 * (`%s`, `%j`).
 */
export function eachGives<A extends unknown[], R>(title: string, fn: (...args: A) => R, rows: ReadonlyArray<readonly [...A, R]>) {
  it.each(rows.map((row) => [...row]))(title, (...row: unknown[]) => {
    expect(fn(...(row.slice(0, -1) as A))).toBe(row.at(-1))
  })
}
