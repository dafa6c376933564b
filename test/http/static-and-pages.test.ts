/**
 * Everything around the survey: the front door, static files served from this
 * host only, security headers on every page, and a first visit that fits in the
 * first round trips of a slow phone connection.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { arrangeSurvey, getForm, post, type ArrangedSurvey } from '../helpers/survey-fixture.js'
import { readPage } from './html.js'
import { expectStatusPage } from './survey/expect.js'

describe('the home page', () => {
  it('is Thai and has a box for the code on the poster that sends to /s', async () => {
    const s = arrangeSurvey()
    const res = await s.app.request('/')
    const view = readPage(await res.text())

    expect(res.status).toBe(200)
    expect(view.lang).toBe('th')
    const form = view.getByRole('form')
    expect(form.attrs).toMatchObject({ method: 'get', action: '/s' })
    expect(view.getByRole('textbox', { name: 'รหัสจุดให้บริการ' }, form).attrs.name).toBe('code')
    expect(view.getByRole('button', { name: 'ไปที่แบบประเมิน' }, form)).toBeDefined()
  })

  it('leads on to the organisations’ results, the open data and the staff sign-in, in the visitor’s language', async () => {
    const s = arrangeSurvey()
    const th = readPage(await (await s.app.request('/')).text())
    const more = th.getByRole('navigation', { name: 'ดูผลและข้อมูล' })
    const linksOf = (view: typeof th, nav: typeof more) =>
      view.allByRole('link', {}, nav).map((a) => [view.text(a), a.attrs.href])
    expect(linksOf(th, more)).toEqual([
      ['ผลการประเมินของ อปท.', '/o'],
      ['ข้อมูลเปิด', '/open-data'],
      ['สำหรับเจ้าหน้าที่', '/staff'],
    ])
    expect(th.getByRole('link', { name: 'English' }).attrs.href).toBe('/?lang=en')

    const en = readPage(await (await s.app.request('/?lang=en')).text())
    expect(en.lang).toBe('en')
    expect(linksOf(en, en.getByRole('navigation', { name: 'Results and data' }))).toEqual([
      ['Results of a local government', '/o?lang=en'],
      ['Open data', '/open-data?lang=en'],
      ['For staff', '/staff'],
    ])
    for (const [, href] of [...linksOf(th, more), ...linksOf(en, en.getByRole('navigation', { name: 'Results and data' }))])
      expect([200, 303], href).toContain((await s.app.request(href!)).status)
  })

  it.each([
    ['/o', '/'],
    ['/o?lang=en', '/?lang=en'],
    ['/open-data', '/'],
    ['/open-data?lang=en', '/?lang=en'],
  ])('%s links back to the front door (%s)', async (path, home) => {
    const s = arrangeSurvey()
    const view = readPage(await (await s.app.request(path)).text())
    const name = home === '/' ? 'หน้าแรก' : 'Home'
    expect(view.getByRole('link', { name }).attrs.href).toBe(home)
  })

  it.each([
    ['krb-1001', '/s/KRB1001'],
    ['  KRB 1OO1 ', '/s/KRB1001'],
    ['cnx1001', '/s/CNX1001'],
  ])('sends the typed code %j on to %s', async (typed, target) => {
    const s = arrangeSurvey()
    const res = await s.app.request(`/s?code=${encodeURIComponent(typed)}`)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(target)
  })

  it('answers a code that cannot exist with a Thai "not found" page', async () => {
    const s = arrangeSurvey()
    await expectStatusPage(await s.app.request('/s?code=hello'), 404, 'ไม่พบแบบประเมินนี้')
  })
})

describe('static files', () => {
  it.each([
    ['/static/site.css', /^text\/css/],
    ['/static/survey.js', /^(text|application)\/javascript/],
    ['/static/htmx.min.js', /^(text|application)\/javascript/],
  ])('serves %s as %s', async (path, type) => {
    const s = arrangeSurvey()
    const res = await s.app.request(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(type)
    expect((await res.text()).length).toBeGreaterThan(100)
  })
})

describe('the poster font', () => {
  it('is served from this host, the very files the PDF embeds, kept a year', async () => {
    const s = arrangeSurvey()
    const css = await (await s.app.request('/static/poster.css')).text()
    const urls = [...css.matchAll(/@font-face\s*\{[^}]*font-family:\s*'Sarabun'[^}]*url\('([^']+)'\)/g)].map((m) => m[1]!)
    expect(urls).toEqual(['/static/fonts/sarabun-400.ttf', '/static/fonts/sarabun-700.ttf'])
    const packageFiles = ['400Regular/Sarabun_400Regular.ttf', '700Bold/Sarabun_700Bold.ttf']
    for (const [i, url] of urls.entries()) {
      const res = await s.app.request(url)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('font/ttf')
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      const file = readFileSync(createRequire(import.meta.url).resolve(`@expo-google-fonts/sarabun/${packageFiles[i]}`))
      expect(Buffer.from(await res.arrayBuffer()).equals(file)).toBe(true)
    }
  })

  it('is asked for by the poster stylesheet before any other font', async () => {
    const s = arrangeSurvey()
    const css = await (await s.app.request('/static/poster.css')).text()
    expect(/body\s*\{[^}]*font-family:\s*([^;]+);/.exec(css)?.[1]?.split(',')[0]?.trim()).toBe("'Sarabun'")
  })
})

describe('every HTML page', () => {
  const pages: [string, (s: ArrangedSurvey) => Response | Promise<Response>][] = [
    ['home', (s) => s.app.request('/')],
    ['survey form', (s) => s.app.request('/s/KRB1001')],
    ['survey form in English', (s) => s.app.request('/s/KRB1001?lang=en')],
    ['form with errors', async (s) => post(s.app, 'KRB1001', { _token: (await getForm(s.app, 'KRB1001')).token })],
    ['thank-you page', (s) => s.app.request('/s/KRB1001/thanks')],
    ['privacy notice', (s) => s.app.request('/s/KRB1001/privacy')],
    ['unknown code', (s) => s.app.request('/s/ZZZ9999')],
    ['switched-off point', (s) => s.app.request('/s/CNX1009')],
    [
      'wrong content type',
      (s) => s.app.request('/s/KRB1001', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' }),
    ],
    ['unknown path', (s) => s.app.request('/no/such/page')],
  ]

  it.each(pages)('%s: a CSP that allows no inline script, and nothing inline for it to block', async (_name, load) => {
    const s = arrangeSurvey()
    const res = await load(s)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)

    const csp = res.headers.get('content-security-policy') ?? ''
    const scriptSrc =
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('script-src ')) ??
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('default-src '))
    expect(scriptSrc).toBeDefined()
    expect(scriptSrc).not.toContain("'unsafe-inline'")
    expect(scriptSrc).not.toContain("'unsafe-eval'")

    const view = readPage(await res.text())
    expect(view.elements.filter((el) => el.tag === 'script' && !el.attrs.src)).toEqual([])
    expect(
      view.elements.filter(
        (el) => el.tag === 'style' || 'style' in el.attrs || Object.keys(el.attrs).some((a) => a.startsWith('on')),
      ),
    ).toEqual([])
  })

  it('answers an unknown path with a Thai 404 page', async () => {
    const s = arrangeSurvey()
    await expectStatusPage(await s.app.request('/no/such/page'), 404, 'ไม่พบหน้านี้')
  })

  it('shows the full privacy notice with the organisation named, no placeholder left', async () => {
    const s = arrangeSurvey()
    const res = await s.app.request('/s/KRB1001/privacy')
    const view = readPage(await res.text())
    expect(res.status).toBe(200)
    expect(view.nameOf(view.getByRole('heading', { level: 1 }))).toBe('ประกาศความเป็นส่วนตัว')
    expect(view.text()).toContain('ผู้ควบคุมข้อมูลส่วนบุคคล: เทศบาลเมืองกระบี่')
    expect(view.text()).not.toContain('{organisation}')
    expect(view.getByRole('link', { name: 'กลับไปทำแบบประเมิน' }).attrs.href).toBe('/s/KRB1001')
  })
})

describe('the first visit on a slow phone', () => {
  it('fits the survey page, site.css and survey.js in 14 KiB gzipped, and asks no other host', async () => {
    const s = arrangeSurvey()
    const html = (await getForm(s.app, 'KRB1001')).html
    const view = readPage(html)
    const pageUrls = view.elements
      .flatMap((el) => [el.attrs.src, el.tag === 'link' ? el.attrs.href : undefined])
      .filter((u): u is string => !!u)
    // `data:` URLs (the empty favicon) are part of the page itself, not requests.
    const assets = pageUrls.filter((u) => !u.startsWith('data:'))
    expect(pageUrls.filter((u) => u.startsWith('data:'))).toEqual(['data:,'])
    expect(assets.sort()).toEqual(['/static/site.css', '/static/survey.js'])

    const bodies = [html, ...(await Promise.all(assets.map(async (path) => (await s.app.request(path)).text())))]
    const gzipped = bodies.map((b) => gzipSync(Buffer.from(b, 'utf8')).length)
    expect(gzipped.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(14 * 1024)

    const urls = view.elements
      .flatMap((el) => ['src', 'href', 'action', 'srcset', 'poster', 'data'].map((a) => el.attrs[a]))
      .filter((u): u is string => !!u)
    expect(urls.filter((u) => /^(https?:)?\/\//i.test(u.trim()))).toEqual([])
  })
})
