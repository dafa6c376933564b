/**
 * One organisation's figures for a round, from its answer counts: the whole organisation, each
 * service point, each service and each month, each scored by the engine. Every page and export
 * that shows an organisation's results shows these.
 */
import type { Definition } from '../questionnaire/definition.js'
import { score, type ItemCounts, type ScoreResult, type ScoringOptions } from '../scoring/index.js'

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

/** An organisation's counts and respondents, whole and per grouping, as the tallies give them. */
export type OrganisationCounts = {
  all: ItemCounts
  respondents: number
  byServicePoint: Map<number | string, ItemCounts>
  respondentsByServicePoint: Map<number, number>
  byService: Map<number | string, ItemCounts>
  respondentsByService: Map<number, number>
  byMonth: Map<number | string, ItemCounts>
  respondentsByMonth: Map<string, number>
}

/** Each group that has respondents, scored, in key order. */
function scoreGroups<K extends number | string>(
  definition: Definition,
  options: ScoringOptions,
  byKey: Map<number | string, ItemCounts>,
  respondents: Map<K, number>,
): Map<K, GroupResult> {
  return new Map(
    [...respondents.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, n]) => [key, { respondents: n, result: score(definition, byKey.get(key) ?? {}, n, options) }] as const),
  )
}

export function scoreOrganisation(
  definition: Definition,
  options: ScoringOptions,
  counts: OrganisationCounts,
  flaggedRespondents: number,
): OrganisationResults {
  return {
    definition,
    options,
    whole: { respondents: counts.respondents, result: score(definition, counts.all, counts.respondents, options) },
    flaggedRespondents,
    byServicePoint: scoreGroups(definition, options, counts.byServicePoint, counts.respondentsByServicePoint),
    byService: scoreGroups(definition, options, counts.byService, counts.respondentsByService),
    byMonth: scoreGroups(definition, options, counts.byMonth, counts.respondentsByMonth),
  }
}
