/**
 * How organisations close the loop on their low-scoring service points: each point's score from
 * the answer tallies (one grouped read, whatever the number of answers), its actions from the
 * action tables, and the domain's arithmetic. For a province's page of organisations, or every
 * organisation of the country added up by province.
 */
import type { Config } from '../config.js'
import type { Db } from '../db/client.js'
import { pointScores } from '../db/queries/point-scores.js'
import { createDefinitionCache } from '../db/queries/questionnaires.js'
import { organisationProvinceCodes, pointActionTimes, roundQuestionnaireId } from '../db/queries/service-actions.js'
import { scoredItems } from '../domain/scoring/definition-items.js'
import { isLowScoring, loopClosure, lowScoreThreshold, type LoopClosure, type PointActions } from '../domain/service-actions.js'

export type LoopSettings = Pick<
  Config,
  'ACTION_LOW_BELOW_BAND' | 'ACTION_WINDOW_DAYS' | 'RESULTS_MIN_RESPONSES' | 'EXCLUDE_FLAGGED'
>
export type LoopRound = { id: number; opensAt: number }

export function createLoopClosure(db: Db, settings: LoopSettings) {
  const definitions = createDefinitionCache(db)
  const threshold = lowScoreThreshold(settings.ACTION_LOW_BELOW_BAND)

  /** The low points of the round, each with its organisation, and the actions at them. */
  const read = (round: LoopRound, organisationIds?: number[]) => {
    const questionnaireId = roundQuestionnaireId(db, round.id)
    const definition = questionnaireId === undefined ? undefined : definitions.get(questionnaireId)
    const scores = definition
      ? pointScores(db, {
          roundId: round.id,
          itemIds: scoredItems(definition),
          includeFlagged: !settings.EXCLUDE_FLAGGED,
          organisationIds,
        })
      : []
    const low = scores.filter((p) => isLowScoring(p, threshold, settings.RESULTS_MIN_RESPONSES))
    const actions = new Map<number, PointActions>(
      pointActionTimes(db, organisationIds ?? 'all', round.opensAt).map((a) => [a.servicePointId, a]),
    )
    return { low, actions }
  }

  const closure = (pointIds: number[], actions: Map<number, PointActions>, round: LoopRound, now: number) =>
    loopClosure(pointIds, actions, { now, windowDays: settings.ACTION_WINDOW_DAYS, roundOpensAt: round.opensAt })

  /** Groups the low points by a key of their organisation and works out each group's figures. */
  const grouped = (
    round: LoopRound,
    now: number,
    keyOf: (organisationId: number) => string | number | undefined,
    ids?: number[],
  ) => {
    const { low, actions } = read(round, ids)
    const groups = new Map<string | number, number[]>()
    for (const p of low) {
      const key = keyOf(p.organisationId)
      if (key === undefined) continue
      groups.set(key, [...(groups.get(key) ?? []), p.servicePointId])
    }
    return new Map([...groups].map(([key, points]) => [key, closure(points, actions, round, now)]))
  }

  return {
    threshold,
    /** Per organisation of `organisationIds` that has low points; others have none. */
    byOrganisation: (round: LoopRound, organisationIds: number[], now: number) =>
      grouped(round, now, (id) => id, organisationIds) as Map<number, LoopClosure>,
    /** Per province, over every organisation of the country. */
    byProvince(round: LoopRound, now: number): Map<string, LoopClosure> {
      const provinces = organisationProvinceCodes(db)
      return grouped(round, now, (id) => provinces.get(id)) as Map<string, LoopClosure>
    },
  }
}

export type LoopClosureService = ReturnType<typeof createLoopClosure>
