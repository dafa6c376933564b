/**
 * QR codes and posters for service points in the caller's scope: SVG and PNG
 * codes, print-ready HTML (A4 or A5) and PDF, one point or every active point
 * of an organisation in one streamed PDF. Inactive points get no poster.
 */
import { Readable } from 'node:stream'
import { Hono, type Context } from 'hono'
import { recordAudit } from '../../../db/queries/audit.js'
import { posterTarget, posterTargetsOf, type PosterTarget } from '../../../db/queries/posters.js'
import { posterContent } from '../../../posters/poster-content.js'
import { posterPdfStream, type PosterSize } from '../../../posters/poster-pdf.js'
import { qrPng, qrSvg } from '../../../posters/qr-code.js'
import { PosterSheet } from '../../../../views/posters/poster-sheet.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { renderStaffStatus } from '../staff-status.js'
import { publicBaseUrl } from '../../public-base-url.js'

const sizeOf = (c: Context): PosterSize => (c.req.query('size') === 'a5' ? 'a5' : 'a4')
const idOf = (c: Context, name: string) => (/^\d{1,10}$/.test(c.req.param(name) ?? '') ? Number(c.req.param(name)) : -1)

export function posterRoutes(deps: StaffAreaDeps) {
  const { db, config } = deps
  const app = new Hono<StaffEnv>()
  const baseUrl = (c: Context) => publicBaseUrl(config, c)

  const audit = (c: StaffContext, targets: PosterTarget[], format: string) => {
    const { user } = staffOf(c)
    const first = targets[0]
    recordAudit(
      db,
      {
        action: 'poster_downloaded',
        actor: user,
        targetType: targets.length === 1 ? 'service_point' : 'organisation',
        targetId: targets.length === 1 ? first?.id : first?.organisationId,
        provinceCode: first?.provinceCode,
        organisationId: first?.organisationId,
        detail: { format, posters: targets.length },
      },
      new Date(deps.now()),
    )
  }

  /** A point in scope and active; otherwise the 404 page (nothing shows whether it exists elsewhere). */
  const activePoint = (c: StaffContext) => {
    const point = posterTarget(db, staffOf(c).scope, idOf(c, 'id'))
    return point?.active ? point : undefined
  }

  const sheet = async (c: StaffContext, targets: PosterTarget[], back: string, pdfHref: string, self: string) => {
    const size = sizeOf(c)
    const posters = await Promise.all(
      targets.map(async (t) => {
        const content = posterContent(t, baseUrl(c))
        return { content, qrSvg: await qrSvg(content.url) }
      }),
    )
    const other = size === 'a4' ? 'a5' : 'a4'
    c.header('Cache-Control', 'no-store')
    return c.html(
      <PosterSheet
        posters={posters}
        size={size}
        title={
          targets.length === 1
            ? `โปสเตอร์ ${targets[0]?.nameTh} (${targets[0]?.code})`
            : `โปสเตอร์ ${targets[0]?.organisationNameTh}`
        }
        toolbar={{
          backHref: back,
          backLabel: 'กลับ / Back',
          printLabel: 'พิมพ์ / Print',
          pdfLabel: 'ดาวน์โหลด PDF',
          pdfHref: `${pdfHref}?size=${size}`,
          otherSizeHref: `${self}?size=${other}`,
          otherSizeLabel: other === 'a5' ? 'ขนาด A5 (ตั้งโต๊ะ)' : 'ขนาด A4',
        }}
      />,
    )
  }

  const pdf = (c: StaffContext, targets: PosterTarget[], filename: string) => {
    const size = sizeOf(c)
    audit(c, targets, `pdf-${size}`)
    const stream = posterPdfStream(
      targets.map((t) => posterContent(t, baseUrl(c))),
      size,
      filename,
    )
    return c.body(Readable.toWeb(stream) as ReadableStream, 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${filename}-${size}.pdf"`,
      'Cache-Control': 'no-store',
    })
  }

  app.get('/staff/service-points/:id/qr.svg', async (c) => {
    const point = activePoint(c)
    if (!point) return renderStaffStatus(c, 'notFound', 404)
    audit(c, [point], 'qr-svg')
    return c.body(await qrSvg(posterContent(point, baseUrl(c)).url), 200, {
      'Content-Type': 'image/svg+xml',
      'Content-Disposition': `attachment; filename="qr-${point.code}.svg"`,
    })
  })

  app.get('/staff/service-points/:id/qr.png', async (c) => {
    const point = activePoint(c)
    if (!point) return renderStaffStatus(c, 'notFound', 404)
    audit(c, [point], 'qr-png')
    return c.body(new Uint8Array(await qrPng(posterContent(point, baseUrl(c)).url)), 200, {
      'Content-Type': 'image/png',
      'Content-Disposition': `attachment; filename="qr-${point.code}.png"`,
    })
  })

  app.get('/staff/service-points/:id/poster', (c) => {
    const point = activePoint(c)
    if (!point) return renderStaffStatus(c, 'notFound', 404)
    const self = `/staff/service-points/${point.id}/poster`
    return sheet(c, [point], `/staff/organisations/${point.organisationId}`, `${self}.pdf`, self)
  })

  app.get('/staff/service-points/:id/poster.pdf', (c) => {
    const point = activePoint(c)
    if (!point) return renderStaffStatus(c, 'notFound', 404)
    return pdf(c, [point], `poster-${point.code}`)
  })

  app.get('/staff/organisations/:id/posters', (c) => {
    const targets = posterTargetsOf(db, staffOf(c).scope, idOf(c, 'id'))
    if (!targets || targets.length === 0) return renderStaffStatus(c, 'notFound', 404)
    const self = `/staff/organisations/${idOf(c, 'id')}/posters`
    return sheet(c, targets, `/staff/organisations/${idOf(c, 'id')}`, `${self}.pdf`, self)
  })

  app.get('/staff/organisations/:id/posters.pdf', (c) => {
    const targets = posterTargetsOf(db, staffOf(c).scope, idOf(c, 'id'))
    if (!targets || targets.length === 0) return renderStaffStatus(c, 'notFound', 404)
    return pdf(c, targets, `posters-${idOf(c, 'id')}`)
  })

  return app
}
