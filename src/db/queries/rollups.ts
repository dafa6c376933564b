/**
 * The organisations a round's roll-up reads: names, whether the round's scope reaches each one,
 * and its responses, from the pre-aggregated tallies (the cost grows with organisations, never
 * with responses). Statements are prepared once per service.
 */
import type { Db } from '../client.js'
import type { OrganisationRow } from '../../domain/results/rollups.js'

/** `inRound` as SQLite gives it: 1 or 0. */
export type RollupOrganisationRow = Omit<OrganisationRow, 'inRound'> & { inRound: 0 | 1 }

/** Per organisation of a province, or of the whole country: names, whether the round reaches it, its responses. */
const organisationsSql = (flags: string, oneProvince: boolean) => `
  with t as (
    select organisation_id, sum(count) as n from organisation_response_tallies
    where round_id = @round and flagged in ${flags}
      ${oneProvince ? 'and organisation_id in (select id from organisations where province_code = @province)' : ''}
    group by organisation_id)
  select o.id, o.dla_code as dlaCode, o.type, o.name_th as nameTh,
    o.province_code as provinceCode, p.name_th as provinceTh, p.name_en as provinceEn,
    o.district_code as districtCode, d.name_th as districtTh, d.name_en as districtEn,
    coalesce(t.n, 0) as respondents,
    (r.scope = 'all'
      or (r.scope = 'provinces' and exists (select 1 from round_provinces rp where rp.round_id = r.id and rp.province_code = o.province_code))
      or (r.scope = 'organisations' and exists (select 1 from round_organisations ro where ro.round_id = r.id and ro.organisation_id = o.id))) as inRound
  from organisations o
    join rounds r on r.id = @round
    join provinces p on p.code = o.province_code
    join districts d on d.code = o.district_code
    left join t on t.organisation_id = o.id
  ${oneProvince ? 'where o.province_code = @province' : ''}
  order by o.id`

export function createRollupQueries(db: Db, includeFlagged: boolean) {
  const flagList = includeFlagged ? '(0, 1)' : '(0)'
  const province = db.$client.prepare(organisationsSql(flagList, true))
  const national = db.$client.prepare(organisationsSql(flagList, false))
  return {
    /** Every organisation of the province, or with null of the country, in id order. */
    organisations(roundId: number, provinceCode: string | null): RollupOrganisationRow[] {
      const rows =
        provinceCode === null ? national.all({ round: roundId }) : province.all({ round: roundId, province: provinceCode })
      return rows as RollupOrganisationRow[]
    },
  }
}
