/**
 * Turns account rows into what the user views show: labels in the page's
 * language and Buddhist-Era dates.
 */
import type { UserRow } from '../../../db/queries/staff-users.js'
import { organisationDisplayName } from '../../../domain/organisation-types.js'
import type { Locale, Translate } from '../../../i18n/messages.js'
import { formatDate, formatDateTime } from '../../../i18n/format.js'
import type { UsersKey } from '../../../i18n/staff/users.js'
import type { UserListItem, UserSummary } from '../../../../views/staff/users/user-types.js'

export const userHref = (id: number) => `/staff/users/${id}`

/** Where an account works: the whole country, a province, or an LGU with its DLA code. */
export function scopeLabel(t: Translate<UsersKey>, locale: Locale, row: UserRow): string {
  if (row.organisation)
    return `${organisationDisplayName(row.organisation.type, row.organisation.nameTh, locale)} (${row.organisation.dlaCode})`
  if (row.province) return t('users.scope.province', { name: locale === 'th' ? row.province.nameTh : row.province.nameEn })
  return t('users.scope.national')
}

export function toListItem(t: Translate<UsersKey>, locale: Locale, row: UserRow): UserListItem {
  return {
    href: userHref(row.id),
    username: row.username,
    displayName: row.displayName,
    roleLabel: t(`staff.role.${row.role}`),
    scopeLabel: scopeLabel(t, locale, row),
    active: row.active,
    statusLabel: t(row.active ? 'users.active.yes' : 'users.active.no'),
    created: formatDate(row.createdAt, locale),
  }
}

export function toSummary(t: Translate<UsersKey>, locale: Locale, row: UserRow): UserSummary {
  return {
    ...toListItem(t, locale, row),
    id: row.id,
    email: row.email ?? '',
    created: formatDateTime(row.createdAt, locale),
    updated: formatDateTime(row.updatedAt, locale),
  }
}
