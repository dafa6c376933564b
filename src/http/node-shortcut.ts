/**
 * The production server's request listener. The two requests residents make
 * most are answered here, at the Node `http` level, with the same bytes and
 * headers Hono would give: a plain GET of a survey form whose page is ready
 * (`cached-form.ts`), and a plain valid submission (`accept-submission.ts`).
 * Everything else goes to Hono's listener. Skipping the Request/Response
 * objects of the Fetch API is most of what is left to save on them (see
 * README → Performance, P1 and P2).
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { addressOf } from './client-address.js'
import type { AcceptSubmission } from './survey/accept-submission.js'
import type { ReadySurveyForm } from './survey/cached-form.js'
import { isFormBody } from './survey/form-body.js'

const FORM_PATH = '/s/'

/** `/s/CODE` with nothing after the code, or undefined. */
function formCode(url: string | undefined): string | undefined {
  if (!url?.startsWith(FORM_PATH)) return undefined
  const code = url.slice(FORM_PATH.length)
  return code.includes('/') || code.includes('?') ? undefined : code
}

export type SurveyShortcuts = {
  readySurveyForm: ReadySurveyForm
  acceptSubmission: AcceptSubmission
  maxBodyBytes: number
  trustProxy: boolean
}

export function withSurveyShortcuts(shortcuts: SurveyShortcuts, next: RequestListener): RequestListener {
  const { readySurveyForm, maxBodyBytes } = shortcuts

  /** A form post of a stated length within the limit: anything else (chunked, too long, another type) Hono refuses or reads. */
  const plainFormPost = (req: IncomingMessage) => {
    const length = Number(req.headers['content-length'])
    return length <= maxBodyBytes && req.headers['transfer-encoding'] === undefined && isFormBody(req.headers['content-type'])
  }

  return (req: IncomingMessage, res: ServerResponse) => {
    const code = formCode(req.url)
    if (code !== undefined && req.method === 'GET') {
      const form = readySurveyForm({ code, cookie: req.headers.cookie, acceptEncoding: req.headers['accept-encoding'] })
      if (!form) return next(req, res)
      res.writeHead(200, { ...form.headers, 'content-length': String(form.body.length) })
      res.end(form.body)
    } else if (code !== undefined && req.method === 'POST' && plainFormPost(req)) {
      readBody(req, (body) => void submit(req, res, code, body, shortcuts, next))
    } else {
      next(req, res)
    }
  }
}

function readBody(req: IncomingMessage, then: (body: Buffer) => void) {
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => then(Buffer.concat(chunks)))
  req.on('error', () => req.destroy())
}

async function submit(req: IncomingMessage, res: ServerResponse, code: string, body: Buffer, shortcuts: SurveyShortcuts, next: RequestListener) {
  const address = addressOf(headerText(req.headers['x-forwarded-for']), req.socket.remoteAddress, shortcuts.trustProxy)
  let headers: Awaited<ReturnType<AcceptSubmission>>
  try {
    headers = await shortcuts.acceptSubmission({ code, body: body.toString('utf8'), cookie: req.headers.cookie, address })
  } catch {
    headers = undefined
  }
  if (headers) {
    res.writeHead(303, headers)
    res.end()
    return
  }
  // @hono/node-server reads a body already taken from the socket from `rawBody`.
  Object.assign(req, { rawBody: body })
  next(req, res)
}

const headerText = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(', ') : value)
