export declare const DEV_VARS_PATH: string
/** Creates .dev.vars with fresh random secrets when missing; true when it created it. */
export declare function ensureDevVars(path?: string): boolean
