/**
 * An LGU officer downloads the QR code and prints the poster of a service
 * point: the QR decodes (jsQR) to the point's absolute survey URL, the HTML
 * poster names the organisation and the point and types the URL out, and the
 * PDFs render (pdftoppm) to pages whose QR codes decode.
 */
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { arrangePosters, BASE_URL, type ArrangedPosters } from '../../../posters/arrange-posters.js'
import { decodeQr, mediaBoxes, pageObjectCount, renderPdfPages } from '../../../posters/pdf-image.js'
import { readPage } from '../../html.js'

const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer())
const pointPath = (s: ArrangedPosters, suffix: string) => `/staff/service-points/${s.points.main.id}/${suffix}`

describe('QR code downloads', () => {
  it('qr.png decodes to PUBLIC_BASE_URL + /s/<code>', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const lgu = await s.as('lgu')
    const res = await lgu.get(pointPath(s, 'qr.png'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(decodeQr(PNG.sync.read(await bytes(res)))?.data).toBe('https://survey.example.go.th/s/KRB1001')
  })

  it('qr.png decodes to the request origin when PUBLIC_BASE_URL is not set', async () => {
    const s = await arrangePosters()
    const lgu = await s.as('lgu')
    const res = await s.app.request(`http://localhost${pointPath(s, 'qr.png')}`, { headers: { cookie: lgu.cookie } })
    expect(res.status).toBe(200)
    expect(decodeQr(PNG.sync.read(await bytes(res)))?.data).toBe('http://localhost/s/KRB1001')
  })

  it('qr.png has no double slash when PUBLIC_BASE_URL ends with one', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: 'https://survey.example.go.th/' })
    const res = await (await s.as('lgu')).get(pointPath(s, 'qr.png'))
    expect(decodeQr(PNG.sync.read(await bytes(res)))?.data).toBe('https://survey.example.go.th/s/KRB1001')
  })

  it('qr.svg is an SVG image with a path', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const lgu = await s.as('lgu')
    const res = await lgu.get(pointPath(s, 'qr.svg'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml\b/)
    const svg = await res.text()
    expect(svg).toMatch(/^<svg\b[^>]*\bviewBox="0 0 (\d+) \1"/)
    expect(svg).toMatch(/<path\b/)
  })

  it('is for signed-in staff only', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const res = await s.app.request(pointPath(s, 'qr.png'))
    expect(res.status).not.toBe(200)
    expect(res.headers.get('content-type') ?? '').not.toMatch(/^image\//)
  })
})

describe('the HTML poster', () => {
  it('names the organisation and the point, types out the short URL and code, and links the A4 print CSS', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const lgu = await s.as('lgu')
    const res = await lgu.get(pointPath(s, 'poster'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await res.text()
    const text = readPage(html).text()
    for (const words of [
      'เทศบาลเมืองกระบี่',
      'กองคลัง – งานจัดเก็บภาษี',
      'survey.example.go.th/s/KRB1001',
      'KRB1001',
      'ร่วมประเมินความพึงพอใจ',
    ])
      expect(text).toContain(words)
    expect(html).toMatch(/<link\b[^>]*href="\/static\/poster-a4\.css"/)
    expect(html).not.toContain('/static/poster-a5.css')
    expect(readPage(html).getByRole('img', { name: 'QR code: https://survey.example.go.th/s/KRB1001' }).tag).toBe('div')

    const css = await s.app.request('/static/poster-a4.css')
    expect(css.status).toBe(200)
    expect(await css.text()).toMatch(/@page\s*\{[^}]*size:\s*A4\b/)
  })

  it('links the A5 print CSS for ?size=a5', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const lgu = await s.as('lgu')
    const html = await (await lgu.get(pointPath(s, 'poster?size=a5'))).text()
    expect(html).toMatch(/<link\b[^>]*href="\/static\/poster-a5\.css"/)
    expect(html).not.toContain('/static/poster-a4.css')
    expect(await (await s.app.request('/static/poster-a5.css')).text()).toMatch(/@page\s*\{[^}]*size:\s*A5\b/)
  })

  it('prints a service point named <script> as text', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const lgu = await s.as('lgu')
    const name = '<script>alert(1)</script>'
    s.db.$client.prepare('update service_points set name_th = ?, name_en = ? where id = ?').run(name, name, s.points.main.id)
    for (const path of [pointPath(s, 'poster'), `/staff/organisations/${s.organisations.krabi}/posters`]) {
      const html = await (await lgu.get(path)).text()
      expect(html).not.toContain('<script>alert')
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
      expect(readPage(html).text()).toContain(`จุดให้บริการ: ${name}`)
    }
  })
})

describe('PDF downloads', () => {
  it('poster.pdf is an A4 PDF whose page decodes to the survey URL', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const lgu = await s.as('lgu')
    const res = await lgu.get(pointPath(s, 'poster.pdf'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/)
    const pdf = await bytes(res)
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF')
    expect(mediaBoxes(pdf).map((b) => Math.round(b.width))).toEqual([595])
    expect(decodeQr(renderPdfPages(pdf)[0]!)?.data).toBe('https://survey.example.go.th/s/KRB1001')
  })

  it('poster.pdf?size=a5 is an A5 page', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const lgu = await s.as('lgu')
    const pdf = await bytes(await lgu.get(pointPath(s, 'poster.pdf?size=a5')))
    expect(mediaBoxes(pdf).map((b) => [Math.round(b.width), Math.round(b.height)])).toEqual([[420, 595]])
  })

  it('posters.pdf has one page per active point of the organisation, each with its own QR', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const lgu = await s.as('lgu')
    const res = await lgu.get(`/staff/organisations/${s.organisations.krabi}/posters.pdf`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const pdf = await bytes(res)
    // KRB1001 and KRB1002 are active; KRB1009 is not.
    expect(pageObjectCount(pdf)).toBe(2)
    const urls = renderPdfPages(pdf, 1, 2).map((page) => decodeQr(page)?.data)
    expect(urls.sort()).toEqual(['https://survey.example.go.th/s/KRB1001', 'https://survey.example.go.th/s/KRB1002'])
  })

  it('the bulk HTML sheet has a poster per active point', async () => {
    const s = await arrangePosters({ PUBLIC_BASE_URL: BASE_URL })
    const lgu = await s.as('lgu')
    const res = await lgu.get(`/staff/organisations/${s.organisations.krabi}/posters`)
    expect(res.status).toBe(200)
    const labels = readPage(await res.text())
      .allByRole('img')
      .map((el) => el.attrs['aria-label'])
      .sort()
    expect(labels).toEqual(['QR code: https://survey.example.go.th/s/KRB1001', 'QR code: https://survey.example.go.th/s/KRB1002'])
  })
})
