/**
 * The survey handler's answers: status, headers and body, complete, so that
 * an adapter only copies them out (to a Node response or a Fetch Response).
 * Every answer carries the security headers from their one definition.
 *
 * HTML is gzipped here, for a client that takes gzip, and not by Hono's
 * compress middleware: the answer must be the same bytes whichever adapter
 * sends it, and the Node adapter has no middleware. It follows the
 * middleware's rules: `Vary: Accept-Encoding` on every page, the body gzipped
 * off the event loop (zlib's thread pool). The survey form itself comes gzipped
 * from the page cache (`page-cache.ts`).
 */
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import type { JSX } from 'hono/jsx/jsx-runtime'
import { HtmlEscapedCallbackPhase, resolveCallback } from 'hono/utils/html'
import { acceptsGzip } from '../accepts-gzip.js'
import { SECURITY_HEADERS, TRANSPORT_SECURITY } from '../security-headers.js'

export type AnswerHeaders = Readonly<Record<string, string | readonly string[]>>

export type SurveyAnswer = { status: number; headers: AnswerHeaders; body?: Buffer }

const HTML = 'text/html; charset=UTF-8'

/** The headers of the survey form: the page's own, and the security headers. */
export const FORM_HEADERS: AnswerHeaders = Object.freeze({
  ...SECURITY_HEADERS,
  'content-type': HTML,
  'cache-control': 'no-store',
  vary: 'Accept-Encoding',
})
export const GZIP_FORM_HEADERS: AnswerHeaders = Object.freeze({ ...FORM_HEADERS, 'content-encoding': 'gzip' })

/** The answer with the header that keeps browsers on HTTPS, for a site served over it. */
export const withTransportSecurity = (answer: SurveyAnswer): SurveyAnswer => ({
  ...answer,
  headers: { ...answer.headers, ...TRANSPORT_SECURITY },
})

/** Headers with the `Set-Cookie` values added, when there are any. */
export const withCookies = (headers: AnswerHeaders, cookies: readonly string[]): AnswerHeaders =>
  cookies.length === 0 ? headers : { ...headers, 'set-cookie': cookies }

export const redirect = (status: 301 | 303, location: string, cookies: readonly string[] = []): SurveyAnswer => ({
  status,
  headers: withCookies({ ...SECURITY_HEADERS, location }, cookies),
})

/** A JSX page as the HTML text Hono's `c.html()` would send. */
export async function renderHtml(page: JSX.Element): Promise<string> {
  return String(await resolveCallback(page, HtmlEscapedCallbackPhase.Stringify, false, {}))
}

const gzipped = promisify(gzip)

export type HtmlOptions = { acceptEncoding: string | undefined; cookies?: readonly string[]; noStore?: boolean }

/** An HTML page, gzipped for a client that takes it. */
export async function htmlAnswer(status: number, page: JSX.Element, options: HtmlOptions): Promise<SurveyAnswer> {
  const html = Buffer.from(await renderHtml(page))
  const gzip = acceptsGzip(options.acceptEncoding)
  const headers: Record<string, string | readonly string[]> = {
    ...SECURITY_HEADERS,
    'content-type': HTML,
    vary: 'Accept-Encoding',
  }
  if (options.noStore) headers['cache-control'] = 'no-store'
  if (gzip) headers['content-encoding'] = 'gzip'
  if (options.cookies?.length) headers['set-cookie'] = options.cookies
  return { status, headers, body: gzip ? await gzipped(html) : html }
}
