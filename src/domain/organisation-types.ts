/** The kinds of local government organisation in DLA's registry. */
export const ORGANISATION_TYPES = ['pao', 'city', 'town', 'subdistrict', 'sao', 'special'] as const
export type OrganisationType = (typeof ORGANISATION_TYPES)[number]

/** DLA's own words for each organisation type, as they appear in its registry. */
export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, { registry: string; th: string; en: string }> = {
  pao: { registry: 'อบจ.', th: 'องค์การบริหารส่วนจังหวัด', en: 'Provincial Administrative Organisation' },
  city: { registry: 'เทศบาลนคร', th: 'เทศบาลนคร', en: 'City Municipality' },
  town: { registry: 'เทศบาลเมือง', th: 'เทศบาลเมือง', en: 'Town Municipality' },
  subdistrict: { registry: 'เทศบาลตำบล', th: 'เทศบาลตำบล', en: 'Subdistrict Municipality' },
  sao: { registry: 'อบต.', th: 'องค์การบริหารส่วนตำบล', en: 'Subdistrict Administrative Organisation' },
  special: { registry: 'ท้องถิ่นรูปแบบพิเศษ', th: '', en: 'Special Local Administration' },
}

const BY_REGISTRY_WORD = new Map(
  Object.entries(ORGANISATION_TYPE_LABELS).map(([type, l]) => [l.registry, type as OrganisationType]),
)

/** Maps the registry's `ประเภท อปท.` cell to a type, or undefined when unknown. */
export function organisationTypeFromRegistry(word: string): OrganisationType | undefined {
  return BY_REGISTRY_WORD.get(word.trim())
}

/**
 * The name people know: "เทศบาลตำบลคลองท่อมใต้", "องค์การบริหารส่วนจังหวัดกระบี่", "เมืองพัทยา".
 * English pages keep the Thai proper name (DLA publishes no romanisation) after the English type.
 */
export function organisationDisplayName(type: OrganisationType, nameTh: string, locale: 'th' | 'en' = 'th'): string {
  const label = ORGANISATION_TYPE_LABELS[type]
  if (locale === 'en') return type === 'special' ? nameTh : `${label.en} ${nameTh}`
  return `${label.th}${nameTh}`
}
