import type { Context } from 'hono'
import { isCrossSite } from '../fetch-site.js'

/**
 * True when the browser says the request comes from another site. `Origin:
 * null` (privacy settings, some redirects) says nothing either way, so it is
 * not treated as foreign; Sec-Fetch-Site, sent by every current browser, is.
 */
export function fromAnotherSite(c: Context): boolean {
  if (isCrossSite(c.req.header('sec-fetch-site'))) return true
  const origin = c.req.header('origin')
  return origin !== undefined && origin !== 'null' && origin !== new URL(c.req.url).origin
}
