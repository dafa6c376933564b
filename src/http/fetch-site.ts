/**
 * Fetch Metadata: every current browser says in `Sec-Fetch-Site` whether a
 * request comes from a page of this site (`same-origin`), of a sibling
 * (`same-site`), of another site (`cross-site`), or from no page at all, like
 * a scanned QR code or a typed address (`none`). Browsers too old to send it say
 * nothing, and are not refused for that.
 */
export const isCrossSite = (secFetchSite: string | string[] | undefined): boolean => secFetchSite === 'cross-site'
