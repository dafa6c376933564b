/**
 * One organisation's results for a round, from the pre-aggregated tallies and
 * the scoring engine. Shared by the staff results page, the public page and the
 * exports, so every place shows the same numbers.
 */
import type { Db } from '../db/client.js'
import { createRoundDefinitions } from '../db/queries/questionnaires.js'
import { createOrganisationVersions, createResultQueries, type FlagFilter } from '../db/queries/results.js'
import { scoreOrganisation, type OrganisationResults } from '../domain/results/organisation-results.js'
import { DEFAULT_SCORING_OPTIONS, type ScoringOptions } from '../domain/scoring/index.js'
import { keptByVersion } from './kept-results.js'

export type ResultsSettings = { minimumResponses: number; includeFlagged: boolean }

export function scoringOptions(settings: Pick<ResultsSettings, 'minimumResponses'>): ScoringOptions {
  return { ...DEFAULT_SCORING_OPTIONS, minimumResponses: settings.minimumResponses }
}

/** Organisations whose figures a results page keeps: the ones being looked at, a few KB each. */
export const RESULTS_KEPT = 64

/**
 * `keep`: how many organisations' results to keep between requests (pages that
 * people open again and again); exports that walk every organisation once keep none.
 */
export function createResultsService(db: Db, settings: ResultsSettings, { keep = 0 }: { keep?: number } = {}) {
  const queries = createResultQueries(db)
  const definitionFor = createRoundDefinitions(db)
  const options = scoringOptions(settings)
  const flags: FlagFilter = settings.includeFlagged ? 'all' : 'official'

  const compute = (roundId: number, organisationId: number): OrganisationResults | undefined => {
    const definition = definitionFor(roundId)
    if (!definition) return undefined
    const counts = queries.organisation(roundId, organisationId, flags)
    // One row per organisation and flag, not the organisation's whole tallies again.
    const flagged = settings.includeFlagged
      ? 0
      : (queries.respondents(roundId, 'flaggedOnly', [organisationId]).get(organisationId) ?? 0)
    return scoreOrganisation(definition, options, counts, flagged)
  }
  const kept = keptByVersion<OrganisationResults | undefined>(keep)
  const versionOf = createOrganisationVersions(db)

  return {
    options,
    definitionFor,

    organisation(roundId: number, organisationId: number): OrganisationResults | undefined {
      if (keep === 0) return compute(roundId, organisationId)
      return kept(`${roundId}:${organisationId}`, versionOf(roundId, organisationId), () => compute(roundId, organisationId))
    },
  }
}

export type ResultsService = ReturnType<typeof createResultsService>
