/**
 * Every cookie the site sets is Secure when it is served over HTTPS
 * (`servedOverHttps`). Hono's routes learn it from the context, set once for
 * the whole app; the survey handler and the staff session are told it directly.
 */
import type { Context, MiddlewareHandler } from 'hono'

declare module 'hono' {
  interface ContextVariableMap {
    secureCookies: boolean
  }
}

export const secureCookies =
  (secure: boolean): MiddlewareHandler =>
  async (c, next) => {
    c.set('secureCookies', secure)
    await next()
  }

/** Whether a cookie set by this request's answer must be Secure. */
export const cookiesSecure = (c: Context): boolean => c.get('secureCookies') === true
