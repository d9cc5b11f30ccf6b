/**
 * The engine's pattern sources write groups as "( … )"; compiled, every such group is
 * non-capturing, "(?: … )": no pattern reads a group, and the check page ships two bytes
 * fewer per group, over a thousand of them (its JavaScript budget is 45 KB, nearly all of it
 * the engine). Lookarounds "(?= (?! (?<= (?<!" and escaped "\(" stay as written.
 */
export const groups = (source: string) => source.replace(/\\.|\((?!\?)/g, (m) => (m === '(' ? '(?:' : m))

/** A RegExp from a source written with plain groups. */
export const re = (source: string, flags?: string) => new RegExp(groups(source), flags)

/** Khmer is written without spaces between words: a space in a source is an optional one. */
export const sp = (s: string) => s.replace(/ (?![?*+])/g, ' ?')

/**
 * `String.raw`, once: the engine writes over seventy pattern sources with it, and the check
 * page's minified bundle spells a bare name shorter than the member expression each time
 * (42 gzipped bytes of the page's 45 KB budget, measured on the built page).
 */
export const raw = String.raw

/** `sp(raw\`…\`)` as one tag: a Khmer source written with spaces (17 of them; a few gzipped bytes). */
export const spRaw = (s: TemplateStringsArray, ...v: unknown[]) => sp(raw(s, ...v))
