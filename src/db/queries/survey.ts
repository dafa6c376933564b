/** Look-ups the resident survey needs on every request, prepared once per database. */
import type Database from 'better-sqlite3'
import type { Db } from '../client.js'
import type { OrganisationType } from '../../domain/organisation-types.js'
import { parseOpeningHours, type OpeningHours } from '../../domain/opening-hours.js'
import type { ActionSummary } from './service-actions.js'

export type SurveyPoint = {
  id: number
  code: string
  nameTh: string
  nameEn: string | null
  active: boolean
  updatedAt: number
  organisationId: number
  organisationType: OrganisationType
  organisationNameTh: string
  dlaCode: string
  provinceCode: string
  /** Read once with the point, so the outside-hours rule costs no read per answer. */
  openingHours: OpeningHours | null
}

export type SurveyRound = {
  id: number
  nameTh: string
  nameEn: string
  questionnaireId: number
  opensAt: number
  closesAt: number
  /** Set once the round is finalised: its answers are in and no more are taken. */
  finalisedAt: number | null
}

export type ServiceOption = { id: number; nameTh: string; nameEn: string | null }

/** A service point a resident can be sent to instead: its code and names. */
export type PointLink = { code: string; nameTh: string; nameEn: string | null }

const ROUND_COLUMNS = `r.id, r.name_th as nameTh, r.name_en as nameEn, r.questionnaire_id as questionnaireId,
  r.opens_at as opensAt, r.closes_at as closesAt, r.finalised_at as finalisedAt`

export function createSurveyQueries(db: Db) {
  const sqlite = db.$client
  const pointByCode = sqlite.prepare(
    `select sp.id, sp.code, sp.name_th as nameTh, sp.name_en as nameEn, sp.active, sp.updated_at as updatedAt,
       sp.opening_hours as openingHours, o.id as organisationId, o.type as organisationType, o.name_th as organisationNameTh,
       o.dla_code as dlaCode, o.province_code as provinceCode
     from service_points sp join organisations o on o.id = sp.organisation_id
     where sp.code = ?`,
  )
  const servicesOf = sqlite.prepare(
    `select id, name_th as nameTh, name_en as nameEn from services
     where service_point_id = ? and active = 1 order by position, id`,
  )
  // The newest round open at `now` that takes in this organisation.
  const openRound = sqlite.prepare(
    `select ${ROUND_COLUMNS} from rounds r
     where r.opens_at <= @now and r.closes_at > @now and r.finalised_at is null
       and (r.scope = 'all'
         or (r.scope = 'provinces' and exists (select 1 from round_provinces rp
               where rp.round_id = r.id and rp.province_code = @province))
         or (r.scope = 'organisations' and exists (select 1 from round_organisations ro
               where ro.round_id = r.id and ro.organisation_id = @organisation)))
     order by r.opens_at desc, r.id desc limit 1`,
  )
  const activePointsOf = sqlite.prepare(
    `select code, name_th as nameTh, name_en as nameEn from service_points
     where organisation_id = ? and active = 1 order by name_th, code`,
  )
  const roundById = sqlite.prepare(`select ${ROUND_COLUMNS} from rounds r where r.id = ?`)
  const roundBoundaries = sqlite.prepare('select opens_at from rounds union select closes_at from rounds order by 1').pluck()
  // The tallies, and the responses stored since they last counted (usually none; a short run after a burst), so the
  // thank-you page is exact without waiting for the counting. The unary plus keeps SQLite on the id range, the short one.
  const officialCount = sqlite.prepare(
    `select (select coalesce(sum(count), 0) from response_tallies
             where round_id = @round and organisation_id = @organisation and service_point_id = @point and flagged in (0, @flagged))
          + (select count(*) from responses
             where id > (select counted_to from tally_progress where id = 1)
               and +round_id = @round and +service_point_id = @point and (flag_reason is null or @flagged)) as n`,
  )

  // The point's latest changes residents may see, for its thank-you page: through the point's index, a handful of rows.
  const actionsAt = sqlite.prepare(
    `select a.id, a.round_id as roundId, a.topic, a.residents_said as residentsSaid, a.changed, a.status,
       a.planned_on as plannedOn, a.started_on as startedOn, a.done_on as doneOn, a.created_at as createdAt,
       a.updated_at as updatedAt, a.organisation_id as organisationId, ph.created_at as photoAt
     from service_action_points ap join service_actions a on a.id = ap.action_id
       left join service_action_photos ph on ph.action_id = a.id
     where ap.service_point_id = ? and a.status in ('in_progress', 'done')
     order by coalesce(a.done_on, a.started_on, a.planned_on) desc, a.id desc limit ?`,
  )

  return {
    /** The latest changes in progress or done at a point, newest first, without the other points they cover. */
    actionsAt: (servicePointId: number, limit: number): ActionSummary[] =>
      (actionsAt.all(servicePointId, limit) as Omit<ActionSummary, 'points'>[]).map((a) => ({ ...a, points: [] })),
    pointByCode(code: string): SurveyPoint | undefined {
      const row = pointByCode.get(code) as
        (Omit<SurveyPoint, 'active' | 'openingHours'> & { active: number; openingHours: string | null }) | undefined
      return row && { ...row, active: row.active === 1, openingHours: parseOpeningHours(row.openingHours) }
    },
    servicesOf: (servicePointId: number) => servicesOf.all(servicePointId) as ServiceOption[],
    openRound: (point: SurveyPoint, now: number) =>
      openRound.get({ now, province: point.provinceCode, organisation: point.organisationId }) as SurveyRound | undefined,
    /** The organisation's service points that take answers, by Thai name. */
    activePointsOf: (organisationId: number) => activePointsOf.all(organisationId) as PointLink[],
    roundById: (id: number) => roundById.get(id) as SurveyRound | undefined,
    /** Every instant at which some round opens or closes, ascending: between two of them the open round stays the same. */
    roundBoundaries: () => roundBoundaries.all() as number[],
    /** Responses stored for a point in a round, counted into the tallies or not yet; flagged ones only when they are not excluded. */
    responseCount(roundId: number, point: Pick<SurveyPoint, 'id' | 'organisationId'>, includeFlagged: boolean): number {
      const key = { round: roundId, organisation: point.organisationId, point: point.id, flagged: includeFlagged ? 1 : 0 }
      return (officialCount.get(key) as { n: number }).n
    },
  }
}

export type SurveyQueries = ReturnType<typeof createSurveyQueries>

/** The tables whose rows the survey shows: a point, its organisation and services, rounds and who they take in, questionnaires. */
const SURVEY_TABLES = [
  'organisations',
  'service_points',
  'services',
  'rounds',
  'round_provinces',
  'round_organisations',
  'questionnaires',
]

/** Writes through each connection, counted by its temporary triggers; shared by every watcher of that connection. */
const localWrites = new WeakMap<Database.Database, { count: number }>()

function countLocalWrites(sqlite: Database.Database): { count: number } {
  let writes = localWrites.get(sqlite)
  if (writes) return writes
  const counter = { count: 0 }
  sqlite.function('survey_tables_written', { deterministic: false }, () => {
    counter.count += 1
    return null
  })
  // TEMP triggers live only on this connection and change nothing on disk, so no migration is involved.
  for (const table of SURVEY_TABLES)
    for (const event of ['insert', 'update', 'delete'])
      sqlite.exec(
        `create temp trigger if not exists survey_written_${table}_${event} after ${event} on main.${table} begin select survey_tables_written(); end`,
      )
  writes = counter
  localWrites.set(sqlite, writes)
  return writes
}

/**
 * How often commits by other processes are looked for. Asking SQLite costs a
 * read transaction (file locks on the WAL index), several microseconds per
 * request under load; a few milliseconds of delay for a change made outside
 * this server is no different from the request having come in a little earlier.
 */
const OTHER_PROCESSES_EVERY_MS = 5

/**
 * Tells whether anything the survey shows may have changed since it was last
 * asked. Writes through this connection (every staff edit) are counted by
 * temporary triggers as they happen, so they show on the very next request;
 * commits by any other connection (a CLI import, a second process) move
 * SQLite's `data_version`, looked at every few milliseconds. A change to an
 * unrelated row of a watched table also counts: it only costs one refill.
 *
 * @example
 * const changed = watchSurveyTables(db)
 * if (changed()) cache.clear()
 */
export function watchSurveyTables(db: Db): () => boolean {
  const sqlite = db.$client
  const writes = countLocalWrites(sqlite)
  const dataVersion = sqlite.prepare('pragma data_version').pluck()
  let seenWrites = writes.count
  let seenVersion = dataVersion.get() as number
  let askedAt = performance.now()
  return () => {
    let changed = writes.count !== seenWrites
    seenWrites = writes.count
    if (performance.now() - askedAt >= OTHER_PROCESSES_EVERY_MS) {
      askedAt = performance.now()
      const version = dataVersion.get() as number
      changed ||= version !== seenVersion
      seenVersion = version
    }
    return changed
  }
}
