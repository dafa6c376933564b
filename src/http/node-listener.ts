/**
 * The production server's request listener: the Node side of the survey
 * handler's two adapters (Hono's route is the other). A survey request is
 * translated from the IncomingMessage (a submission's body read here, up to
 * MAX_BODY_BYTES) and the handler's answer written with `writeHead`/`end`;
 * no Fetch Request or Response is built for it, which on the form and on a
 * submission would be about a quarter of the work. Every other request goes
 * to Hono's listener.
 *
 * @example
 * createServer(createNodeListener(createApp({ db, config }), { hostname: config.HOST })).listen(config.PORT)
 */
import type { IncomingMessage, OutgoingHttpHeaders, RequestListener, ServerResponse } from 'node:http'
import { getRequestListener } from '@hono/node-server'
import type { Hono } from 'hono'
import type { SurveyAnswer } from './survey/answer.js'
import type { SurveyHandler } from './survey/handle-survey.js'
import { declaredTooLarge, TOO_LARGE, type SurveyRequest } from './survey/survey-request.js'

export type ServedApp = Pick<Hono, 'fetch'> & { surveyHandler: SurveyHandler }

/** The app's survey handler, with Hono's listener for everything else. */
export function createNodeListener(app: ServedApp, options: { hostname?: string } = {}): RequestListener {
  return withSurvey(app.surveyHandler, getRequestListener(app.fetch, options))
}

export function withSurvey(survey: SurveyHandler, next: RequestListener): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const route = survey.route(req.method ?? 'GET', req.url ?? '/')
    if (!route) return next(req, res)
    if (route.kind !== 'submit') return send(req, res, survey.answer(route, requestOf(req)))
    readBody(req, survey.maxBodyBytes, (body) => send(req, res, survey.answer(route, requestOf(req, body))))
  }
}

const requestOf = (req: IncomingMessage, body?: SurveyRequest['body']): SurveyRequest => ({
  headers: req.headers,
  remoteAddress: req.socket.remoteAddress,
  body,
})

/**
 * Reads the body, unless it is (or is declared to be) longer than `maxBytes`:
 * reading stops there and Node discards the rest once the answer is sent.
 */
function readBody(req: IncomingMessage, maxBytes: number, then: (body: Buffer | typeof TOO_LARGE) => void) {
  if (declaredTooLarge(req.headers['content-length'], maxBytes)) return then(TOO_LARGE)
  const chunks: Buffer[] = []
  let size = 0
  const onData = (chunk: Buffer) => {
    size += chunk.length
    if (size <= maxBytes) return void chunks.push(chunk)
    req.off('data', onData).off('end', onEnd)
    then(TOO_LARGE)
  }
  const onEnd = () => then(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size))
  req.on('data', onData).on('end', onEnd)
  // The client went away mid-body (a phone losing signal): there is nobody left to answer.
  req.on('error', (error) => console.warn(`survey ${req.method} ${req.url}: body not read:`, error.message))
}

function send(req: IncomingMessage, res: ServerResponse, answer: SurveyAnswer | Promise<SurveyAnswer>) {
  if (!(answer instanceof Promise)) return write(res, answer)
  answer
    .then((complete) => write(res, complete))
    .catch((error: unknown) => {
      // The handler answers its own failures: this is its error page failing too, or the socket.
      console.error(`survey ${req.method} ${req.url}: no answer:`, error)
      if (res.headersSent) res.destroy()
      else res.writeHead(500, { 'content-length': '0' }).end()
    })
}

function write(res: ServerResponse, { status, headers, body }: SurveyAnswer) {
  // Node sends the headers as they are, so the length goes with them (a HEAD request's body is left out by Node).
  res.writeHead(status, { ...(headers as OutgoingHttpHeaders), 'content-length': body ? body.length : 0 })
  res.end(body)
}
