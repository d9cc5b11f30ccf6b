import type { TestProject } from 'vitest/node'
import { startDevServer } from '../../scripts/dev-server.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    persistDir: string
  }
}

/**
 * One real dev server (`wrangler dev` on workerd, its own local D1 and R2) for all
 * browser tests. The site is built by the npm script before vitest starts.
 */
export default async function setup(project: TestProject) {
  const server = await startDevServer()
  project.provide('baseUrl', server.baseUrl)
  project.provide('persistDir', server.persistDir)
  return server.stop
}
