export declare function localStaffToken(email: string, vars?: Record<string, string>): Promise<string>
