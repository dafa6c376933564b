/**
 * One row per organisation in scope for a round — including organisations with
 * no responses, marked as such — with its identity, response counts and the
 * engine's figures. The basis of every per-organisation export, the API and
 * open data. Reads only the pre-aggregated tallies.
 */
import type { Db } from '../db/client.js'
import { createResultQueries } from '../db/queries/results.js'
import { ORGANISATION_TYPE_LABELS, organisationDisplayName } from '../domain/organisation-types.js'
import type { Definition } from '../domain/questionnaire/definition.js'
import type { Scope } from '../domain/scope.js'
import { meetsMinimum, score, type ScoreResult, type ScoringOptions } from '../domain/scoring/index.js'
import type { OrganisationType } from '../db/schema.js'
import { summariseThaiMean, type ThaiMeanSummary } from './thai-mean-summary.js'

export type OrganisationRow = {
  organisationId: number
  dlaCode: string
  name: string
  type: OrganisationType
  typeLabel: string
  provinceCode: string
  provinceName: string
  districtCode: string
  districtName: string
  respondents: number
  flaggedRespondents: number
  meetsMinimum: boolean
  /** People served in the round's months, where the organisation entered them. */
  transactions: number | null
  /** Responses ÷ people served × 100, 2 decimals; null when unknown. */
  responseRate: number | null
  /** Null when the organisation has no response at all. Thai-mean rounds carry the headline figures only. */
  result: ScoreResult | ThaiMeanSummary | null
}

type OrgIdentity = Omit<OrganisationRow, 'respondents' | 'flaggedRespondents' | 'meetsMinimum' | 'transactions' | 'responseRate' | 'result' | 'typeLabel' | 'name'> & { nameTh: string }

function scopeWhere(scope: Scope): { sql: string; params: unknown[] } {
  if (scope.kind === 'national') return { sql: '1 = 1', params: [] }
  if (scope.kind === 'province') return { sql: 'o.province_code = ?', params: [scope.provinceCode] }
  return { sql: 'o.id = ?', params: [scope.organisationId] }
}

export function organisationRows(
  db: Db,
  input: { roundId: number; definition: Definition; scope: Scope; options: ScoringOptions; includeFlagged: boolean },
): OrganisationRow[] {
  const sqlite = db.$client
  const where = scopeWhere(input.scope)
  const orgs = sqlite
    .prepare(
      `select o.id as organisationId, o.dla_code as dlaCode, o.name_th as nameTh, o.type, o.province_code as provinceCode,
         p.name_th as provinceName, o.district_code as districtCode, d.name_th as districtName
       from organisations o join provinces p on p.code = o.province_code join districts d on d.code = o.district_code
       where ${where.sql} order by o.province_code, o.dla_code`,
    )
    .all(...where.params) as OrgIdentity[]

  const queries = createResultQueries(db)
  const flags = input.includeFlagged ? 'all' : 'official'
  const ids = orgs.length < 200 ? orgs.map((o) => o.organisationId) : 'all'
  const respondents = queries.respondents(input.roundId, flags, ids)
  const flagged = input.includeFlagged ? new Map<number, number>() : queries.respondents(input.roundId, 'flaggedOnly', ids)
  // Thai-mean rounds: headline figures from the per-organisation sums (one row per organisation × item).
  // Other methods need per-value counts, read for the organisations in scope only.
  const thaiMean = input.definition.scoring.method === 'thai-mean'
  const moments = thaiMean ? queries.itemMoments(input.roundId, flags, ids) : undefined
  const counts = thaiMean ? undefined : queries.organisations(input.roundId, input.scope.kind === 'province' ? input.scope.provinceCode : null, flags).counts
  const transactions = new Map(
    (sqlite
      .prepare(
        `select sp.organisation_id as id, sum(t.count) as n from service_point_transactions t
         join service_points sp on sp.id = t.service_point_id
         join rounds r on r.id = ?
         where t.month between strftime('%Y-%m', r.opens_at / 1000 + 25200, 'unixepoch') and strftime('%Y-%m', r.closes_at / 1000 + 25200, 'unixepoch')
         group by sp.organisation_id`,
      )
      .all(input.roundId) as { id: number; n: number }[]).map((r) => [r.id, r.n]),
  )

  return orgs.map((o) => {
    const n = respondents.get(o.organisationId) ?? 0
    const served = transactions.get(o.organisationId) ?? null
    const result =
      n === 0 ? null
      : moments ? summariseThaiMean(input.definition, moments.get(o.organisationId) ?? {}, input.options)
      : score(input.definition, counts?.get(o.organisationId) ?? {}, n, input.options)
    return {
      ...o,
      name: organisationDisplayName(o.type, o.nameTh, 'th'),
      typeLabel: ORGANISATION_TYPE_LABELS[o.type].registry,
      respondents: n,
      flaggedRespondents: flagged.get(o.organisationId) ?? 0,
      meetsMinimum: meetsMinimum(n, input.options),
      transactions: served,
      responseRate: served ? Math.round((n / served) * 10000) / 100 : null,
      result,
    }
  })
}
