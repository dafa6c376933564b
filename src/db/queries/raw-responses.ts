/**
 * Raw responses for the raw export: every response of a round in a scope, one
 * at a time, in response id (arrival) order, with its answers. Free text
 * leaves here masked (`maskPersonalData`), as on the comments page; the hour
 * is the finest time there is.
 *
 * Constant memory, and never in the way of submissions. A better-sqlite3
 * iterator left open across an `await` keeps the connection busy, and the
 * group-commit writer shares this connection: it would be refused ("This
 * database connection is busy executing a query") for as long as a slow client
 * downloads. So nothing is held open between rows: each step is one short
 * synchronous query read whole (`.all()`), keyset-paged on the response id,
 * and the reader gives the event loop a turn between steps. Each step looks at
 * no more than `windowSize` ids and returns no more than `pageSize` responses,
 * so no step blocks for long even when a scope has few rows in a big table.
 * Rows arriving during the download are left out: the file is the round as
 * it stood when the download began.
 *
 * Cost: a range scan of `responses` by its primary key (sequential, which is
 * what makes it fast), each row's answers from its one JSON column
 * (`answer_values`), never a sort (`rawResponsesQueryPlan`).
 * Rows come in id order, not grouped by organisation: walking the round's
 * index organisation by organisation reads the table in random order and
 * measured twice as slow, nationally and for a province.
 *
 * @example
 * const items = { itemIds: ['overall', 'went_well', 'suggestion'], textItemIds: ['suggestion'] }
 * for await (const r of readRawResponses(db, { roundId: 3, scope: { kind: 'province', provinceCode: '81' }, ...items }))
 *   r // { dlaCode: '4810102', servicePointCode: 'KRB1001', submittedHour: 1749520800000, values: ['5', 'ease;employee', 'โทร [เบอร์โทรศัพท์]'], … }
 */
import { setImmediate as nextTurn } from 'node:timers/promises'
import { maskPersonalData } from '../../domain/mask-personal-data.js'
import type { Db } from '../client.js'
import type { FlagReason } from '../../domain/responses.js'

/** The raw export reaches the whole country or one province, never fewer rows by a slower path. */
export type RawExportScope = { kind: 'national' } | { kind: 'province'; provinceCode: string }

export type RawResponse = {
  id: number
  dlaCode: string
  servicePointCode: string
  serviceId: number | null
  serviceNameTh: string | null
  /** UTC ms, already truncated to the hour when stored. */
  submittedHour: number
  channel: 'web' | 'kiosk'
  flagReason: FlagReason | null
  /**
   * One value per item of `itemIds`, in that order: `''` where skipped, the
   * values of a multiple choice joined with `;` in the order stored (option
   * values have no `;`), free text masked.
   */
  values: string[]
}

export type RawResponseQuery = {
  roundId: number
  scope: RawExportScope
  /** The items to read, in the order wanted; answers to any other item are left out. */
  itemIds: string[]
  /** Those of them that are free text: masked, never joined. */
  textItemIds: string[]
  pageSize?: number
  windowSize?: number
}

function pageSql(scope: RawExportScope): string {
  return `
    select r.id, r.organisation_id, r.service_point_id, r.service_id, r.submitted_hour, r.channel, r.flag_reason, r.answer_values
    from responses r
    -- "+" keeps SQLite on the id range, which gives id order, whatever index on the round a change may add.
    where +r.round_id = ? and r.id > ? and r.id <= ?
      ${scope.kind === 'province' ? 'and r.organisation_id in (select id from organisations where province_code = ?)' : ''}
    order by r.id
    limit ?`
}

type Row = [number, number, number, number | null, number, 'web' | 'kiosk', FlagReason | null, string]

/**
 * Codes and names by id, looked up once per export and kept: a country has
 * some tens of thousands of points, an export millions of rows, and a join
 * per row would cost three index searches each time.
 */
function createNames(db: Db) {
  const remembered = <T>(sql: string) => {
    const statement = db.$client.prepare(sql).pluck()
    const known = new Map<number, T>()
    return (id: number): T => {
      let value = known.get(id)
      if (value === undefined) known.set(id, (value = statement.get(id) as T))
      return value
    }
  }
  return {
    dlaCode: remembered<string>('select dla_code from organisations where id = ?'),
    pointCode: remembered<string>('select code from service_points where id = ?'),
    serviceName: remembered<string | null>('select name_th from services where id = ?'),
  }
}

/** Turns a row into a response; made once per read, as it runs for every row. */
function decoder(db: Db, q: RawResponseQuery): (row: Row) => RawResponse {
  const texts = new Set(q.textItemIds)
  const slots = q.itemIds.map((itemId) => ({ itemId, text: texts.has(itemId) }))
  const names = createNames(db)
  return (row) => {
    const answered = JSON.parse(row[7]) as Record<string, string[] | undefined>
    const values = new Array<string>(slots.length)
    for (let i = 0; i < slots.length; i++) {
      const { itemId, text } = slots[i]!
      const chosen = answered[itemId]
      values[i] = !chosen ? '' : text ? maskPersonalData(chosen[0] ?? '') : chosen.length === 1 ? chosen[0]! : chosen.join(';')
    }
    const serviceId = row[3]
    return {
      id: row[0],
      dlaCode: names.dlaCode(row[1]),
      servicePointCode: names.pointCode(row[2]),
      serviceId,
      serviceNameTh: serviceId === null ? null : (names.serviceName(serviceId) ?? null),
      submittedHour: row[4],
      channel: row[5],
      flagReason: row[6],
      values,
    }
  }
}

/**
 * One synchronous step: the responses with ids in `(after, until]`, at most
 * `limit` of them, and where the next step starts.
 */
function createPager(db: Db, q: RawResponseQuery) {
  const statement = db.$client.prepare<unknown[]>(pageSql(q.scope)).raw()
  const scopeParams = q.scope.kind === 'province' ? [q.scope.provinceCode] : []
  return (after: number, until: number, limit: number) => {
    const rows = statement.all(q.roundId, after, until, ...scopeParams, limit) as Row[]
    const next = rows.length === limit ? rows[rows.length - 1]![0] : until
    return { rows, next }
  }
}

/**
 * The raw responses of a round in a scope, in id order, a page at a time (see
 * the top of this file). Where the file ends is fixed now, when it is called,
 * not when the first page is pulled.
 */
export function readRawResponsePages(db: Db, q: RawResponseQuery): AsyncGenerator<RawResponse[]> {
  const pageSize = q.pageSize ?? 500
  const windowSize = q.windowSize ?? 20_000
  const last = (db.$client.prepare('select max(id) from responses').pluck().get() as number | null) ?? 0
  const page = createPager(db, q)
  const decode = decoder(db, q)
  return (async function* () {
    let after = 0
    while (after < last) {
      const { rows, next } = page(after, Math.min(after + windowSize, last), pageSize)
      after = next
      if (rows.length > 0) yield rows.map(decode)
      // Submissions and other requests get their turn between steps, even after a step that found nothing.
      await nextTurn()
    }
  })()
}

/** The same, one response at a time. */
export async function* readRawResponses(db: Db, q: RawResponseQuery): AsyncGenerator<RawResponse> {
  for await (const page of readRawResponsePages(db, q)) yield* page
}

/** SQLite's plan for one step, one line per step of the plan, for tests and for anyone tuning it. */
export function rawResponsesQueryPlan(db: Db, q: Pick<RawResponseQuery, 'roundId' | 'scope'>): string[] {
  const scopeParams = q.scope.kind === 'province' ? [q.scope.provinceCode] : []
  return (
    db.$client.prepare<unknown[]>(`explain query plan ${pageSql(q.scope)}`).all(q.roundId, 0, 1, ...scopeParams, 1) as {
      detail: string
    }[]
  ).map((r) => r.detail)
}
