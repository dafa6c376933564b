/** DLA's national results: the country pooled, by province and by LGU type, from the tallies. */
import { Hono } from 'hono'
import { allRounds } from '../../../db/queries/collection.js'
import { NationalResultsPage } from '../../../../views/results/national/national-results-page.js'
import type { StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { requireRole } from '../guards.js'
import { chooseRound } from '../lgu/round-choice.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { presentNationalResults } from './rollup-national-page.js'
import { lazyFigureService, lazyRollupService } from './rollup-service.js'
import { presentRoundsTrend } from '../../results-trends.js'

export function nationalResultsRoutes(deps: StaffAreaDeps) {
  const { db, config } = deps
  const rollups = lazyRollupService(db, config)
  const figures = lazyFigureService(db, config)
  const app = new Hono<StaffEnv>()

  app.get('/staff/national/results', requireRole('dla'), (c) => {
    const now = deps.now()
    const rounds = allRounds(db)
    const round = chooseRound(rounds, c.req.query('round'), now)
    const props = presentNationalResults({
      locale: staffLocale(c),
      now,
      rounds,
      round,
      data: round && rollups().read(round.id, null),
      includeFlagged: !config.EXCLUDE_FLAGGED,
    })
    const roundsTrend = presentRoundsTrend({
      locale: staffLocale(c),
      trend: round && figures().trend({ kind: 'country' }, round, rounds),
      audience: 'group',
      minimum: config.RESULTS_MIN_RESPONSES,
    })
    return renderStaffPage(c, props.title, <NationalResultsPage {...props} roundsTrend={roundsTrend} />)
  })

  return app
}
