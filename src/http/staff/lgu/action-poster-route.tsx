/**
 * The "คุณบอก เราทำ" A4 poster of one active point in the caller's scope: its latest completed
 * changes, to hang beside its QR poster. Downloading it is audit-logged like the QR poster.
 */
import { Readable } from 'node:stream'
import { Hono } from 'hono'
import { recordAudit } from '../../../db/queries/audit.js'
import { posterTarget } from '../../../db/queries/posters.js'
import { actionsOf } from '../../../db/queries/service-actions.js'
import { organisationDisplayName } from '../../../domain/organisation-types.js'
import { actionsPublicTranslator } from '../../../i18n/actions-public.js'
import { formatDay } from '../../../i18n/format.js'
import { actionsPosterPdfStream, type ActionsPosterContent } from '../../../posters/actions-poster.js'
import { surveyUrl } from '../../../posters/poster-content.js'
import { saidText } from '../../public/present-actions.js'
import { publicBaseUrl } from '../../public-base-url.js'
import { createTopicLookup } from '../../public/topic-lookup.js'
import { staffOf, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { requireRole } from '../guards.js'
import { renderStaffStatus } from '../staff-status.js'
import { idParam } from './round-choice.js'

/** The latest completed changes an A4 poster has room for. */
const POSTER_ACTIONS = 6

export const actionPosterPath = (servicePointId: number) => `/staff/service-points/${servicePointId}/actions-poster.pdf`

export function actionPosterRoute(deps: StaffAreaDeps) {
  const { db } = deps
  const { topicOf } = createTopicLookup(db)
  const lgu = requireRole('lgu')
  const notFound = (c: Parameters<typeof renderStaffStatus>[0]) => renderStaffStatus(c, 'notFound', 404)
  const app = new Hono<StaffEnv>()

  app.get('/staff/service-points/:id/actions-poster.pdf', lgu, (c) => {
    const id = idParam(c.req.param('id'))
    const point = id === undefined ? undefined : posterTarget(db, staffOf(c).scope, id)
    if (!point?.active) return notFound(c)
    const words = actionsPublicTranslator('th')
    const en = actionsPublicTranslator('en')
    const done = actionsOf(db, point.organisationId, { doneOnly: true, servicePointId: point.id, limit: POSTER_ACTIONS })
    const url = surveyUrl(publicBaseUrl(deps.config, c), point.code).replace(/^https?:\/\//, '')
    const content: ActionsPosterContent = {
      title: { th: words('actions.poster.title'), en: en('actions.poster.title') },
      subtitle: { th: words('actions.poster.subtitle'), en: en('actions.poster.subtitle') },
      organisation: organisationDisplayName(point.organisationType, point.organisationNameTh, 'th'),
      servicePoint: point.nameTh,
      said: { th: words('actions.said'), en: en('actions.said') },
      did: { th: words('actions.did'), en: en('actions.did') },
      actions: done.map((a) => ({
        said: saidText(a, 'th', topicOf),
        did: a.changed,
        doneOn: words('actions.status.done', { date: formatDay(a.doneOn!, 'th') }),
      })),
      none: words('actions.poster.none'),
      footer: words('actions.poster.footer', { url }),
    }
    recordAudit(
      db,
      {
        action: 'poster_downloaded',
        actor: staffOf(c).user,
        targetType: 'service_point',
        targetId: point.id,
        provinceCode: point.provinceCode,
        organisationId: point.organisationId,
        detail: { format: 'actions-pdf', actions: done.length },
      },
      new Date(deps.now()),
    )
    const stream = actionsPosterPdfStream(content, `คุณบอก เราทำ ${point.code}`)
    return c.body(Readable.toWeb(stream) as ReadableStream, 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="you-said-we-did-${point.code}.pdf"`,
      'Cache-Control': 'no-store',
    })
  })

  return app
}
