/**
 * One organisation's results for a round, from the pre-aggregated tallies and
 * the scoring engine: the whole organisation, each service point, each service
 * and each month. Shared by the staff results page, the public page and the
 * exports, so every place shows the same numbers.
 */
import type { Db } from '../db/client.js'
import { createDefinitionCache } from '../db/queries/questionnaires.js'
import { createResultQueries, type FlagFilter } from '../db/queries/results.js'
import type { Definition } from '../domain/questionnaire/definition.js'
import { keptByVersion, organisationVersion } from './kept-results.js'
import { DEFAULT_SCORING_OPTIONS, score, type ScoreResult, type ScoringOptions } from '../domain/scoring/index.js'

export type GroupResult = { respondents: number; result: ScoreResult }

export type OrganisationResults = {
  definition: Definition
  options: ScoringOptions
  whole: GroupResult
  /** Responses left out of the figures above (repeats, too fast), shown apart. */
  flaggedRespondents: number
  byServicePoint: Map<number, GroupResult>
  /** Keyed by service id; 0 is "no service named". */
  byService: Map<number, GroupResult>
  /** Keyed by Bangkok month `YYYY-MM`, in order. */
  byMonth: Map<string, GroupResult>
}

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
  const definitions = createDefinitionCache(db)
  const options = scoringOptions(settings)
  const flags: FlagFilter = settings.includeFlagged ? 'all' : 'official'
  const definitionOfRound = db.$client.prepare('select questionnaire_id as id from rounds where id = ?')

  const definitionFor = (roundId: number): Definition | undefined => {
    const row = definitionOfRound.get(roundId) as { id: number } | undefined
    return row && definitions.get(row.id)
  }

  const compute = (roundId: number, organisationId: number): OrganisationResults | undefined => {
    const definition = definitionFor(roundId)
    if (!definition) return undefined
    const counts = queries.organisation(roundId, organisationId, flags)
    const groups = <K extends number | string>(byKey: Map<K, Record<string, Record<string, number>>>, respondents: Map<K, number>) =>
      new Map(
        [...respondents.entries()]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([key, n]) => [key, { respondents: n, result: score(definition, byKey.get(key) ?? {}, n, options) }] as const),
      )
    // One row per organisation and flag, not the organisation's whole tallies again.
    const flagged = settings.includeFlagged ? 0 : (queries.respondents(roundId, 'flaggedOnly', [organisationId]).get(organisationId) ?? 0)
    return {
      definition,
      options,
      whole: { respondents: counts.respondents, result: score(definition, counts.all, counts.respondents, options) },
      flaggedRespondents: flagged,
      byServicePoint: groups(counts.byServicePoint as Map<number, Record<string, Record<string, number>>>, counts.respondentsByServicePoint as Map<number, number>),
      byService: groups(counts.byService as Map<number, Record<string, Record<string, number>>>, counts.respondentsByService as Map<number, number>),
      byMonth: groups(counts.byMonth as Map<string, Record<string, Record<string, number>>>, counts.respondentsByMonth as Map<string, number>),
    }
  }
  const kept = keptByVersion<OrganisationResults | undefined>(keep)
  const versionOf = organisationVersion(db)

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
