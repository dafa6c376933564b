import { once } from 'node:events'
import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { getRequestListener } from '@hono/node-server'
import { afterEach, describe, expect, it } from 'vitest'
import { withSurveyShortcuts } from '../../src/http/node-shortcut.js'
import { arrangeSurvey, encodeFields, getForm, hiddenValue, post, validAnswers, type ArrangeOptions, type DEFAULT_POINTS, type Fields } from '../helpers/survey-fixture.js'
import { readPage } from './html.js'

const servers: Server[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    await new Promise((done) => server.close(done))
  }
})

/** The app behind a real Node server, as `server.ts` runs it; `passedOn` counts the requests the shortcuts left to Hono. */
async function serveWithShortcut(options: ArrangeOptions<typeof DEFAULT_POINTS> = {}) {
  const s = arrangeSurvey(options)
  const hono = getRequestListener(s.app.fetch)
  const counter = { passedOn: 0 }
  const next: RequestListener = (req, res) => {
    counter.passedOn++
    void hono(req, res)
  }
  const shortcuts = { readySurveyForm: s.app.readySurveyForm, acceptSubmission: s.app.acceptSubmission, maxBodyBytes: s.config.MAX_BODY_BYTES, trustProxy: false }
  const server = createServer(withSurveyShortcuts(shortcuts, next))
  servers.push(server)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const request = (path: string, init: RequestInit = {}) => fetch(base + path, { redirect: 'manual', ...init })
  return { s, counter, request, get: (path: string, headers: Record<string, string> = {}) => request(path, { headers }) }
}

const tokenOf = (html: string) => /name="_token" value="([^"]+)"/.exec(html)?.[1] ?? ''
/** Headers a server adds to any response (and the body's own length), left out when two responses are compared. */
const TRANSPORT = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding'])
const headersOf = (res: Response) => [...res.headers].filter(([name]) => !TRANSPORT.has(name)).sort()

describe('the survey form answered ahead of Hono, at the Node http level', () => {
  it('gives the same page and headers as the app, with a token of its own, once the page is ready', async () => {
    const { s, counter, get } = await serveWithShortcut()
    // The first visitor's page is rendered by the survey routes, then kept.
    expect((await get('/s/KRB1001')).status).toBe(200)
    expect(counter.passedOn).toBe(1)

    const fromShortcut = await get('/s/KRB1001', { 'accept-encoding': 'gzip' })
    expect(counter.passedOn).toBe(1)
    const fromApp = await s.app.request('/s/KRB1001', { headers: { 'accept-encoding': 'gzip' } })
    expect(fromShortcut.status).toBe(200)
    expect(headersOf(fromShortcut)).toEqual(headersOf(fromApp))
    expect(fromShortcut.headers.get('content-encoding')).toBe('gzip')

    // fetch has already taken the gzip off; the app's body has not.
    const html = await fromShortcut.text()
    const appHtml = gunzipSync(Buffer.from(await fromApp.arrayBuffer())).toString('utf8')
    expect(tokenOf(html)).not.toBe('')
    expect(tokenOf(html)).not.toBe(tokenOf(appHtml))
    expect(html.replace(tokenOf(html), 'T')).toBe(appHtml.replace(tokenOf(appHtml), 'T'))
    expect(Number(fromShortcut.headers.get('content-length'))).toBeGreaterThan(0)
  })

  it('keeps the language of the cookie', async () => {
    const { counter, get } = await serveWithShortcut()
    await get('/s/KRB1001?lang=en')
    const passed = counter.passedOn
    const english = await get('/s/KRB1001', { cookie: 'other=1; lang=en' })
    expect(counter.passedOn).toBe(passed)
    expect(await english.text()).toContain('<html lang="en">')
  })

  it.each([
    ['a query', '/s/KRB1001?lang=th', 200],
    ['a code to tidy', '/s/krb1001', 301],
    ['an unknown code', '/s/ZZZ9999', 404],
    ['the thank-you page', '/s/KRB1001/thanks', 200],
    ['the privacy page', '/s/KRB1001/privacy', 200],
  ])('leaves %s to the app', async (_, path, status) => {
    const { counter, get } = await serveWithShortcut()
    await get('/s/KRB1001')
    const passed = counter.passedOn
    expect((await get(path)).status).toBe(status)
    expect(counter.passedOn).toBe(passed + 1)
  })

  it('leaves a form whose page is not ready, and other methods, to the app', async () => {
    const { s, counter, get, request } = await serveWithShortcut()
    expect((await get('/s/KRB1001')).status).toBe(200)
    const passed = counter.passedOn
    expect((await request('/s/KRB1001', { method: 'HEAD' })).status).toBe(200)
    expect(counter.passedOn).toBe(passed + 1)
    // A renamed point renders afresh: its first visitor goes through the app again.
    s.clock.advance(1000)
    s.db.$client.prepare("update service_points set name_th = 'ชื่อใหม่', updated_at = ? where code = 'KRB1001'").run(s.clock.now)
    const renamed = await get('/s/KRB1001')
    expect(await renamed.text()).toContain('ชื่อใหม่')
    expect(counter.passedOn).toBe(passed + 2)
  })
})

const FORM = { 'content-type': 'application/x-www-form-urlencoded' }

describe('a valid submission answered ahead of Hono, at the Node http level', () => {
  /** A resident's POST through the server: a fresh form from it, then the answers with its token. */
  async function submitThroughServer(server: Awaited<ReturnType<typeof serveWithShortcut>>, fields: Fields, headers: Record<string, string> = {}) {
    const token = hiddenValue(await (await server.get('/s/KRB1001', headers)).text(), '_token')
    return server.request('/s/KRB1001', { method: 'POST', headers: { ...FORM, ...headers }, body: encodeFields({ _token: token, _lang: 'th', ...fields }) })
  }
  const responses = (s: ReturnType<typeof arrangeSurvey>) =>
    s.db.$client.prepare('select service_point_id, locale, channel, flag_reason from responses order by id').all()

  it('stores it and gives the same 303 and headers as the app', async () => {
    const server = await serveWithShortcut()
    const { s, counter } = server
    const answers = validAnswers(s.definition, s.points.main.services)
    const passed = (await server.get('/s/KRB1001'), counter.passedOn)

    const fromShortcut = await submitThroughServer(server, answers)
    expect(counter.passedOn).toBe(passed)
    const token = (await getForm(s.app, 'KRB1001')).token
    const fromApp = await post(s.app, 'KRB1001', { _token: token, _lang: 'th', ...answers })

    expect(fromShortcut.status).toBe(303)
    expect(fromShortcut.headers.get('location')).toBe('/s/KRB1001/thanks')
    expect(headersOf(fromShortcut)).toEqual(headersOf(fromApp))
    expect(fromShortcut.headers.getSetCookie().map((c) => c.split('=')[0])).toEqual(['lang', 'answered'])
    expect(responses(s)).toEqual([
      { service_point_id: s.points.main.id, locale: 'th', channel: 'web', flag_reason: null },
      { service_point_id: s.points.main.id, locale: 'th', channel: 'web', flag_reason: null },
    ])
    // The thank-you page, through the app, counts both.
    const thanks = await server.get('/s/KRB1001/thanks')
    expect(readPage(await thanks.text()).text()).toContain('แล้ว 2 คน')
  })

  it('flags a second answer from the same browser as a repeat, from the cookie it set', async () => {
    const server = await serveWithShortcut()
    const answers = validAnswers(server.s.definition, server.s.points.main.services)
    const first = await submitThroughServer(server, answers)
    const cookie = first.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
    const passed = server.counter.passedOn

    expect((await submitThroughServer(server, answers, { cookie })).status).toBe(303)
    expect(server.counter.passedOn).toBe(passed)
    expect(responses(server.s).map((r) => (r as { flag_reason: string | null }).flag_reason)).toEqual([null, 'repeat'])
  })

  it.each([
    ['answers missing', { overall: '5' }, {}, 422],
    ['a field the form never had', { planted: 'x' }, {}, 400],
    ['a kiosk', {}, { cookie: 'kiosk=not-a-real-one' }, 303],
  ])('leaves %s to the app, which reads the body it was handed', async (_, extra, headers, status) => {
    const server = await serveWithShortcut()
    await server.get('/s/KRB1001')
    const answers = { ...validAnswers(server.s.definition, server.s.points.main.services), ...extra }
    const passed = server.counter.passedOn

    const res = await submitThroughServer(server, status === 422 ? extra : answers, headers)

    expect(res.status).toBe(status)
    expect(server.counter.passedOn).toBe(passed + 1)
    if (status === 422) expect(readPage(await res.text()).getByRole('alert')).toBeTruthy()
  })

  it('leaves a client over its limit to the app, which says so', async () => {
    const server = await serveWithShortcut({ config: { RATE_LIMIT_SUBMISSIONS: 1 } })
    const answers = validAnswers(server.s.definition, server.s.points.main.services)
    expect((await submitThroughServer(server, answers)).status).toBe(303)
    const passed = server.counter.passedOn

    const refused = await submitThroughServer(server, answers)
    expect(refused.status).toBe(429)
    expect(server.counter.passedOn).toBe(passed + 1)
    expect(responses(server.s)).toHaveLength(1)
  })

  it.each([
    ['another content type', { 'content-type': 'text/plain' }, 'overall=5', 415],
    ['a body over the limit', FORM, `overall=${'5'.repeat(70_000)}`, 413],
    ['a query', FORM, 'overall=5', 400, '?lang=en'],
  ])('leaves %s to the app, unread', async (_, headers, body, status, query = '') => {
    const server = await serveWithShortcut()
    const res = await server.request(`/s/KRB1001${query}`, { method: 'POST', headers, body })
    expect(res.status).toBe(status)
    expect(server.counter.passedOn).toBe(1)
  })
})
