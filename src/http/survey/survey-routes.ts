/**
 * The survey handler as Hono middleware: the Hono side of its two adapters
 * (the Node listener is the other). It translates the Context into a survey
 * request and the answer into a Response, nothing more; any other path goes on.
 * Registered ahead of Hono's own middleware, since the answers are complete
 * (security headers and compression included, see `answer.ts`).
 */
import type { Context, MiddlewareHandler } from 'hono'
import { remoteAddressOf } from '../client-address.js'
import type { SurveyAnswer } from './answer.js'
import type { SurveyHandler } from './handle-survey.js'
import { declaredTooLarge, TOO_LARGE } from './survey-request.js'

export function surveyRoutes(survey: SurveyHandler): MiddlewareHandler {
  return async (c, next) => {
    const url = c.req.url
    const route = survey.route(c.req.method, url.slice(url.indexOf('/', url.indexOf('://') + 3)))
    if (!route) return next()
    const headers = {
      cookie: c.req.header('cookie'),
      'accept-encoding': c.req.header('accept-encoding'),
      'content-type': c.req.header('content-type'),
      'x-forwarded-for': c.req.header('x-forwarded-for'),
      'sec-fetch-site': c.req.header('sec-fetch-site'),
    }
    const body = route.kind === 'submit' ? await readBody(c, survey.maxBodyBytes) : undefined
    return toResponse(await survey.answer(route, { headers, remoteAddress: remoteAddressOf(c), body }))
  }
}

/** The body, unless it is (or is declared to be) longer than `maxBytes`: reading stops there. */
async function readBody(c: Context, maxBytes: number): Promise<Buffer | typeof TOO_LARGE> {
  if (declaredTooLarge(c.req.header('content-length'), maxBytes)) return TOO_LARGE
  const stream = c.req.raw.body
  if (!stream) return Buffer.alloc(0)
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of stream) {
    size += chunk.byteLength
    // Leaving the loop cancels the stream: the rest is never read.
    if (size > maxBytes) return TOO_LARGE
    chunks.push(chunk)
  }
  return Buffer.concat(chunks, size)
}

function toResponse({ status, headers, body }: SurveyAnswer): Response {
  const out = new Headers()
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === 'string') out.set(name, value)
    else for (const one of value) out.append(name, one)
  }
  // A view, not a copy: the buffer is this answer's own.
  const view = body && new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength)
  return new Response(view ?? null, { status, headers: out })
}
