/** Kiosk links for a service point: create (link shown once), list with last use, revoke. */
import { Hono } from 'hono'
import { recordAudit } from '../../../db/queries/audit.js'
import { createKiosk, kiosksOfPoint, revokeKiosk } from '../../../db/queries/kiosks.js'
import { posterTarget, type PosterTarget } from '../../../db/queries/posters.js'
import { formatDateTime } from '../../../i18n/format.js'
import { kioskTranslator, type KioskMessageKey } from '../../../i18n/staff/kiosks.js'
import { qrSvg } from '../../../posters/qr-code.js'
import { KiosksPage } from '../../../../views/staff/posters/kiosks-page.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { publicBaseUrl } from '../../public-base-url.js'

const when = (at: Date | number) => formatDateTime(at, 'th')

export function kioskRoutes(deps: StaffAreaDeps) {
  const { db, config } = deps
  const app = new Hono<StaffEnv>()
  /** Listing and revoking work for a switched-off point too: its tablets may still hold links. */
  const pointOf = (c: StaffContext) => {
    const id = c.req.param('id') ?? ''
    return /^\d{1,10}$/.test(id) ? posterTarget(db, staffOf(c).scope, Number(id)) : undefined
  }

  const page = (
    c: StaffContext,
    point: PosterTarget,
    extra: {
      created?: { label: string; link: string; largeLink: string; qrSvg: string }
      labelError?: string
      labelValue?: string
    },
    status: 200 | 422 = 200,
  ) => {
    const t = kioskTranslator(staffLocale(c))
    const base = `/staff/service-points/${point.id}/kiosks`
    const rows = kiosksOfPoint(db, point.id).map((k) => ({
      id: k.id,
      label: k.label,
      created: when(k.createdAt),
      lastSeen: k.lastSeenAt ? when(k.lastSeenAt) : t('never'),
      revoked: k.revokedAt ? when(k.revokedAt) : null,
    }))
    return renderStaffPage(
      c,
      `${extra.labelError ? `${t('errorPrefix')} ` : ''}${t('title')}: ${point.nameTh}`,
      <KiosksPage
        t={(key) => t(key as KioskMessageKey)}
        pointName={point.nameTh}
        organisationHref={`/staff/organisations/${point.organisationId}`}
        createAction={base}
        csrfToken={staffOf(c).csrfToken}
        kiosks={rows}
        revokeAction={(id) => `${base}/${id}/revoke`}
        canCreate={point.active}
        {...extra}
      />,
      status,
    )
  }

  app.get('/staff/service-points/:id/kiosks', (c) => {
    const point = pointOf(c)
    return point ? page(c, point, {}) : renderStaffStatus(c, 'notFound', 404)
  })

  app.post('/staff/service-points/:id/kiosks', async (c) => {
    const point = pointOf(c)
    if (!point?.active) return renderStaffStatus(c, 'notFound', 404)
    const body = await c.req.parseBody()
    const label = typeof body.label === 'string' ? body.label.trim() : ''
    if (!label || [...label].length > 100)
      return page(c, point, { labelError: kioskTranslator(staffLocale(c))('labelRequired'), labelValue: label }, 422)
    const { user } = staffOf(c)
    const { kiosk, token } = createKiosk(db, { servicePointId: point.id, label, createdBy: user.id }, deps.now())
    recordAudit(
      db,
      {
        action: 'kiosk_created',
        actor: user,
        targetType: 'kiosk',
        targetId: kiosk.id,
        provinceCode: point.provinceCode,
        organisationId: point.organisationId,
        detail: { servicePoint: point.code, label },
      },
      new Date(deps.now()),
    )
    const link = `${publicBaseUrl(config, c)}/k/${token}`
    // The link is the device's secret: shown in this response only, never stored or logged.
    return page(c, point, { created: { label, link, largeLink: `${link}?large=1`, qrSvg: await qrSvg(link) } })
  })

  app.post('/staff/service-points/:id/kiosks/:kioskId/revoke', (c) => {
    const point = pointOf(c)
    const kioskId = Number(c.req.param('kioskId'))
    const kiosk = point && kiosksOfPoint(db, point.id).find((k) => k.id === kioskId)
    if (!point || !kiosk) return renderStaffStatus(c, 'notFound', 404)
    revokeKiosk(db, kiosk.id, deps.now())
    recordAudit(
      db,
      {
        action: 'kiosk_revoked',
        actor: staffOf(c).user,
        targetType: 'kiosk',
        targetId: kiosk.id,
        provinceCode: point.provinceCode,
        organisationId: point.organisationId,
        detail: { servicePoint: point.code, label: kiosk.label },
      },
      new Date(deps.now()),
    )
    return c.redirect(`/staff/service-points/${point.id}/kiosks`, 303)
  })

  return app
}
