/**
 * Residents' comments (answers to the questionnaire's free-text items) for
 * staff. This is the one place staff read raw answer rows, so it is paged, it
 * is filtered by the caller's scope, and it never hands out raw text: every
 * comment leaves here masked (`maskPersonalData`), with its Bangkok day but no
 * time of day. Search runs on the masked text, so a phone number, ID number or
 * e-mail address typed into a comment cannot be used to find that comment.
 *
 * Cost: one organisation's counted responses in one round, read in order from
 * `organisation_responses`, each joined to its answers by `answers_response_idx`;
 * never a scan of a table (`commentsQueryPlan` shows it, and a test checks it).
 * The day is in the key, so newest first needs no sort; only the page's rows are
 * masked. Staff pages count the responses waiting before they read, so a comment
 * is listed as soon as its response is in the figures.
 *
 * @example
 * const page = listComments(db, staff.scope, { organisationId, roundId, itemIds: ['suggestion'], q: 'จอดรถ', page: 1, pageSize: 20 })
 * page.rows[0] // { id, text: 'โทร [เบอร์โทรศัพท์] …', day: '2025-06-10', pointNameTh, flagReason: null, … }
 */
import { sql, type SQL } from 'drizzle-orm'
import { maskPersonalData } from '../../domain/mask-personal-data.js'
import type { Scope } from '../../domain/scope.js'
import type { Db } from '../client.js'
import type { FlagReason } from '../../domain/responses.js'
import { organisationInScope } from './scope-filter.js'

export type CommentFilter = {
  organisationId: number
  roundId: number
  /** The round's free-text items; no items, no comments. */
  itemIds: string[]
  /** A service point of the organisation; any other id simply matches nothing. */
  pointId?: number
  /** Words to find in the comment as shown (masked). `%` and `_` are literal. */
  q?: string
  page: number
  pageSize: number
}

export type CommentRow = {
  id: number
  itemId: string
  /** Masked: ID numbers, phones and e-mail addresses replaced by a word. */
  text: string
  /** Bangkok calendar day `YYYY-MM-DD`; the hour is deliberately not read. */
  day: string
  pointId: number
  pointNameTh: string
  pointNameEn: string | null
  flagReason: FlagReason | null
}

const MASK = 'mask_personal_data'
const withMask = new WeakSet<object>()

/** Makes `mask_personal_data(text)` callable in SQL on this connection (once per connection). */
function registerMask(db: Db): void {
  if (withMask.has(db.$client)) return
  db.$client.function(MASK, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? maskPersonalData(text) : text,
  )
  withMask.add(db.$client)
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`)

function whereOf(scope: Scope, f: CommentFilter): SQL {
  const conditions = [
    sql`organisation_responses.round_id = ${f.roundId}`,
    sql`organisation_responses.organisation_id = ${f.organisationId}`,
    organisationInScope(scope),
    sql`answers.item_id in (${sql.join(
      f.itemIds.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  ]
  if (f.pointId !== undefined) conditions.push(sql`responses.service_point_id = ${f.pointId}`)
  if (f.q) conditions.push(sql`${sql.raw(MASK)}(answers.value) like ${`%${likeEscape(f.q)}%`} escape '\\'`)
  return sql.join(conditions, sql` and `)
}

// The response's own row is read only to filter by point: the key holds the rest.
const fromOf = (f: CommentFilter): SQL => sql`from organisation_responses
  join organisations on organisations.id = organisation_responses.organisation_id
  join answers on answers.response_id = organisation_responses.response_id
  ${f.pointId === undefined ? sql`` : sql`join responses on responses.id = organisation_responses.response_id`}`

/**
 * Newest first: by Bangkok day, then by arrival (ids are given as responses
 * arrive). The inner query sorts only keys and stops at the page; the text of
 * the page's rows alone is then read and masked.
 */
function pageQuery(scope: Scope, f: CommentFilter): SQL {
  return sql`
    select answers.id, answers.item_id as itemId, ${sql.raw(MASK)}(answers.value) as text, responses.day,
      responses.service_point_id as pointId, service_points.name_th as pointNameTh, service_points.name_en as pointNameEn,
      responses.flag_reason as flagReason
    from (
      select answers.id as answerId, organisation_responses.response_id as responseId, organisation_responses.day as day
      ${fromOf(f)}
      where ${whereOf(scope, f)}
      order by organisation_responses.day desc, organisation_responses.response_id desc, answers.id
      limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}
    ) page
      join answers on answers.id = page.answerId
      join responses on responses.id = page.responseId
      join service_points on service_points.id = responses.service_point_id
    order by page.day desc, page.responseId desc, page.answerId`
}

/** One page of comments and how many match in all. */
export function listComments(db: Db, scope: Scope, f: CommentFilter): { total: number; rows: CommentRow[] } {
  if (f.itemIds.length === 0) return { total: 0, rows: [] }
  registerMask(db)
  const total = db.get<{ n: number }>(sql`select count(*) as n ${fromOf(f)} where ${whereOf(scope, f)}`)?.n ?? 0
  const rows = total === 0 ? [] : db.all<CommentRow>(pageQuery(scope, f))
  return { total, rows }
}

/** SQLite's plan for the page query, one line per step, for tests and for anyone tuning it. */
export function commentsQueryPlan(db: Db, scope: Scope, f: CommentFilter): string[] {
  registerMask(db)
  return db.all<{ detail: string }>(sql`explain query plan ${pageQuery(scope, f)}`).map((r) => r.detail)
}

export type CommentPoint = { id: number; nameTh: string; nameEn: string | null; active: boolean }

/** Every service point of the organisation (closed ones too: their comments stay), for the filter. */
export function commentPoints(db: Db, scope: Scope, organisationId: number): CommentPoint[] {
  const rows = db.all<Omit<CommentPoint, 'active'> & { active: number }>(sql`
    select service_points.id, service_points.name_th as nameTh, service_points.name_en as nameEn, service_points.active
    from service_points join organisations on organisations.id = service_points.organisation_id
    where service_points.organisation_id = ${organisationId} and ${organisationInScope(scope)}
    order by service_points.active desc, service_points.name_th, service_points.id`)
  return rows.map((r) => ({ ...r, active: r.active === 1 }))
}
