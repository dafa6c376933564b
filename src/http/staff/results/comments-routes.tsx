/**
 * Residents' comments for an organisation: LGU officers their own, provincial
 * officers those of their province, DLA all; any other id is simply not found.
 * Masked, by day, paged and searched on the server.
 */
import { Hono } from 'hono'
import { findOrganisation, roundsFor } from '../../../db/queries/collection.js'
import { commentPoints, listComments } from '../../../db/queries/comments.js'
import { allItems } from '../../../domain/questionnaire/definition.js'
import { createResultsService } from '../../../results/organisation-results.js'
import { CommentsPage } from '../../../../views/results/comments/comments-page.js'
import { staffOf, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { chooseRound, idParam } from '../lgu/round-choice.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { COMMENTS_PAGE_SIZE, readCommentsQuery } from './comments-query.js'
import { presentCommentsPage } from './comments-present.js'

export function commentsRoutes(deps: StaffAreaDeps) {
  const { db, config } = deps
  const results = createResultsService(db, {
    minimumResponses: config.RESULTS_MIN_RESPONSES,
    includeFlagged: !config.EXCLUDE_FLAGGED,
  })
  const app = new Hono<StaffEnv>()

  app.get('/staff/organisations/:id/comments', (c) => {
    const { scope } = staffOf(c)
    const id = idParam(c.req.param('id'))
    const organisation = id === undefined ? undefined : findOrganisation(db, scope, id)
    if (!organisation) return renderStaffStatus(c, 'notFound', 404)

    const now = deps.now()
    const query = readCommentsQuery(c.req.query())
    const rounds = roundsFor(db, { provinceCode: organisation.provinceCode, organisationId: organisation.id })
    const round = chooseRound(rounds, query.round, now)
    const points = commentPoints(db, scope, organisation.id)
    // A point of another organisation (or none at all) is not a filter this page offers: show every point.
    const point = points.find((p) => String(p.id) === query.point)
    if (!point) query.point = ''
    const definition = round && results.definitionFor(round.id)
    const questions = definition ? allItems(definition).filter((item) => item.kind === 'text') : []

    const read = (page: number) =>
      round
        ? listComments(db, scope, {
            organisationId: organisation.id,
            roundId: round.id,
            itemIds: questions.map((q) => q.id),
            pointId: point?.id,
            q: query.q || undefined,
            page,
            pageSize: COMMENTS_PAGE_SIZE,
          })
        : { total: 0, rows: [] }
    let list = read(query.page)
    // A page past the end (an old link, a narrower search) shows the last page.
    const lastPage = Math.max(1, Math.ceil(list.total / COMMENTS_PAGE_SIZE))
    if (query.page > lastPage) list = read((query.page = lastPage))

    const props = presentCommentsPage({
      locale: staffLocale(c),
      now,
      organisation,
      query,
      rounds,
      round,
      points,
      questions,
      list,
      retentionFiscalYears: config.RESPONSE_RETENTION_FISCAL_YEARS,
    })
    return renderStaffPage(c, props.title, <CommentsPage {...props} />)
  })

  return app
}
