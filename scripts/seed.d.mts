export declare const SEED_STAFF: Array<{ email: string; name: string; role: string }>
export declare function seedLocal(extraArgs?: string[]): void
