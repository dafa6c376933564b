/**
 * What a survey request is, as the survey handler sees it, whichever adapter
 * (Hono's route or the Node listener) brought it: the route, worked out from
 * the method and URL alone, then the few headers the survey reads, the
 * client's address and, for a submission, the body.
 *
 * The survey covers `/s?code=`, `/s/:code` (GET the form, POST answers),
 * `/s/:code/thanks`, `/s/:code/privacy` and the kiosk link `/k/:token`; a
 * code that cannot be one is refused on any of them, a code typed loosely is
 * redirected to its canonical form. Anything else is another page's.
 */
import { canonicalServicePointCode } from '../../domain/service-point-code.js'

export type SurveyRoute = (
  | { kind: 'form' | 'submit' | 'thanks' | 'privacy'; code: string }
  | { kind: 'canonical'; location: string }
  | { kind: 'unknownCode'; shown: string }
  | { kind: 'search' }
  | { kind: 'kiosk'; token: string }
) & {
  /** The query string without its "?", or "". */
  query: string
}

/** The headers the survey reads, by lower-case name (Node's `IncomingMessage.headers` is one). */
export type SurveyHeaders = {
  cookie?: string | undefined
  'accept-encoding'?: string | undefined
  'content-type'?: string | undefined
  /** Read only when TRUST_PROXY is set. */
  'x-forwarded-for'?: string | string[] | undefined
  /** Where the browser says a submission comes from (see `../fetch-site.ts`). */
  'sec-fetch-site'?: string | string[] | undefined
}

/** A body over MAX_BODY_BYTES: the adapter stopped reading it (or never started). */
export const TOO_LARGE = Symbol('body over MAX_BODY_BYTES')

export type SurveyRequest = {
  headers: SurveyHeaders
  /** The socket's peer address, when there is a socket. */
  remoteAddress: string | undefined
  /** A submission's body as read by the adapter; other routes have none. */
  body?: string | Buffer | typeof TOO_LARGE
}

/** Whether a `Content-Length` already says the body is over the limit, so it need not be read. */
export const declaredTooLarge = (contentLength: string | null | undefined, maxBytes: number) =>
  contentLength != null && Number(contentLength) > maxBytes

const decoded = (segment: string) => {
  if (!segment.includes('%')) return segment
  try {
    return decodeURIComponent(segment)
  } catch (error) {
    if (error instanceof URIError) return segment
    throw error
  }
}

/** The survey route a request is for, or undefined when it is for another page. `url` is the path and query. */
export function surveyRoute(method: string, url: string): SurveyRoute | undefined {
  const read = method === 'GET' || method === 'HEAD'
  const mark = url.indexOf('?')
  const path = mark < 0 ? url : url.slice(0, mark)
  const query = mark < 0 ? '' : url.slice(mark + 1)
  if (path === '/s') return read ? { kind: 'search', query } : undefined
  if (path.startsWith('/k/')) {
    const token = path.slice(3)
    return read && token !== '' && !token.includes('/') ? { kind: 'kiosk', token: decoded(token), query } : undefined
  }
  if (!path.startsWith('/s/')) return undefined
  const end = path.indexOf('/', 3)
  const typed = decoded(end < 0 ? path.slice(3) : path.slice(3, end))
  const rest = end < 0 ? '' : path.slice(end)
  if (typed === '') return undefined
  const code = canonicalServicePointCode(typed)
  if (!code) return { kind: 'unknownCode', shown: typed.slice(0, 20), query }
  // Typed codes are forgiving (lower case, O for 0): send people to the one true URL.
  if (code !== typed && read) return { kind: 'canonical', location: `/s/${code}${rest}${query === '' ? '' : `?${query}`}`, query }
  if (rest === '') return read ? { kind: 'form', code, query } : method === 'POST' ? { kind: 'submit', code, query } : undefined
  if (!read) return undefined
  return rest === '/thanks' ? { kind: 'thanks', code, query } : rest === '/privacy' ? { kind: 'privacy', code, query } : undefined
}

/** One parameter of a query string (the first, if repeated). */
export const queryValue = (query: string, name: string): string | undefined =>
  query === '' ? undefined : (new URLSearchParams(query).get(name) ?? undefined)
