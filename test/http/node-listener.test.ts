/**
 * The production listener (`createNodeListener`): survey requests are answered
 * by the survey handler at the Node `http` level, with the same status, headers
 * and body `app.request()` gives, and never reach Hono; everything else does.
 */
import type { RequestListener } from 'node:http'
import { request as httpRequest } from 'node:http'
import { gunzipSync } from 'node:zlib'
import { getRequestListener } from '@hono/node-server'
import { afterEach, describe, expect, it } from 'vitest'
import { withSurvey } from '../../src/http/node-listener.js'
import { arrangeSurvey, encodeFields, getForm, hiddenValue, post, validAnswers } from '../helpers/survey-fixture.js'
import type { ArrangeOptions, DEFAULT_POINTS, Fields } from '../helpers/survey-fixture.js'
import { listen, send } from '../helpers/transport.js'
import { readPage } from './html.js'

const servers: Array<{ close(): Promise<void> }> = []
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close()
})

/** The app behind a real Node server, as `server.ts` runs it; `passedOn` counts the requests left to Hono. */
async function serve(options: ArrangeOptions<typeof DEFAULT_POINTS> = {}) {
  const s = arrangeSurvey(options)
  const hono = getRequestListener(s.app.fetch)
  const counter = { passedOn: 0 }
  const next: RequestListener = (req, res) => {
    counter.passedOn++
    void hono(req, res)
  }
  const server = await listen(withSurvey(s.app.surveyHandler, next))
  servers.push(server)
  const request = (path: string, init: RequestInit = {}) => send(new Request(server.origin + path, init))
  const get = (path: string, headers: Record<string, string> = {}) => request(path, { headers })
  return { s, counter, origin: server.origin, request, get }
}
type Served = Awaited<ReturnType<typeof serve>>

const tokenOf = (html: string) => /name="_token" value="([^"]+)"/.exec(html)?.[1] ?? ''
/** Headers a server adds to any response (and the body's own length), left out when two responses are compared. */
const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'])
const headersOf = (res: Response) => [...res.headers].filter(([name]) => !TRANSPORT.has(name)).sort()

describe('the survey form from the Node listener', () => {
  it('gives the same page and headers as the app, with a token of its own', async () => {
    const { s, counter, get } = await serve()
    // The first visitor's page is rendered, then kept.
    expect((await get('/s/KRB1001')).status).toBe(200)

    const fromNode = await get('/s/KRB1001', { 'accept-encoding': 'gzip' })
    const fromApp = await s.app.request('/s/KRB1001', { headers: { 'accept-encoding': 'gzip' } })
    expect(fromNode.status).toBe(200)
    expect(headersOf(fromNode)).toEqual(headersOf(fromApp))
    expect(fromNode.headers.get('content-encoding')).toBe('gzip')
    expect(Number(fromNode.headers.get('content-length'))).toBeGreaterThan(0)

    const html = gunzipSync(Buffer.from(await fromNode.arrayBuffer())).toString('utf8')
    const appHtml = gunzipSync(Buffer.from(await fromApp.arrayBuffer())).toString('utf8')
    expect(tokenOf(html)).not.toBe('')
    expect(tokenOf(html)).not.toBe(tokenOf(appHtml))
    expect(html.replace(tokenOf(html), 'T')).toBe(appHtml.replace(tokenOf(appHtml), 'T'))
    expect(counter.passedOn).toBe(0)
  })

  it('keeps the language of the cookie', async () => {
    const { counter, get } = await serve()
    await get('/s/KRB1001?lang=en')
    const english = await get('/s/KRB1001', { cookie: 'other=1; lang=en' })
    expect(await english.text()).toContain('<html lang="en">')
    expect(counter.passedOn).toBe(0)
  })

  it.each([
    ['a query', '/s/KRB1001?lang=th', 200],
    ['a code to tidy', '/s/krb1001', 301],
    ['an unknown code', '/s/ZZZ9999', 404],
    ['a code that cannot exist', '/s/ABC/anything', 404],
    ['the thank-you page', '/s/KRB1001/thanks', 200],
    ['the privacy page', '/s/KRB1001/privacy', 200],
    ['a code typed on the home page', '/s?code=krb1001', 303],
    ['an unknown kiosk link', '/k/AAAAAAAAAAAAAAAAAAAAAAAA', 410],
  ])('answers %s itself, with the app’s status and headers', async (_, path, status) => {
    const { s, counter, get } = await serve()
    const res = await get(path, { 'accept-encoding': 'gzip' })
    expect(res.status).toBe(status)
    expect(headersOf(res)).toEqual(headersOf(await s.app.request(path, { headers: { 'accept-encoding': 'gzip' } })))
    expect(counter.passedOn).toBe(0)
  })

  it('answers HEAD like GET, without a body', async () => {
    const { counter, request } = await serve()
    const res = await request('/s/KRB1001', { method: 'HEAD' })
    expect(res.status).toBe(200)
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(0)
    expect(await res.text()).toBe('')
    expect(counter.passedOn).toBe(0)
  })

  it.each([
    ['the home page', 'GET', '/', 200],
    ['a path under a survey it does not have', 'GET', '/s/KRB1001/other', 404],
    ['another method on the form', 'PUT', '/s/KRB1001', 404],
    ['the staff sign-in', 'GET', '/staff/sign-in', 200],
  ])('passes %s to Hono', async (_, method, path, status) => {
    const { counter, request } = await serve()
    expect((await request(path, { method })).status).toBe(status)
    expect(counter.passedOn).toBe(1)
  })
})

const FORM = { 'content-type': 'application/x-www-form-urlencoded' }

describe('a submission to the Node listener', () => {
  /** A resident's POST through the server: a fresh form from it, then the answers with its token. */
  async function submitThroughServer(server: Served, fields: Fields, headers: Record<string, string> = {}) {
    const token = hiddenValue(await (await server.get('/s/KRB1001', headers)).text(), '_token')
    const body = encodeFields({ _token: token, _lang: 'th', ...fields })
    return server.request('/s/KRB1001', { method: 'POST', headers: { ...FORM, ...headers }, body })
  }
  const responses = (s: ReturnType<typeof arrangeSurvey>) =>
    s.db.$client.prepare('select service_point_id, locale, channel, flag_reason from responses order by id').all()

  it('stores it and gives the same 303 and headers as the app', async () => {
    const server = await serve()
    const { s, counter } = server
    const answers = validAnswers(s.definition, s.points.main.services)

    const fromNode = await submitThroughServer(server, answers)
    const token = (await getForm(s.app, 'KRB1001')).token
    const fromApp = await post(s.app, 'KRB1001', { _token: token, _lang: 'th', ...answers })

    expect(fromNode.status).toBe(303)
    expect(fromNode.headers.get('location')).toBe('/s/KRB1001/thanks')
    expect(headersOf(fromNode)).toEqual(headersOf(fromApp))
    expect(fromNode.headers.getSetCookie().map((c) => c.split('=')[0])).toEqual(['lang', 'answered'])
    expect(responses(s)).toEqual([
      { service_point_id: s.points.main.id, locale: 'th', channel: 'web', flag_reason: null },
      { service_point_id: s.points.main.id, locale: 'th', channel: 'web', flag_reason: null },
    ])
    const thanks = await server.get('/s/KRB1001/thanks')
    expect(readPage(await thanks.text()).text()).toContain('แล้ว 2 คน')
    expect(counter.passedOn).toBe(0)
  })

  it('flags a second answer from the same browser as a repeat, from the cookie it set', async () => {
    const server = await serve()
    const answers = validAnswers(server.s.definition, server.s.points.main.services)
    const first = await submitThroughServer(server, answers)
    const cookie = first.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')

    expect((await submitThroughServer(server, answers, { cookie })).status).toBe(303)
    expect(responses(server.s).map((r) => (r as { flag_reason: string | null }).flag_reason)).toEqual([null, 'repeat'])
  })

  it.each([
    ['answers missing', { overall: '5' }, {}, 422],
    ['a field the form never had', { planted: 'x' }, {}, 400],
    ['a kiosk cookie that opens no kiosk', {}, { cookie: 'kiosk=not-a-real-one' }, 303],
  ])('answers %s itself', async (_, extra, headers, status) => {
    const server = await serve()
    const answers = { ...validAnswers(server.s.definition, server.s.points.main.services), ...extra }

    const res = await submitThroughServer(server, status === 422 ? extra : answers, headers)

    expect(res.status).toBe(status)
    if (status === 422) expect(readPage(await res.text()).getByRole('alert')).toBeTruthy()
    expect(server.counter.passedOn).toBe(0)
  })

  it.each([
    ['another content type', { 'content-type': 'text/plain' }, 'overall=5', 415],
    ['a body over the limit', FORM, `overall=${'5'.repeat(70_000)}`, 413],
    ['a query', FORM, 'overall=5', 400, '?lang=en'],
  ])('answers %s itself', async (_, headers, body, status, query = '') => {
    const server = await serve()
    const res = await server.request(`/s/KRB1001${query}`, { method: 'POST', headers, body })
    expect(res.status).toBe(status)
    expect(server.counter.passedOn).toBe(0)
  })

  /** A POST sent in chunks, with no Content-Length: the listener counts as it reads. */
  const chunked = (origin: string, body: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = httpRequest(`${origin}/s/KRB1001`, { method: 'POST', headers: FORM }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }))
      })
      req.on('error', reject)
      for (let at = 0; at < body.length; at += 1000) req.write(body.slice(at, at + 1000))
      req.end()
    })

  it('reads a chunked body within the limit and refuses one over it with 413', async () => {
    const server = await serve({ config: { MAX_BODY_BYTES: 4096 } })
    const fields = { ...validAnswers(server.s.definition, server.s.points.main.services), suggestion: 'ก'.repeat(300) }
    const token = hiddenValue(await (await server.get('/s/KRB1001')).text(), '_token')

    expect((await chunked(server.origin, encodeFields({ _token: token, ...fields }))).status).toBe(303)
    const tooLarge = await chunked(server.origin, encodeFields({ _token: token, ...fields, suggestion: 'ก'.repeat(600) }))
    expect(tooLarge.status).toBe(413)
    expect(readPage(tooLarge.text).text()).toContain('ข้อมูลมีขนาดใหญ่เกินไป')
    expect(server.s.db.$client.prepare('select count(*) as n from responses').get()).toEqual({ n: 1 })
    expect(server.counter.passedOn).toBe(0)
  })
})
