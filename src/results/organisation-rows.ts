/**
 * One row per organisation in scope for a round — including organisations with
 * no responses, marked as such — with its identity, response counts and the
 * engine's figures. The basis of every per-organisation export, the API and
 * open data. Reads only the pre-aggregated tallies.
 */
import type { Db } from '../db/client.js'
import { organisationIdentities } from '../db/queries/organisation-identities.js'
import { createResultQueries } from '../db/queries/results.js'
import { servedInRound } from '../db/queries/transactions.js'
import { ORGANISATION_TYPE_LABELS, organisationDisplayName, type OrganisationType } from '../domain/organisation-types.js'
import type { Definition } from '../domain/questionnaire/definition.js'
import type { Scope } from '../domain/scope.js'
import { meetsMinimum, score, type ScoreResult, type ScoringOptions } from '../domain/scoring/index.js'
import { summariseThaiMean, type ThaiMeanSummary } from '../domain/scoring/thai-mean-summary.js'

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

export function organisationRows(
  db: Db,
  input: { roundId: number; definition: Definition; scope: Scope; options: ScoringOptions; includeFlagged: boolean },
): OrganisationRow[] {
  const orgs = organisationIdentities(db, input.scope)

  const queries = createResultQueries(db)
  const flags = input.includeFlagged ? 'all' : 'official'
  const ids = orgs.length < 200 ? orgs.map((o) => o.organisationId) : 'all'
  const respondents = queries.respondents(input.roundId, flags, ids)
  const flagged = input.includeFlagged ? new Map<number, number>() : queries.respondents(input.roundId, 'flaggedOnly', ids)
  // Thai-mean rounds: headline figures from the per-organisation sums (one row per organisation × item).
  // Other methods need per-value counts, read for the organisations in scope only.
  const thaiMean = input.definition.scoring.method === 'thai-mean'
  const moments = thaiMean ? queries.itemMoments(input.roundId, flags, ids) : undefined
  const counts = thaiMean
    ? undefined
    : queries.organisations(input.roundId, input.scope.kind === 'province' ? input.scope.provinceCode : null, flags).counts
  const transactions = servedInRound(db, input.roundId)

  return orgs.map((o) => {
    const n = respondents.get(o.organisationId) ?? 0
    const served = transactions.get(o.organisationId) ?? null
    const result =
      n === 0
        ? null
        : moments
          ? summariseThaiMean(input.definition, moments.get(o.organisationId) ?? {}, input.options)
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
