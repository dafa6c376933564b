/**
 * What a member of staff may export: the scopes inside their own (the rounds
 * they can see are `roundsInScope`). DLA: the country, any province, any organisation;
 * a provincial officer: their province or one of its organisations; an LGU
 * officer: their organisation. Anything else reads as not found, exactly like
 * a province or DLA code that does not exist.
 *
 * @example
 * resolveExportScope(db, staff.scope, 'province:81') // ExportScope, or undefined → 404
 */
import type { Db } from '../../../db/client.js'
import { findOrganisation, findProvince } from '../../../db/queries/collection.js'
import { allProvinces, organisationIdsByCode } from '../../../db/queries/rounds.js'
import { organisationDisplayName } from '../../../domain/organisation-types.js'
import { formatScopeKey, parseScopeKey, type Scope } from '../../../domain/scope.js'
import type { ExportScope } from '../../../exports/results-export.js'

const BANGKOK = '10'

const national = (): ExportScope => ({
  key: formatScopeKey({ kind: 'national' }),
  scope: { kind: 'national' },
  name: { th: 'ทั้งประเทศ', en: 'All of Thailand' },
})

const ofProvince = (province: { code: string; nameTh: string; nameEn: string }): ExportScope => ({
  key: formatScopeKey({ kind: 'province', provinceCode: province.code }),
  scope: { kind: 'province', provinceCode: province.code },
  // Bangkok is a special administrative area, not a จังหวัด.
  name:
    province.code === BANGKOK
      ? { th: province.nameTh, en: province.nameEn }
      : { th: `จังหวัด${province.nameTh}`, en: `${province.nameEn} Province` },
})

function provinceScope(db: Db, caller: Scope, code: string): ExportScope | undefined {
  const province = findProvince(db, caller, code)
  return province && ofProvince(province)
}

function organisationScope(db: Db, caller: Scope, organisationId: number | undefined): ExportScope | undefined {
  const org = organisationId === undefined ? undefined : findOrganisation(db, caller, organisationId)
  return (
    org && {
      key: formatScopeKey({ kind: 'organisation', dlaCode: org.dlaCode }),
      scope: { kind: 'organisation', organisationId: org.id },
      name: { th: organisationDisplayName(org.type, org.nameTh, 'th'), en: organisationDisplayName(org.type, org.nameTh, 'en') },
    }
  )
}

/** One organisation by DLA code, if the caller may see it. */
export function organisationByDlaCode(db: Db, caller: Scope, dlaCode: string): ExportScope | undefined {
  return organisationScope(db, caller, organisationIdsByCode(db, [dlaCode.trim()]).get(dlaCode.trim()))
}

/** The caller's own scope: what the export page and a download without `scope=` use. */
export function ownExportScope(db: Db, caller: Scope): ExportScope | undefined {
  if (caller.kind === 'national') return national()
  if (caller.kind === 'province') return provinceScope(db, caller, caller.provinceCode)
  return organisationScope(db, caller, caller.organisationId)
}

/** A scope named in a URL, only if it lies inside the caller's; undefined (→ 404) otherwise. */
export function resolveExportScope(db: Db, caller: Scope, text: string | undefined): ExportScope | undefined {
  if (text === undefined || text === '') return ownExportScope(db, caller)
  const key = parseScopeKey(text)
  if (!key) return undefined
  if (key.kind === 'national') return caller.kind === 'national' ? national() : undefined
  if (key.kind === 'province') return provinceScope(db, caller, key.provinceCode)
  return organisationByDlaCode(db, caller, key.dlaCode)
}

/** The scopes the export page lists: the country and every province for DLA, the province for its officers. */
export function scopeChoices(db: Db, caller: Scope): ExportScope[] {
  if (caller.kind === 'national') return [national(), ...allProvinces(db).map(ofProvince)]
  const own = caller.kind === 'province' ? provinceScope(db, caller, caller.provinceCode) : undefined
  return own ? [own] : []
}
