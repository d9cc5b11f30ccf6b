export declare const placeTableModule: string
export declare function inlinedPlaceTable(): Promise<string>
export declare function inlinePlaceTable(): { name: string; load(id: string): Promise<string> | null }
