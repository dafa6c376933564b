/**
 * The production server's request listener: a plain GET of a survey form
 * whose page is ready is answered here, at the Node `http` level, with the
 * same bytes and headers `cachedSurveyForm` gives inside Hono; everything
 * else goes to Hono's listener. This is the request residents make most, and
 * skipping the Request/Response objects of the Fetch API is most of what is
 * left to save on it (see README → Performance, P1).
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import type { ReadySurveyForm } from './survey/cached-form.js'

const FORM_PATH = '/s/'

/** `/s/CODE` with nothing after the code, or undefined. */
function formCode(url: string | undefined): string | undefined {
  if (!url?.startsWith(FORM_PATH)) return undefined
  const code = url.slice(FORM_PATH.length)
  return code.includes('/') || code.includes('?') ? undefined : code
}

export function withSurveyFormShortcut(ready: ReadySurveyForm, next: RequestListener): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const code = req.method === 'GET' ? formCode(req.url) : undefined
    const form = code === undefined ? undefined : ready({ code, cookie: req.headers.cookie, acceptEncoding: req.headers['accept-encoding'] })
    if (!form) return next(req, res)
    res.writeHead(200, { ...form.headers, 'content-length': String(form.body.length) })
    res.end(form.body)
  }
}
