/**
 * One organisation's results for a round, and the population behind its sample-size target.
 * LGU officers see their own organisation, provincial officers those of their province, DLA
 * all; any other id is simply not found (404) and nothing changes. Every figure comes from the
 * pre-aggregated tallies through the results service, so the page costs the same at any size.
 */
import { inTransaction } from '../../../db/client.js'
import { Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { recordAudit } from '../../../db/queries/audit.js'
import { findOrganisation, roundsFor, type OrganisationSummary } from '../../../db/queries/collection.js'
import { resultsTranslator, type ResultsMessageKey } from '../../../i18n/staff/results.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import { createResultsService, RESULTS_KEPT } from '../../../results/organisation-results.js'
import { OrganisationResultsPage } from '../../../../views/results/organisation/organisation-results-page.js'
import { staffOf, type StaffContext, type StaffEnv } from '../context.js'
import type { StaffAreaDeps } from '../deps.js'
import { readForm } from '../form-data.js'
import { chooseRound, idParam } from '../lgu/round-choice.js'
import { renderStaffPage, staffLocale } from '../render.js'
import { renderStaffStatus } from '../staff-status.js'
import { populationSchema } from './organisation-population.js'
import { lazyFigureService, lazyRollupService } from './rollup-service.js'
import { presentOrganisationResults, resultsHref, type ResultsPageInput } from './organisation-present.js'
import { organisationNames, organisationPopulation, setOrganisationPopulation } from '../../../db/queries/organisation-details.js'

type FormState = ResultsPageInput['form']
const DONE = ['population', 'populationCleared'] as const

export function organisationResultsRoutes(deps: StaffAreaDeps) {
  const { db, config } = deps
  const includeFlagged = !config.EXCLUDE_FLAGGED
  const minimum = config.RESULTS_MIN_RESPONSES
  const service = createResultsService(db, { minimumResponses: minimum, includeFlagged }, { keep: RESULTS_KEPT })
  const rollups = lazyRollupService(db, config)
  const figures = lazyFigureService(db, config)
  const app = new Hono<StaffEnv>()

  const organisationOf = (c: StaffContext) => {
    const id = idParam(c.req.param('id'))
    return id === undefined ? undefined : findOrganisation(db, staffOf(c).scope, id)
  }

  const renderResults = (c: StaffContext, org: OrganisationSummary, requestedRound: string | undefined, form?: FormState) => {
    const locale = staffLocale(c)
    const now = deps.now()
    const rounds = roundsFor(db, { provinceCode: org.provinceCode, organisationId: org.id })
    const round = chooseRound(rounds, requestedRound, now)
    const population = organisationPopulation(db, org.id)
    const props = presentOrganisationResults({
      locale,
      now,
      organisation: org,
      rounds,
      round,
      results: round && service.organisation(round.id, org.id),
      comparison: round && rollups().comparison(round.id, org.provinceCode),
      trend: round && figures().trend({ kind: 'organisation', organisationId: org.id }, round, rounds),
      groupFigures: round && {
        province: figures().figures(round, { kind: 'province', provinceCode: org.provinceCode }),
        country: figures().figures(round, { kind: 'country' }),
      },
      names: organisationNames(db, org.id),
      population,
      minimum,
      includeFlagged,
      csrfToken: staffOf(c).csrfToken,
      form: form ?? { value: population === null ? '' : String(population) },
      done: DONE.find((d) => d === c.req.query('done')),
    })
    const failed = form?.error !== undefined
    const status: ContentfulStatusCode = failed ? 422 : 200
    const title = failed ? `${staffTranslator(locale)('staff.error.titlePrefix')}${props.heading}` : props.heading
    return renderStaffPage(c, title, <OrganisationResultsPage {...props} />, status)
  }

  app.get('/staff/organisations/:id/results', (c) => {
    const org = organisationOf(c)
    return org ? renderResults(c, org, c.req.query('round')) : renderStaffStatus(c, 'notFound', 404)
  })

  app.post('/staff/organisations/:id/population', async (c) => {
    const org = organisationOf(c)
    if (!org) return renderStaffStatus(c, 'notFound', 404)
    const form = await readForm(c, populationSchema)
    const round = form.raw.round
    if (!form.ok) {
      const t = resultsTranslator(staffLocale(c))
      // Zod messages are message keys; anything else (a repeated field) gets the general words.
      const error = t(`results.error.${form.errors.population ?? 'invalid'}` as ResultsMessageKey) ?? t('results.error.invalid')
      return renderResults(c, org, round, { value: form.raw.population ?? '', error })
    }
    const population = form.data.population
    const at = new Date(deps.now())
    inTransaction(db, () => {
      const { changed, from } = setOrganisationPopulation(db, org.id, population, at)
      if (changed)
        recordAudit(
          db,
          {
            action: 'organisation_updated',
            actor: staffOf(c).user,
            targetType: 'organisation',
            targetId: org.id,
            provinceCode: org.provinceCode,
            organisationId: org.id,
            detail: { population: { from, to: population } },
          },
          at,
        )
    })
    const chosen = idParam(round)
    const done = population === null ? 'populationCleared' : 'population'
    return c.redirect(`${resultsHref(org.id, chosen)}${chosen === undefined ? '?' : '&'}done=${done}#sample-size`, 303)
  })

  return app
}
