/**
 * Names inside a poster bundle: a folder per province and a PDF per organisation (or per
 * district), each led by its public code (DOPA province or district code, DLA code) and the
 * name people know; never an internal id.
 *
 * @example
 * bundleEntryName({ provinceCode: '81', provinceNameTh: 'กระบี่', dlaCode: '4810102', type: 'town', nameTh: 'กระบี่' })
 * // '81 กระบี่/4810102 เทศบาลเมืองกระบี่.pdf'
 * districtEntryName({ provinceCode: '81', provinceNameTh: 'กระบี่', districtCode: '8101', districtNameTh: 'เมืองกระบี่' })
 * // '81 กระบี่/8101 อำเภอเมืองกระบี่.pdf'
 */
import { organisationDisplayName, type OrganisationType } from '../domain/organisation-types.js'
import type { ScopeKey } from '../domain/scope.js'
import { safeName } from '../exports/results-export.js'

export type BundleEntry = {
  provinceCode: string
  provinceNameTh: string
  dlaCode: string
  type: OrganisationType
  nameTh: string
}

export function bundleEntryName(org: BundleEntry): string {
  const folder = safeName(`${org.provinceCode} ${org.provinceNameTh}`)
  return `${folder}/${safeName(`${org.dlaCode} ${organisationDisplayName(org.type, org.nameTh, 'th')}`)}.pdf`
}

export type DistrictEntry = Pick<BundleEntry, 'provinceCode' | 'provinceNameTh'> & {
  districtCode: string
  districtNameTh: string
}

export function districtEntryName(d: DistrictEntry): string {
  const folder = safeName(`${d.provinceCode} ${d.provinceNameTh}`)
  return `${folder}/${safeName(`${d.districtCode} อำเภอ${d.districtNameTh}`)}.pdf`
}

/** One PDF per organisation, or per district (its organisations by DLA code), in the order given. */
export const BUNDLE_GROUPINGS = ['organisation', 'district'] as const
export type BundleGrouping = (typeof BUNDLE_GROUPINGS)[number]

export function bundleFiles<T extends BundleEntry & DistrictEntry>(
  organisations: T[],
  per: BundleGrouping,
): { name: string; organisations: T[] }[] {
  if (per === 'organisation') return organisations.map((o) => ({ name: bundleEntryName(o), organisations: [o] }))
  const byDistrict = new Map<string, T[]>()
  for (const o of organisations) byDistrict.set(o.districtCode, [...(byDistrict.get(o.districtCode) ?? []), o])
  return [...byDistrict.values()]
    .sort((a, b) => a[0]!.districtCode.localeCompare(b[0]!.districtCode))
    .map((group) => ({ name: districtEntryName(group[0]!), organisations: group }))
}

/** The ZIP's download name: ASCII for old browsers, Thai for the rest (`โปสเตอร์_81 กระบี่.zip`). */
export function bundleFileName(scope: ScopeKey, provinceNameTh?: string): { ascii: string; thai: string } {
  if (scope.kind === 'province')
    return {
      ascii: `posters_province-${scope.provinceCode}.zip`,
      thai: `${safeName(`โปสเตอร์_${scope.provinceCode} ${provinceNameTh ?? ''}`)}.zip`,
    }
  return { ascii: 'posters_national.zip', thai: 'โปสเตอร์_ทั่วประเทศ.zip' }
}
