/**
 * "You said, we did" for an LGU officer: the organisation's actions and their posters, the photo
 * of one, and (in the files beside this) recording and editing them and the A4 poster. Every
 * look-up goes through the caller's scope: another organisation's is 404.
 */
import { Hono } from 'hono'
import { actionPhotoOf, actionsOf, organisationPoints } from '../../../db/queries/service-actions.js'
import { organisationDisplayName } from '../../../domain/organisation-types.js'
import { formatDay } from '../../../i18n/format.js'
import { actionsTranslator } from '../../../i18n/staff/actions.js'
import { ActionListPage } from '../../../../views/staff/actions/action-list-page.js'
import { saidText } from '../../public/present-actions.js'
import { createTopicLookup } from '../../public/topic-lookup.js'
import type { StaffContext, StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { requireRole } from '../guards.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { actionFormRoutes } from './action-form-routes.js'
import { actionListPath, actionLookups, actionPhotoPath } from './action-lookup.js'
import { actionPosterPath, actionPosterRoute } from './action-poster-route.js'

export function actionRoutes(deps: StaffAreaDeps) {
  const { db } = deps
  const { topicOf } = createTopicLookup(db)
  const app = new Hono<StaffEnv>()
  const lgu = requireRole('lgu')
  const notFound = (c: StaffContext) => renderStaffStatus(c, 'notFound', 404)
  const { organisationOf, actionOf } = actionLookups(db)

  app.get('/staff/organisations/:id/actions', lgu, (c) => {
    const org = organisationOf(c)
    if (!org) return notFound(c)
    const locale = staffLocale(c)
    const t = actionsTranslator(locale)
    const day = (d: string | null) => (d ? formatDay(d, locale) : '–')
    const done = c.req.query('done')
    const name = organisationDisplayName(org.type, org.nameTh, locale)
    return renderStaffPage(
      c,
      t('actions.title'),
      <ActionListPage
        t={t}
        organisationName={name}
        backHref={`/staff/organisations/${org.id}`}
        newHref={`${actionListPath(org.id)}/new`}
        done={done === 'created' ? t('actions.created') : done === 'updated' ? t('actions.updated') : undefined}
        rows={actionsOf(db, org.id).map((a) => ({
          id: a.id,
          points: a.points.map((p) => p.nameTh).join(', '),
          said: saidText(a, locale, topicOf),
          changed: a.changed,
          status: t(`actions.status.${a.status}`),
          dates: [a.plannedOn, a.startedOn, a.doneOn].map(day).join(' → '),
          editHref: `/staff/actions/${a.id}/edit`,
          photo: a.photoAt ? { src: actionPhotoPath(a), alt: t('actions.form.photoCurrent') } : undefined,
        }))}
        posters={organisationPoints(db, org.id)
          .filter((p) => p.active)
          .map((p) => ({ href: actionPosterPath(p.id), label: t('actions.posterLink', { point: `${p.nameTh} (${p.code})` }) }))}
      />,
    )
  })

  app.route('/', actionFormRoutes(deps))
  app.route('/', actionPosterRoute(deps))

  app.get('/staff/actions/:id/photo.jpg', lgu, (c) => {
    const found = actionOf(c)
    const photo = found && actionPhotoOf(db, found.action.id)
    if (!photo) return notFound(c)
    return c.body(new Uint8Array(photo.jpeg), 200, { 'Content-Type': 'image/jpeg', 'Cache-Control': 'private, max-age=3600' })
  })

  return app
}
