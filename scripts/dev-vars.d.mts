export declare const DEV_VARS_PATH: string
/** Creates .dev.vars with fresh random secrets when missing, and adds missing ones; true when it wrote. */
export declare function ensureDevVars(path?: string): boolean
export declare function readDevVars(path?: string): Record<string, string>
export declare function vapidKey(): string
