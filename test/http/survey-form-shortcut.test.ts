import { once } from 'node:events'
import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { getRequestListener } from '@hono/node-server'
import { afterEach, describe, expect, it } from 'vitest'
import { withSurveyFormShortcut } from '../../src/http/node-shortcut.js'
import { arrangeSurvey, getForm } from '../helpers/survey-fixture.js'

const servers: Server[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    await new Promise((done) => server.close(done))
  }
})

/** The app behind a real Node server, as `server.ts` runs it; `passedOn` counts the requests the shortcut left to Hono. */
async function serveWithShortcut() {
  const s = arrangeSurvey()
  const hono = getRequestListener(s.app.fetch)
  const counter = { passedOn: 0 }
  const next: RequestListener = (req, res) => {
    counter.passedOn++
    void hono(req, res)
  }
  const server = createServer(withSurveyFormShortcut(s.app.readySurveyForm, next))
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
