import fc from 'fast-check'

/** Strings that have broken parsers, databases and renderers elsewhere, plus random ones. */
export function hostileStrings(known: string[], maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom(...known), fc.string({ maxLength }), fc.string({ unit: 'grapheme', maxLength: 60 }))
}

/** Any JSON-like value built from hostile strings, with prototype-pollution keys among the object keys. */
export function hostileValues(strings: fc.Arbitrary<string>, keys: string[], size: number): fc.Arbitrary<unknown> {
  return fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      strings,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: size }),
      fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 12 })), tie('value'), { maxKeys: size }),
    ),
  })).value
}

/** A valid body with one field, anywhere in it, replaced by a hostile value or removed. */
export function mutated(base: unknown, hostile: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const paths: string[][] = []
  const walk = (value: unknown, path: string[]) => {
    paths.push(path)
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k])
  }
  walk(base, [])
  return fc.tuple(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.option(hostile, { nil: undefined })).map(([path, value]) => {
    const copy = structuredClone(base) as Record<string, any>
    let target = copy
    for (const key of path.slice(0, -1)) target = target[key]
    if (value === undefined) delete target[path.at(-1)!]
    else target[path.at(-1)!] = value
    return copy
  })
}
