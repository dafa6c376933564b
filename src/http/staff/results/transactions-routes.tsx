/**
 * People served and response rates for an organisation. Its officers and
 * those above them (province, DLA) see and enter the numbers; any other id is
 * simply not found. A form naming a point of another organisation is not
 * found either, and nothing is written; a malformed round is refused (400); a
 * bad number re-shows the form (422) with every box as typed. One audit row
 * per save that changes something.
 */
import { inTransaction } from '../../../db/client.js'
import { Hono } from 'hono'
import { recordAudit } from '../../../db/queries/audit.js'
import { findOrganisation, roundsFor, type OrganisationSummary } from '../../../db/queries/collection.js'
import {
  activePoints,
  monthlyResponses,
  pointsOfOrganisation,
  saveServedCounts,
  servedCounts,
} from '../../../db/queries/transactions.js'
import { bangkokMonth } from '../../../domain/thai-time.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import { TransactionsPage } from '../../../../views/results/transactions/transactions-page.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { chooseRound, idParam } from '../lgu/round-choice.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { readServedBoxes, readServedCount, roundMonths, type ServedError } from './transactions-form.js'
import { presentTransactionsPage, type TransactionsPageInput } from './transactions-present.js'

type Extra = Pick<TransactionsPageInput, 'posted' | 'saved'>

/** The first string of each posted field; a file where a number belongs is kept as text that is not a number. */
async function postedFields(c: StaffContext): Promise<Record<string, string>> {
  const body = await c.req.parseBody({ all: true })
  const raw: Record<string, string> = Object.create(null)
  for (const [name, value] of Object.entries(body)) {
    const first = Array.isArray(value) ? value[0] : value
    raw[name] = typeof first === 'string' ? first : '?'
  }
  return raw
}

export function transactionsRoutes(deps: StaffAreaDeps) {
  const { db, config } = deps
  const includeFlagged = !config.EXCLUDE_FLAGGED
  const app = new Hono<StaffEnv>()
  const notFound = (c: StaffContext) => renderStaffStatus(c, 'notFound', 404)
  const organisationOf = (c: StaffContext) => {
    const id = idParam(c.req.param('id'))
    return id === undefined ? undefined : findOrganisation(db, staffOf(c).scope, id)
  }
  const pathOf = (org: OrganisationSummary) => `/staff/organisations/${org.id}/transactions`

  const render = (c: StaffContext, org: OrganisationSummary, requestedRound: string | undefined, extra: Extra) => {
    const { scope, csrfToken } = staffOf(c)
    const now = deps.now()
    const rounds = roundsFor(db, { provinceCode: org.provinceCode, organisationId: org.id })
    const round = chooseRound(rounds, requestedRound, now)
    const months = round ? roundMonths(round, now) : []
    const served =
      months.length > 0
        ? servedCounts(db, scope, { organisationId: org.id, fromMonth: months[0]!, toMonth: months.at(-1)! })
        : new Map<string, number>()
    const responses = round
      ? monthlyResponses(db, { organisationId: org.id, roundId: round.id, includeFlagged })
      : new Map<string, number>()
    const locale = staffLocale(c)
    const props = presentTransactionsPage({
      locale,
      now,
      organisation: org,
      rounds,
      round,
      csrfToken,
      points: activePoints(db, scope, org.id),
      months,
      served,
      responses,
      includeFlagged,
      ...extra,
    })
    const failed = props.errors.length > 0
    const title = failed ? `${staffTranslator(locale)('staff.error.titlePrefix')}${props.title}` : props.title
    return renderStaffPage(c, title, <TransactionsPage {...props} />, failed ? 422 : 200)
  }

  app.get('/staff/organisations/:id/transactions', (c) => {
    const org = organisationOf(c)
    return org ? render(c, org, c.req.query('round'), { saved: c.req.query('done') === 'saved' }) : notFound(c)
  })

  app.post('/staff/organisations/:id/transactions', async (c) => {
    const org = organisationOf(c)
    if (!org) return notFound(c)
    const { scope, user } = staffOf(c)
    const fields = await postedFields(c)
    const now = deps.now()
    const boxes = readServedBoxes(fields, bangkokMonth(now))
    if (!boxes) return notFound(c)
    const mine = pointsOfOrganisation(db, scope, org.id, [...new Set(boxes.map((b) => b.pointId))])
    if (boxes.some((b) => !mine.has(b.pointId))) return notFound(c)

    // The page sends its round's id, or nothing when there is no round; anything else was not sent by it.
    const round = fields.round || undefined
    if (round !== undefined && !/^\d{1,15}$/.test(round)) return renderStaffStatus(c, 'badRequest', 400)
    const read = boxes.map((box) => ({ box, result: readServedCount(box.raw) }))
    const errors: Record<string, ServedError> = {}
    for (const { box, result } of read) if (!result.ok) errors[box.name] = result.error
    if (Object.keys(errors).length > 0) return render(c, org, round, { posted: { values: fields, errors }, saved: false })

    const at = new Date(now)
    const entries = read.map(({ box, result }) => ({
      pointId: box.pointId,
      month: box.month,
      count: result.ok ? result.count : null,
    }))
    inTransaction(db, () => {
      const transactions = saveServedCounts(db, { entries, userId: user.id, at })
      if (transactions.length > 0)
        recordAudit(
          db,
          {
            action: 'service_point_updated',
            actor: user,
            targetType: 'organisation',
            targetId: org.id,
            provinceCode: org.provinceCode,
            organisationId: org.id,
            detail: { transactions },
          },
          at,
        )
    })
    return c.redirect(`${pathOf(org)}?${round ? `round=${round}&` : ''}done=saved`, 303)
  })

  return app
}
