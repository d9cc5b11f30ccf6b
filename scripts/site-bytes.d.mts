export declare const distDir: string
export declare function gzipBytes(data: string | Uint8Array): number
export declare function pageScripts(dist: string, html: string): { inline: string[]; files: string[] }
export declare function pageJsGzipBytes(dist: string, html: string): number
