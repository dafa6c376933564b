/**
 * The survey form as most residents get it: already rendered and compressed
 * (see `page-cache.ts`), with a fresh token, sent as one complete response.
 * It is registered before the app's middleware, so a request it answers
 * skips them; it writes the same security headers itself. Anything else (a
 * code to tidy, `?lang=`, a closed survey, a page not yet rendered) goes on
 * to the survey routes, through the middleware, as before.
 */
import type { Context, Next } from 'hono'
import { canonicalServicePointCode } from '../../domain/service-point-code.js'
import type { FormTokens } from '../../security/form-token.js'
import { acceptsGzip } from '../accepts-gzip.js'
import { resolveLocale } from '../locale.js'
import { SECURITY_HEADERS } from '../security-headers.js'
import type { SurveyLoader } from './load-survey.js'
import { surveyPageKey, type PageCache } from './page-cache.js'

export type CachedFormDeps = { loader: SurveyLoader; tokens: FormTokens; pages: PageCache; now: () => number }

/** The headers of the form page: what the middleware would add, and the page's own. */
export const FORM_HEADERS = Object.freeze({
  ...SECURITY_HEADERS,
  'content-type': 'text/html; charset=UTF-8',
  'cache-control': 'no-store',
  vary: 'Accept-Encoding',
})
const GZIP_FORM_HEADERS = Object.freeze({ ...FORM_HEADERS, 'content-encoding': 'gzip' })

export function cachedSurveyForm(deps: CachedFormDeps) {
  return (c: Context, next: Next) => {
    const code = c.req.param('code')
    // A query may set the language (and its cookie): the full route handles it.
    if (!code || canonicalServicePointCode(code) !== code || c.req.url.includes('?')) return next()
    const now = deps.now()
    const state = deps.loader.load(code, now)
    if (state.kind !== 'open') return next()
    const key = surveyPageKey(state, resolveLocale(c))
    if (!deps.pages.has(key)) return next()
    const gzip = acceptsGzip(c.req.header('accept-encoding'))
    const body = deps.pages.page(key, deps.tokens.issue(state.round.id, now), gzip)!
    return new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), {
      status: 200,
      headers: gzip ? GZIP_FORM_HEADERS : FORM_HEADERS,
    })
  }
}
