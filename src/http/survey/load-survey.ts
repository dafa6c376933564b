/**
 * Works out what a service point's survey URL should show right now: the form,
 * or the reason there is none. Shared by the form, the thank-you page and the
 * privacy notice so they can never disagree.
 *
 * Every survey request needs the point, its services and the open round, and
 * they change rarely, so they are kept in memory and dropped as a whole the
 * moment any of their tables is written (see `watchSurveyTables`): a staff edit
 * shows on the very next request. Time is the other input: the open round is
 * looked up again whenever the clock crosses an instant at which some round
 * opens or closes.
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

/** What is known about one point; `from`/`until` bound the instants for which `state` holds. */
type PointEntry = { point: SurveyPoint; services?: ServiceOption[]; state?: SurveyState; from: number; until: number }

/** A national registry has ~40,000 points; past this many (codes made up by a crawler) start again. */
const MAX_POINTS = 100_000

const NOT_FOUND: SurveyState = Object.freeze({ kind: 'not_found' })

/** The boundaries around `now`: the last at or before it and the first after it. */
function windowAround(boundaries: number[], now: number): { from: number; until: number } {
  let lo = 0
  let hi = boundaries.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (boundaries[mid]! <= now) lo = mid + 1
    else hi = mid
  }
  return { from: boundaries[lo - 1] ?? -Infinity, until: boundaries[lo] ?? Infinity }
}

export function createSurveyLoader(queries: SurveyQueries, definitions: DefinitionCache, changed: () => boolean) {
  let points = new Map<string, PointEntry>()
  let boundaries: number[] | undefined

  const entryFor = (code: string): PointEntry | undefined => {
    if (changed()) {
      points = new Map()
      boundaries = undefined
    }
    const hit = points.get(code)
    if (hit) return hit
    // Unknown codes are not remembered: a crawler could otherwise fill memory.
    const point = queries.pointByCode(code)
    if (!point) return undefined
    if (points.size >= MAX_POINTS) points = new Map()
    const entry: PointEntry = { point, from: Infinity, until: -Infinity }
    points.set(code, entry)
    return entry
  }

  const stateOf = (entry: PointEntry, now: number): SurveyState => {
    const { point } = entry
    if (!point.active) return { kind: 'inactive', point }
    const round = queries.openRound(point, now)
    if (!round) return { kind: 'no_round', point }
    const definition = definitions.get(round.questionnaireId)
    if (!definition) return { kind: 'no_round', point }
    entry.services ??= queries.servicesOf(point.id)
    return { kind: 'open', point, round, definition, services: entry.services }
  }

  return {
    /** The state of the survey at `code` at `now`. The same object is returned while nothing changes: treat it as read-only. */
    load(code: string, now: number): SurveyState {
      const entry = entryFor(code)
      if (!entry) return NOT_FOUND
      if (!entry.state || now < entry.from || now >= entry.until) {
        boundaries ??= queries.roundBoundaries()
        const { from, until } = windowAround(boundaries, now)
        entry.from = from
        entry.until = until
        entry.state = stateOf(entry, now)
      }
      return entry.state
    },
    roundById: (id: number) => queries.roundById(id),
    activePointsOf: queries.activePointsOf,
    responseCount: queries.responseCount,
    actionsAt: queries.actionsAt,
  }
}

export type SurveyLoader = ReturnType<typeof createSurveyLoader>
