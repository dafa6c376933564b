/**
 * A province's LGUs with their collection status, filtered for follow-up, and the
 * same list as CSV: for its provincial officers and DLA. Another province's code
 * is, for a provincial officer, not found.
 */
import { Hono } from 'hono'
import { districtsWithLgus, findProvince, provinceSummaries } from '../../../db/queries/collection.js'
import { provinceTranslator } from '../../../i18n/staff/province.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import { ProvincePage } from '../../../../views/staff/province/province-page.js'
import { staffOf, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { requireRole } from '../guards.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { followUpCsv, readLguListing, readPage } from './lgu-listing.js'
import { nationalRoutes } from './national-routes.js'
import { presentLguListing } from './present-province.js'
import { keptOutCounts } from '../../../db/queries/flag-decisions.js'
import { reviewTotals } from '../../../db/queries/review-groups.js'
import { keptOutPercent } from '../../../domain/flag-review.js'
import { formatKeptOut } from '../../../i18n/flag-rate.js'
import { formatCount } from '../../../i18n/format.js'
import { reviewTranslator } from '../../../i18n/staff/review.js'
import { liveAlertsIn } from '../../../db/queries/alerts.js'
import { alertsTranslator } from '../../../i18n/staff/alerts.js'
import { presentAlertSection } from '../alerts/present-alerts.js'
import { loopCells, loopLabels } from './present-loop.js'
import { createLoopClosure } from '../../../results/loop-closure.js'

export function provinceRoutes(deps: StaffAreaDeps) {
  const { db, config } = deps
  const app = new Hono<StaffEnv>()
  const loop = createLoopClosure(db, config)

  app.get('/staff/provinces/:code', requireRole('province', 'dla'), (c) => {
    const { scope } = staffOf(c)
    const province = findProvince(db, scope, c.req.param('code'))
    if (!province) return renderStaffStatus(c, 'notFound', 404)

    const locale = staffLocale(c)
    const t = provinceTranslator(locale)
    const listing = readLguListing(deps, c, province.code)
    const list = readPage(deps, c, listing)
    const path = `/staff/provinces/${province.code}`
    const props = presentLguListing({
      ...listing,
      locale,
      now: deps.now(),
      path,
      csvPath: `${path}/follow-up.csv`,
      minResponses: config.RESULTS_MIN_RESPONSES,
      districts: districtsWithLgus(db, scope, province.code),
      summary: provinceSummaries(db, scope, {
        roundId: listing.round?.id ?? null,
        includeFlagged: listing.includeFlagged,
        provinceCode: province.code,
      })[0],
      list,
    })
    const title = t('province.title', { province: locale === 'en' ? province.nameEn : province.nameTh })
    const alerts = presentAlertSection(liveAlertsIn(db, scope, { provinceCode: province.code }), {
      locale,
      csrfToken: staffOf(c).csrfToken,
      from: 'province',
      lowSharePercent: config.ALERT_LOW_SHARE_PERCENT,
      showOrganisation: true,
    })
    const notice = c.req.query('alert') === 'acknowledged' ? alertsTranslator(locale)('alerts.done') : undefined
    const round = listing.round
    const waiting = round ? reviewTotals(db, { roundId: round.id, provinceCode: province.code }).waiting : 0
    const review = round && {
      href: `/staff/provinces/${province.code}/review?round=${round.id}`,
      text: reviewTranslator(locale)('review.link', { count: formatCount(waiting) }),
      waiting: waiting > 0,
    }
    const counts = round
      ? keptOutCounts(
          db,
          round.id,
          list.rows.map((r) => r.id),
        )
      : new Map()
    const acted =
      round &&
      loop.byOrganisation(
        round,
        list.rows.map((r) => r.id),
        deps.now(),
      )
    const rows = props.rows.map((row, i) => {
      const id = list.rows[i]!.id
      const lgu = counts.get(id)
      return round
        ? {
            ...row,
            keptOut: formatKeptOut(lgu && keptOutPercent(lgu)),
            loop: acted ? loopCells(locale, acted.get(id)) : undefined,
          }
        : row
    })
    return renderStaffPage(
      c,
      listing.problems.length > 0 ? `${staffTranslator(locale)('staff.error.titlePrefix')}${title}` : title,
      <ProvincePage
        t={t}
        locale={locale}
        title={title}
        provinceCode={province.code}
        back={scope.kind === 'national' ? { href: '/staff/national', text: t('province.backToNational') } : undefined}
        listing={{ ...props, rows, loop: acted ? loopLabels(locale, config, loop.threshold) : undefined }}
        notice={notice}
        alerts={alerts}
        review={review || undefined}
      />,
      listing.problems.length > 0 ? 400 : 200,
    )
  })

  app.get('/staff/provinces/:code/follow-up.csv', requireRole('province', 'dla'), (c) => {
    const province = findProvince(db, staffOf(c).scope, c.req.param('code'))
    if (!province) return renderStaffStatus(c, 'notFound', 404)
    return followUpCsv(deps, c, readLguListing(deps, c, province.code), `province-${province.code}`)
  })

  app.route('/', nationalRoutes(deps))
  return app
}
