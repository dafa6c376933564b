/**
 * What a member of staff may export: the rounds they can see and the scopes
 * inside their own. DLA: the country, any province, any organisation;
 * a provincial officer: their province or one of its organisations; an LGU
 * officer: their organisation. Anything else reads as not found, exactly like
 * a province or DLA code that does not exist.
 *
 * @example
 * resolveExportScope(db, staff.scope, 'province:81') // ExportScope, or undefined → 404
 */
import { allRounds, findOrganisation, findProvince, roundsFor, type RoundOption } from '../../../db/queries/collection.js'
import { allProvinces, organisationIdsByCode } from '../../../db/queries/rounds.js'
import type { Db } from '../../../db/client.js'
import { organisationDisplayName } from '../../../domain/organisation-types.js'
import type { Scope } from '../../../domain/scope.js'
import type { ExportScope } from '../../../exports/results-export.js'

/** `national`, `province:<code>` or `organisation:<DLA code>`, as the download URLs spell them. */
const SCOPE_PATTERN = /^(?:(national)|province:([0-9A-Za-z]{1,8})|organisation:([0-9A-Za-z]{1,16}))$/

const BANGKOK = '10'

const national = (): ExportScope => ({ key: 'national', scope: { kind: 'national' }, name: { th: 'ทั้งประเทศ', en: 'All of Thailand' } })

const ofProvince = (province: { code: string; nameTh: string; nameEn: string }): ExportScope => ({
  key: `province:${province.code}`,
  scope: { kind: 'province', provinceCode: province.code },
  // Bangkok is a special administrative area, not a จังหวัด.
  name: province.code === BANGKOK ? { th: province.nameTh, en: province.nameEn } : { th: `จังหวัด${province.nameTh}`, en: `${province.nameEn} Province` },
})

function provinceScope(db: Db, caller: Scope, code: string): ExportScope | undefined {
  const province = findProvince(db, caller, code)
  return province && ofProvince(province)
}

function organisationScope(db: Db, caller: Scope, organisationId: number | undefined): ExportScope | undefined {
  const org = organisationId === undefined ? undefined : findOrganisation(db, caller, organisationId)
  return (
    org && {
      key: `organisation:${org.dlaCode}`,
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
  const match = SCOPE_PATTERN.exec(text)
  if (!match) return undefined
  const [, all, province, dlaCode] = match
  if (all) return caller.kind === 'national' ? national() : undefined
  if (province) return provinceScope(db, caller, province)
  return organisationByDlaCode(db, caller, dlaCode!)
}

/** The scopes the export page lists: the country and every province for DLA, the province for its officers. */
export function scopeChoices(db: Db, caller: Scope): ExportScope[] {
  if (caller.kind === 'national') return [national(), ...allProvinces(db).map(ofProvince)]
  const own = caller.kind === 'province' ? provinceScope(db, caller, caller.provinceCode) : undefined
  return own ? [own] : []
}

/** Rounds the caller can see, newest first: all for DLA, those reaching the province or the organisation otherwise. */
export function exportRounds(db: Db, caller: Scope): RoundOption[] {
  if (caller.kind === 'national') return allRounds(db)
  if (caller.kind === 'province') return roundsFor(db, { provinceCode: caller.provinceCode })
  const org = findOrganisation(db, caller, caller.organisationId)
  return org ? roundsFor(db, { provinceCode: org.provinceCode, organisationId: org.id }) : []
}
