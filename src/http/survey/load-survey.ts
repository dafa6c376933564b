/**
 * Works out what a service point's survey URL should show right now: the form,
 * or the reason there is none. Shared by the form, the thank-you page and the
 * privacy notice so they can never disagree.
 */
import type { Definition } from '../../domain/questionnaire/definition.js'
import type { DefinitionCache } from '../../db/queries/questionnaires.js'
import type { ServiceOption, SurveyPoint, SurveyQueries, SurveyRound } from '../../db/queries/survey.js'

export type OpenSurvey = { point: SurveyPoint; round: SurveyRound; definition: Definition; services: ServiceOption[] }

export type SurveyState =
  | { kind: 'not_found' }
  | { kind: 'inactive'; point: SurveyPoint }
  | { kind: 'no_round'; point: SurveyPoint }
  | ({ kind: 'open' } & OpenSurvey)

export function createSurveyLoader(queries: SurveyQueries, definitions: DefinitionCache) {
  const openWith = (point: SurveyPoint, round: SurveyRound): SurveyState => {
    const definition = definitions.get(round.questionnaireId)
    if (!definition) return { kind: 'no_round', point }
    return { kind: 'open', point, round, definition, services: queries.servicesOf(point.id) }
  }

  return {
    load(code: string, now: number): SurveyState {
      const point = queries.pointByCode(code)
      if (!point) return { kind: 'not_found' }
      if (!point.active) return { kind: 'inactive', point }
      const round = queries.openRound(point, now)
      return round ? openWith(point, round) : { kind: 'no_round', point }
    },
    roundById: (id: number) => queries.roundById(id),
    responseCount: queries.responseCount,
  }
}

export type SurveyLoader = ReturnType<typeof createSurveyLoader>
