/**
 * A province's results: every LGU's figure and the province pooled, for its provincial
 * officers and DLA. Another province's code is, for a provincial officer, not found.
 */
import { Hono } from 'hono'
import { findProvince, roundsFor } from '../../../db/queries/collection.js'
import { ProvinceResultsPage } from '../../../../views/results/province/province-results-page.js'
import { staffOf, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { requireRole } from '../guards.js'
import { chooseRound } from '../lgu/round-choice.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { presentProvinceResults } from './rollup-province-page.js'
import { readRollupQuery } from './rollup-query.js'
import { lazyFigureService, lazyRollupService } from './rollup-service.js'
import { presentRoundsTrend } from '../../results-trends.js'

export function provinceResultsRoutes(deps: StaffAreaDeps) {
  const { db, config } = deps
  const rollups = lazyRollupService(db, config)
  const figures = lazyFigureService(db, config)
  const app = new Hono<StaffEnv>()

  app.get('/staff/provinces/:code/results', requireRole('province', 'dla'), (c) => {
    const { scope } = staffOf(c)
    const province = findProvince(db, scope, c.req.param('code'))
    if (!province) return renderStaffStatus(c, 'notFound', 404)
    const now = deps.now()
    const query = readRollupQuery(c.req.query())
    const rounds = roundsFor(db, { provinceCode: province.code })
    const round = chooseRound(rounds, query.round, now)
    const props = presentProvinceResults({
      locale: staffLocale(c),
      now,
      province,
      national: scope.kind === 'national',
      query,
      rounds,
      round,
      data: round && rollups().read(round.id, province.code),
      includeFlagged: !config.EXCLUDE_FLAGGED,
    })
    const roundsTrend = presentRoundsTrend({
      locale: staffLocale(c),
      trend: round && figures().trend({ kind: 'province', provinceCode: province.code }, round, rounds),
      audience: 'group',
      minimum: config.RESULTS_MIN_RESPONSES,
    })
    return renderStaffPage(c, props.title, <ProvinceResultsPage {...props} roundsTrend={roundsTrend} />)
  })

  return app
}
