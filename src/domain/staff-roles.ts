/**
 * Staff roles: a DLA officer sees the country, a provincial officer one province, an LGU
 * officer one organisation.
 */
export const STAFF_ROLES = ['dla', 'province', 'lgu'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]
