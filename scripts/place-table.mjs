// A Vite plugin for the browser build of the offer check: core/place-table.ts derives the
// check's place table from the whole gazetteer when it loads; in the bundle it becomes the
// finished table, so the check page ships neither PLACES nor the code that derives it
// (core/place-table.ts says why). The table is made by the same placeTable() the Worker uses.
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
export const placeTableModule = `${root}core/place-table.ts`

/** The source that stands in for core/place-table.ts in a bundle. */
export async function inlinedPlaceTable() {
  const { module } = await runnerImport(`${root}core/gazetteer.ts`, { configFile: false, logLevel: 'silent' })
  const table = module.placeTable()
  // A template literal keeps the line breaks as they are: shorter than "\n" in a string.
  if (/[`\\]|\$\{/.test(table)) throw new Error('place table: a name holds ` \\ or ${')
  return [
    `import { compilePlaces } from ${JSON.stringify(`${root}core/place-matcher.ts`)}`,
    `const table = String.raw\`${table}\``,
    'export const offerPlaceTable = () => table',
    'export const matchPlaceTable = /* @__PURE__ */ compilePlaces(table)',
  ].join('\n')
}

export function inlinePlaceTable() {
  return {
    name: 'homeward-inline-place-table',
    load(id) {
      return id === placeTableModule ? inlinedPlaceTable() : null
    },
  }
}
