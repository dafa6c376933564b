/**
 * Names inside a poster bundle: a folder per province and a PDF per organisation, each led by
 * its public code (DOPA province code, DLA code) and the name people know; never an internal id.
 *
 * @example
 * bundleEntryName({ provinceCode: '81', provinceNameTh: 'กระบี่', dlaCode: '4810102', type: 'town', nameTh: 'กระบี่' })
 * // '81 กระบี่/4810102 เทศบาลเมืองกระบี่.pdf'
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

/** The ZIP's download name: ASCII for old browsers, Thai for the rest (`โปสเตอร์_81 กระบี่.zip`). */
export function bundleFileName(scope: ScopeKey, provinceNameTh?: string): { ascii: string; thai: string } {
  if (scope.kind === 'province')
    return {
      ascii: `posters_province-${scope.provinceCode}.zip`,
      thai: `${safeName(`โปสเตอร์_${scope.provinceCode} ${provinceNameTh ?? ''}`)}.zip`,
    }
  return { ascii: 'posters_national.zip', thai: 'โปสเตอร์_ทั่วประเทศ.zip' }
}
