import type { TestProject } from 'vitest/node'
import { startPushService } from './push-service'

declare module 'vitest' {
  export interface ProvidedContext {
    pushServiceUrl: string
  }
}

/** The loopback push service the Worker sends to in the worker tests (tests/push-service.ts). */
export default async function setup(project: TestProject) {
  const service = await startPushService()
  project.provide('pushServiceUrl', service.url)
  return service.close
}
