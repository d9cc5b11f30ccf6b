export declare const LOCAL_ISSUER: string
export declare const LOCAL_AUDIENCE: string
export declare function localStaffToken(email: string, vars?: Record<string, string>): Promise<string>
