export declare function freePort(): Promise<number>
export declare function startDevServer(options?: { vars?: Record<string, string> }): Promise<{
  baseUrl: string
  persistDir: string
  stop: () => Promise<void>
  output: () => string
}>
