/** The prefix of every address in manifest.xml: the dev server. */
export declare const DEV_URL: string;
/** Returns `urlProd` when it is https with a host and ends in "/"; throws an Error in Vietnamese otherwise. */
export declare function checkProductionUrl(urlProd: unknown): string;
/** The manifest text with every https://localhost:3000/ replaced by `urlProd`. */
export declare function rewriteManifestUrls(xml: string, urlProd: string): string;
