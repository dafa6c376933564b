/**
 * The survey form as most residents get it: already rendered and compressed
 * (see `page-cache.ts`), with a fresh token, sent as one complete response.
 * `readySurveyForm` decides from the code and two headers alone, so the same
 * answer is given in two places: ahead of Hono's middleware (`cachedSurveyForm`,
 * which `app.request()` and any other host reach) and, on the production server,
 * ahead of Hono altogether (`node-shortcut.ts`), where building a Request and a
 * Response would cost about a quarter of the request. It writes the security headers the
 * middleware would. Anything else (a code to tidy, `?lang=`, a closed survey,
 * a page not yet rendered) goes on to the survey routes, as before.
 */
import type { Context, Next } from 'hono'
import { canonicalServicePointCode } from '../../domain/service-point-code.js'
import type { FormTokens } from '../../security/form-token.js'
import { acceptsGzip } from '../accepts-gzip.js'
import { rememberedLocale } from '../locale.js'
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

/** A 200 response complete but for the status line: its body and headers. */
export type ReadyForm = { body: Buffer; headers: Readonly<Record<string, string>> }

/** What a plain GET of `/s/:code` (no query) needs to be answered from the cache. */
export type FormRequest = { code: string; cookie: string | undefined; acceptEncoding: string | undefined }

export type ReadySurveyForm = (request: FormRequest) => ReadyForm | undefined

export function readySurveyForm(deps: CachedFormDeps): ReadySurveyForm {
  return ({ code, cookie, acceptEncoding }) => {
    if (canonicalServicePointCode(code) !== code) return undefined
    const now = deps.now()
    const state = deps.loader.load(code, now)
    if (state.kind !== 'open') return undefined
    const key = surveyPageKey(state, rememberedLocale(cookie))
    if (!deps.pages.has(key)) return undefined
    const gzip = acceptsGzip(acceptEncoding)
    return { body: deps.pages.page(key, deps.tokens.issue(state.round.id, now), gzip)!, headers: gzip ? GZIP_FORM_HEADERS : FORM_HEADERS }
  }
}

/** The shortcut as Hono middleware, registered before the app's own. */
export function cachedSurveyForm(ready: ReadySurveyForm) {
  return (c: Context, next: Next) => {
    // A query may set the language (and its cookie): the full route handles it.
    if (c.req.url.includes('?')) return next()
    const form = ready({ code: c.req.param('code') ?? '', cookie: c.req.header('cookie'), acceptEncoding: c.req.header('accept-encoding') })
    if (!form) return next()
    const { body } = form
    return new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), { status: 200, headers: form.headers })
  }
}
