/**
 * Who the organisations in a scope are: DLA code, name, type, province and district, in
 * province then DLA code order. The first columns of every per-organisation results table.
 */
import type { OrganisationType } from '../../domain/organisation-types.js'
import type { Scope } from '../../domain/scope.js'
import type { Db } from '../client.js'

export type OrganisationIdentity = {
  organisationId: number
  dlaCode: string
  nameTh: string
  type: OrganisationType
  provinceCode: string
  provinceName: string
  districtCode: string
  districtName: string
}

function scopeWhere(scope: Scope): { sql: string; params: unknown[] } {
  if (scope.kind === 'national') return { sql: '1 = 1', params: [] }
  if (scope.kind === 'province') return { sql: 'o.province_code = ?', params: [scope.provinceCode] }
  return { sql: 'o.id = ?', params: [scope.organisationId] }
}

export function organisationIdentities(db: Db, scope: Scope): OrganisationIdentity[] {
  const where = scopeWhere(scope)
  return db.$client
    .prepare(
      `select o.id as organisationId, o.dla_code as dlaCode, o.name_th as nameTh, o.type, o.province_code as provinceCode,
         p.name_th as provinceName, o.district_code as districtCode, d.name_th as districtName
       from organisations o join provinces p on p.code = o.province_code join districts d on d.code = o.district_code
       where ${where.sql} order by o.province_code, o.dla_code`,
    )
    .all(...where.params) as OrganisationIdentity[]
}
