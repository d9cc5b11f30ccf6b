export function setWebhookBody(origin: string, secret: string | undefined): { url: string; secret_token: string; allowed_updates: string[]; drop_pending_updates: boolean; max_connections: number }
export function botRequest(token: string | undefined, method: string, body?: unknown): Request
export function parseCommandLine(argv: string[]): { action: 'set'; origin: string } | { action: 'delete' } | { action: 'info' } | { action: 'help' }
