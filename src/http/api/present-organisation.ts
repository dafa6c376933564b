/** An organisation of the directory as the API writes it. */
import type { DirectoryRow } from '../../db/queries/organisation-directory.js'
import { ORGANISATION_TYPE_LABELS, organisationDisplayName } from '../../domain/organisation-types.js'

export type OrganisationJson = {
  dlaCode: string
  /** The name people know, type word included: "เทศบาลเมืองกระบี่". */
  name: string
  /** The registry's name without the type word: "กระบี่". */
  registryName: string
  type: DirectoryRow['type']
  typeLabel: { registry: string; th: string; en: string }
  province: { code: string; nameTh: string; nameEn: string }
  district: { code: string; nameTh: string; nameEn: string }
}

export function organisationJson(r: DirectoryRow): OrganisationJson {
  return {
    dlaCode: r.dlaCode,
    name: organisationDisplayName(r.type, r.nameTh, 'th'),
    registryName: r.nameTh,
    type: r.type,
    typeLabel: ORGANISATION_TYPE_LABELS[r.type],
    province: { code: r.provinceCode, nameTh: r.provinceTh, nameEn: r.provinceEn },
    district: { code: r.districtCode, nameTh: r.districtTh, nameEn: r.districtEn },
  }
}
