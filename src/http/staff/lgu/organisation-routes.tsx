/**
 * An organisation's home: its collection at a glance for the chosen round, and
 * its service points. LGU officers see their own organisation, provincial
 * officers those of their province, DLA all; any other id is simply not found.
 */
import { Hono } from 'hono'
import { findOrganisation, pointCollection, roundsFor } from '../../../db/queries/collection.js'
import { reviewTotals } from '../../../db/queries/review-groups.js'
import { formatCount } from '../../../i18n/format.js'
import { reviewTranslator } from '../../../i18n/staff/review.js'
import { bangkokDay } from '../../../domain/thai-time.js'
import { actionsTranslator } from '../../../i18n/staff/actions.js'
import { OrganisationPage } from '../../../../views/staff/lgu/organisation-page.js'
import { staffOf, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { presentOrganisationPage } from './present-organisation.js'
import { chooseRound, idParam } from './round-choice.js'
import { servicePointRoutes } from './service-point-routes.js'
import { liveAlertsIn } from '../../../db/queries/alerts.js'
import { alertsTranslator } from '../../../i18n/staff/alerts.js'
import { presentAlertSection } from '../alerts/present-alerts.js'

export function organisationRoutes(deps: StaffAreaDeps) {
  const { db, config } = deps
  const app = new Hono<StaffEnv>()

  app.get('/staff/organisations/:id', (c) => {
    const { scope, csrfToken } = staffOf(c)
    const id = idParam(c.req.param('id'))
    const organisation = id === undefined ? undefined : findOrganisation(db, scope, id)
    if (!organisation) return renderStaffStatus(c, 'notFound', 404)

    const now = deps.now()
    const rounds = roundsFor(db, { provinceCode: organisation.provinceCode, organisationId: organisation.id })
    const round = chooseRound(rounds, c.req.query('round'), now)
    const today = bangkokDay(now)
    const includeFlagged = !config.EXCLUDE_FLAGGED
    const points = pointCollection(db, { organisationId: organisation.id, roundId: round?.id ?? null, today, includeFlagged })
    const locale = staffLocale(c)
    const alerts = presentAlertSection(liveAlertsIn(db, scope, { organisationId: organisation.id }), {
      locale,
      csrfToken,
      from: 'organisation',
      lowSharePercent: config.ALERT_LOW_SHARE_PERCENT,
      showOrganisation: false,
    })
    const props = presentOrganisationPage({
      locale,
      now,
      organisation,
      showProvinceLink: scope.kind !== 'organisation',
      rounds,
      round,
      points,
      today,
      includeFlagged,
      done: { action: c.req.query('done'), pointId: c.req.query('point') },
    })
    const notice = c.req.query('alert') === 'acknowledged' ? alertsTranslator(locale)('alerts.done') : props.notice
    const waiting = round ? reviewTotals(db, { roundId: round.id, organisationId: organisation.id }).waiting : 0
    const review = round && {
      href: `/staff/organisations/${organisation.id}/review?round=${round.id}`,
      text: reviewTranslator(locale)('review.link', { count: formatCount(waiting) }),
      waiting: waiting > 0,
    }
    // Recording changes is the organisation's own officers' work.
    const actionsLink =
      scope.kind === 'organisation'
        ? { href: `/staff/organisations/${organisation.id}/actions`, text: actionsTranslator(locale)('actions.link') }
        : undefined
    return renderStaffPage(
      c,
      props.name,
      <OrganisationPage {...props} notice={notice} alerts={alerts} review={review || undefined} actionsLink={actionsLink} />,
    )
  })

  app.route('/', servicePointRoutes(deps))
  return app
}
