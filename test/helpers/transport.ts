/**
 * The app reached the two ways a survey request can arrive: through
 * `app.request()` (Hono's route), and through the listener production runs
 * (`createNodeListener`, the survey handler's Node adapter) on a real socket.
 * Survey tests run through both with `throughEachTransport`; the fixture's
 * `arrangeSurvey` hands out the app as the running transport reaches it.
 *
 * @example
 * throughEachTransport(() => {
 *   it('shows the form', async () => expect((await arrangeSurvey().app.request('/s/KRB1001')).status).toBe(200))
 * })
 */
import { once } from 'node:events'
import { createServer, request as httpRequest, type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, onTestFinished } from 'vitest'
import { createNodeListener, type ServedApp } from '../../src/http/node-listener.js'

export const TRANSPORTS = ['hono', 'node'] as const
export type Transport = (typeof TRANSPORTS)[number]

let running: Transport = 'hono'

/** Runs `tests` once through `app.request()` and once through the Node listener on a socket. */
export function throughEachTransport(tests: () => void) {
  describe.each(TRANSPORTS)('through %s', (transport) => {
    beforeEach(() => {
      running = transport
    })
    afterEach(() => {
      running = 'hono'
    })
    tests()
  })
}

/** `app` as `transport` reaches it: as it is, or with `request()` sent over a socket to the production listener. */
export function reached<A extends ServedApp>(app: A, transport: Transport = running): A {
  if (transport === 'hono') return app
  const request = overSocket(app)
  return new Proxy(app, { get: (target, name) => (name === 'request' ? request : Reflect.get(target, name)) })
}

/** `app.request()`'s signature, answered by the production listener on 127.0.0.1, started on the first request of a test. */
function overSocket(app: ServedApp) {
  let origin: Promise<string> | undefined
  const start = async () => {
    const server = await listen(createNodeListener(app))
    onTestFinished(() => {
      origin = undefined
      return server.close()
    })
    return server.origin
  }
  return async (input: string | URL | Request, init?: RequestInit) => {
    const path = new URL(input instanceof Request ? input.url : input, 'http://localhost')
    const url = `${await (origin ??= start())}${path.pathname}${path.search}`
    return send(new Request(url, input instanceof Request ? input : init))
  }
}

/** A server for `listener` on a free port of 127.0.0.1. */
export async function listen(listener: RequestListener) {
  const server = createServer(listener)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections()
      await new Promise((done) => server.close(done))
    },
  }
}

/**
 * Sends a Request with node:http, as a browser would: the body's length
 * stated. The Response keeps the body exactly as sent (gzip stays gzip, as
 * with `app.request()`), with every header, each Set-Cookie apart.
 */
export async function send(request: Request): Promise<Response> {
  const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined
  const headers: Record<string, string> = Object.fromEntries(request.headers)
  if (body && headers['content-length'] === undefined) headers['content-length'] = String(body.length)
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(request.url, { method: request.method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', reject)
      res.on('end', () => {
        const received = new Headers()
        for (let i = 0; i < res.rawHeaders.length; i += 2) received.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!)
        const status = res.statusCode ?? 0
        const empty = request.method === 'HEAD' || status === 204 || status === 304
        resolve(new Response(empty ? null : new Uint8Array(Buffer.concat(chunks)), { status, headers: received }))
      })
    })
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}
