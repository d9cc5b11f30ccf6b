export const PHONE_COUNTRIES: string[]
export function cutMetadata(full: unknown, countries?: string[]): unknown
export const metadataPath: URL
