/**
 * A province's LGUs with their collection status: for its provincial officers
 * and DLA. Another province's code is, for a provincial officer, not found.
 */
import { Hono } from 'hono'
import {
  districtsWithLgus,
  findProvince,
  listProvinceLgus,
  provinceSummaries,
  roundsFor,
  type LguFilter,
} from '../../../db/queries/collection.js'
import { ORGANISATION_TYPES, type OrganisationType, ORGANISATION_TYPE_LABELS } from '../../../domain/organisation-types.js'
import { ProvincePage } from '../../../../views/staff/province/province-page.js'
import { staffOf, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { requireRole } from '../guards.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { chooseRound } from '../lgu/round-choice.js'
import { PAGE_SIZE, readListQuery } from './list-query.js'
import { nationalRoutes } from './national-routes.js'
import { presentProvincePage } from './present-province.js'
import { loopCells, loopLabels } from './present-loop.js'
import { createLoopClosure } from '../../../results/loop-closure.js'

/** What people type when they search by type: the full Thai type name ("องค์การบริหารส่วนตำบล…"). */
const TYPE_WORDS = Object.fromEntries(ORGANISATION_TYPES.map((type) => [type, ORGANISATION_TYPE_LABELS[type].th])) as Record<
  OrganisationType,
  string
>

export function provinceRoutes(deps: StaffAreaDeps) {
  const { db, config } = deps
  const app = new Hono<StaffEnv>()
  const loop = createLoopClosure(db, config)

  app.get('/staff/provinces/:code', requireRole('province', 'dla'), (c) => {
    const { scope } = staffOf(c)
    const province = findProvince(db, scope, c.req.param('code'))
    if (!province) return renderStaffStatus(c, 'notFound', 404)

    const now = deps.now()
    const query = readListQuery(c.req.query())
    const rounds = roundsFor(db, { provinceCode: province.code })
    const round = chooseRound(rounds, query.round, now)
    const includeFlagged = !config.EXCLUDE_FLAGGED
    const read = (page: number) => {
      const filter: LguFilter = {
        provinceCode: province.code,
        districtCode: query.district || undefined,
        type: query.type || undefined,
        q: query.q || undefined,
        sort: query.sort,
        page,
        pageSize: PAGE_SIZE,
      }
      return listProvinceLgus(db, scope, { filter, roundId: round?.id ?? null, includeFlagged, typeWords: TYPE_WORDS })
    }
    let list = read(query.page)
    // A page past the end (an old link, a narrower filter) shows the last page.
    const lastPage = Math.max(1, Math.ceil(list.total / PAGE_SIZE))
    if (query.page > lastPage) list = read((query.page = lastPage))

    const props = presentProvincePage({
      locale: staffLocale(c),
      now,
      province,
      national: scope.kind === 'national',
      query,
      rounds,
      round,
      includeFlagged,
      districts: districtsWithLgus(db, scope, province.code),
      summary: provinceSummaries(db, scope, { roundId: round?.id ?? null, includeFlagged, provinceCode: province.code })[0],
      list,
    })
    const locale = staffLocale(c)
    const acted =
      round &&
      loop.byOrganisation(
        round,
        list.rows.map((r) => r.id),
        now,
      )
    const withLoop = acted
      ? {
          ...props,
          loop: loopLabels(locale, config, loop.threshold),
          rows: props.rows.map((r, i) => ({ ...r, loop: loopCells(locale, acted.get(list.rows[i]!.id)) })),
        }
      : props
    return renderStaffPage(c, props.title, <ProvincePage {...withLoop} />)
  })

  app.route('/', nationalRoutes(deps))
  return app
}
