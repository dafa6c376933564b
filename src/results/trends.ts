/**
 * A round's headline figures (Thai method: overall and by aspect; ARTA and A-11: their
 * proportions) for an organisation, a province or the
 * country, and the same figures in its earlier rounds, read from the per-organisation sums of the
 * tallies: a group's figures cost one row per item whatever the number of responses. Earlier
 * rounds whose questionnaire compares with none of the round's figures are never read.
 *
 * @example
 * const figures = createFigureService(db, { minimumResponses: 10, includeFlagged: false })
 * figures.trend({ kind: 'province', provinceCode: '81' }, round, roundsFor(db, { provinceCode: '81' }))
 */
import type { Db } from '../db/client.js'
import { databaseVersion } from '../db/database-version.js'
import { createRoundDefinitions } from '../db/queries/questionnaires.js'
import { createOrganisationVersions, createResultQueries, type FlagFilter } from '../db/queries/results.js'
import type { RoundOption } from '../db/queries/round-visibility.js'
import type { Definition } from '../domain/questionnaire/definition.js'
import { proportionFigures, type ProportionStats } from '../domain/results/proportion-trends.js'
import { thaiFigures, type Figure } from '../domain/results/trends.js'
import type { Moments, SummaryStats } from '../domain/scoring/index.js'
import { trendRulesFor } from '../domain/results/trend-rules.js'
import { keptByVersion } from './kept-results.js'
import { scoringOptions, type ResultsSettings } from './organisation-results.js'

export type FigureScope =
  { kind: 'organisation'; organisationId: number } | { kind: 'province'; provinceCode: string } | { kind: 'country' }

export type FigureStats = SummaryStats | ProportionStats
export type RoundFigureSet = {
  round: RoundOption
  definition: Definition
  respondents: number
  figures: Map<string, Figure<FigureStats>>
}

/** Earlier rounds drawn beside the chosen one: five points fit a phone's width. */
export const EARLIER_ROUNDS = 4

/** Groups' figures kept at once: a few provinces and the country over a few rounds. */
const GROUPS_KEPT = 32

export function createFigureService(db: Db, settings: ResultsSettings) {
  const queries = createResultQueries(db)
  const definitionFor = createRoundDefinitions(db)
  const options = scoringOptions(settings)
  const flags: FlagFilter = settings.includeFlagged ? 'all' : 'official'
  const organisationVersion = createOrganisationVersions(db)
  const version = databaseVersion(db)
  const kept = keptByVersion<{ respondents: number; figures: Map<string, Figure<FigureStats>> }>(GROUPS_KEPT)
  const figuresFrom = (definition: Definition, items: Record<string, Moments>): Map<string, Figure<FigureStats>> =>
    definition.scoring.method === 'thai-mean' ? thaiFigures(definition, items, options) : proportionFigures(definition, items)

  const read = (roundId: number, definition: Definition, scope: FigureScope) => {
    if (scope.kind === 'organisation') {
      const { organisationId } = scope
      return kept(`${roundId}:o${organisationId}`, organisationVersion(roundId, organisationId), () => ({
        respondents: queries.respondents(roundId, flags, [organisationId]).get(organisationId) ?? 0,
        figures: figuresFrom(definition, queries.itemMoments(roundId, flags, [organisationId]).get(organisationId) ?? {}),
      }))
    }
    const province = scope.kind === 'province' ? scope.provinceCode : null
    // A group's sums change with any organisation's: kept until anything in the database changes.
    return kept(`${roundId}:${province ?? 'country'}`, version(), () => {
      const group = queries.groupItemMoments(roundId, flags, province)
      return { respondents: group.respondents, figures: figuresFrom(definition, group.items) }
    })
  }

  /** The round's figures; undefined when its questionnaire is unreadable or reports no figure a trend can follow. */
  const figuresOf = (round: RoundOption, scope: FigureScope): RoundFigureSet | undefined => {
    const definition = definitionFor(round.id)
    if (!definition || trendRulesFor(definition).figures(definition).length === 0) return undefined
    return { round, definition, ...read(round.id, definition, scope) }
  }

  return {
    options,
    figures: figuresOf,

    /**
     * The round's figures and those of up to `EARLIER_ROUNDS` rounds that opened before it and
     * compare with at least one of its figures, oldest first. `rounds` are the rounds the viewer
     * may see, newest first (as `roundsFor` lists them).
     */
    trend(scope: FigureScope, round: RoundOption, rounds: RoundOption[]) {
      const current = figuresOf(round, scope)
      if (!current) return undefined
      const earlier = rounds
        .filter((r) => r.id !== round.id && r.opensAt < round.opensAt)
        .filter((r) => {
          const definition = definitionFor(r.id)
          return definition !== undefined && trendRulesFor(current.definition).comparable(current.definition, definition).size > 0
        })
        .map((r) => figuresOf(r, scope)!)
        // A round nobody in scope answered has nothing to set beside this one.
        .filter((set) => set.respondents > 0)
        .slice(0, EARLIER_ROUNDS)
        .reverse()
      return { current, earlier }
    },
  }
}

export type FigureService = ReturnType<typeof createFigureService>
