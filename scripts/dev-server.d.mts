export declare function freePort(): Promise<number>
export declare function startDevServer(options?: { vars?: Record<string, string>; beforeStart?: (persistDir: string) => unknown }): Promise<{
  baseUrl: string
  persistDir: string
  stop: () => Promise<void>
  output: () => string
}>
