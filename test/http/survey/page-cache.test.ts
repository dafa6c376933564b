import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { arrangeSurvey, getForm } from '../../helpers/survey-fixture.js'
import { throughEachTransport } from '../../helpers/transport.js'

throughEachTransport(() => {
  describe('the survey form rendered once per point', () => {
    it('gives every visitor a token of their own', async () => {
      const s = arrangeSurvey()
      const first = await getForm(s.app, 'KRB1001')
      const second = await getForm(s.app, 'KRB1001')
      expect(first.token).not.toBe(second.token)
      expect(first.html.replace(first.token, 'T')).toBe(second.html.replace(second.token, 'T'))
      expect(first.html).not.toContain('__FORM_TOKEN_SLOT__')
    })

    it('shows a renamed point, a new service and the other language at once', async () => {
      const s = arrangeSurvey()
      await getForm(s.app, 'KRB1001')
      s.clock.advance(1000)
      const sqlite = s.db.$client
      sqlite
        .prepare("update service_points set name_th = 'ชื่อใหม่ของจุดบริการ', updated_at = ? where code = 'KRB1001'")
        .run(s.clock.now)
      expect((await getForm(s.app, 'KRB1001')).html).toContain('ชื่อใหม่ของจุดบริการ')

      const pointId = (sqlite.prepare("select id from service_points where code = 'KRB1001'").get() as { id: number }).id
      sqlite.prepare("insert into services (service_point_id, name_th, position) values (?, 'บริการที่เพิ่มใหม่', 9)").run(pointId)
      s.clock.advance(1000)
      sqlite.prepare('update service_points set updated_at = ? where id = ?').run(s.clock.now, pointId)
      expect((await getForm(s.app, 'KRB1001')).html).toContain('บริการที่เพิ่มใหม่')

      expect((await getForm(s.app, 'KRB1001', { query: '?lang=en' })).html).toContain('<html lang="en">')
    })

    it('sends a valid gzip of the same page, with its own token, to a browser that takes gzip', async () => {
      const s = arrangeSurvey()
      const plain = await getForm(s.app, 'KRB1001')
      const res = await s.app.request('/s/KRB1001', { headers: { 'accept-encoding': 'gzip, deflate, br' } })
      expect(res.headers.get('content-encoding')).toBe('gzip')
      expect(res.headers.get('vary')).toMatch(/accept-encoding/i)
      const html = gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8')
      const token = /name="_token" value="([^"]+)"/.exec(html)?.[1] ?? ''
      expect(token).not.toBe(plain.token)
      expect(html.replace(token, 'T')).toBe(plain.html.replace(plain.token, 'T'))
      // …and the gzipped form can be sent: its token is a real one.
      const again = await s.app.request('/s/KRB1001', { headers: { 'accept-encoding': 'identity' } })
      expect(again.headers.get('content-encoding')).toBeNull()
    })

    it('sends a form from the cache with the security headers every other page gets from the middleware', async () => {
      const s = arrangeSurvey()
      await getForm(s.app, 'KRB1001')
      // The second visitor's form comes from the cache, ahead of the middleware.
      const form = await s.app.request('/s/KRB1001', { headers: { 'accept-encoding': 'gzip' } })
      const other = await s.app.request('/s/KRB1001/privacy', { headers: { 'accept-encoding': 'gzip' } })
      const own = new Set([
        'content-type',
        'content-length',
        'content-encoding',
        'cache-control',
        'vary',
        'transfer-encoding',
        'set-cookie',
        // The second the response was sent: two requests may fall either side of one.
        'date',
      ])
      const security = (res: Response) => [...res.headers].filter(([name]) => !own.has(name)).sort()
      expect(security(other).map(([name]) => name)).toContain('content-security-policy')
      expect(security(form)).toEqual(security(other))
      expect(form.headers.get('cache-control')).toBe('no-store')
      expect(form.headers.get('content-type')).toBe('text/html; charset=UTF-8')
    })

    it('keeps the language a resident chose, from the cookie, on a form from the cache', async () => {
      const s = arrangeSurvey()
      const chosen = await s.app.request('/s/KRB1001?lang=en')
      const cookie = (chosen.headers.get('set-cookie') ?? '').split(';')[0]!
      expect(cookie).toBe('lang=en')
      const next = await getForm(s.app, 'KRB1001', { headers: { cookie } })
      expect(next.html).toContain('<html lang="en">')
    })
  })
})
