/** Audit rows as the page shows them: BE times, action labels, what each entry concerns, a short detail. */
import { AUDIT_ACTIONS, type AuditAction } from '../../../domain/audit-actions.js'
import type { AuditRow } from '../../../db/queries/audit-log.js'
import { organisationDisplayName } from '../../../domain/organisation-types.js'
import type { Locale, Translate } from '../../../i18n/messages.js'
import { targetTypeLabel, type AuditKey } from '../../../i18n/staff/audit.js'
import { formatDateTime } from '../../../i18n/format.js'
import type { AuditItem } from '../../../../views/staff/audit/audit-types.js'

const DETAIL_MAX = 160

export const isAuditAction = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action)

export const actionLabel = (t: Translate<AuditKey>, action: string) =>
  isAuditAction(action) ? t(`audit.action.${action}`) : action

const valueText = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? value.map(valueText).join(', ') : JSON.stringify(value)

/** `reason: wrong_password; changed: displayName, email`, cut to a line's length. */
export function detailSummary(detail: unknown): string {
  if (detail === null || detail === undefined) return ''
  const text =
    typeof detail === 'object' && !Array.isArray(detail)
      ? Object.entries(detail as Record<string, unknown>)
          .map(([key, value]) => `${key}: ${valueText(value)}`)
          .join('; ')
      : valueText(detail)
  return text.length > DETAIL_MAX ? `${text.slice(0, DETAIL_MAX - 1)}…` : text
}

function target(t: Translate<AuditKey>, row: AuditRow): AuditItem['target'] {
  if (!row.targetType) return undefined
  const label = targetTypeLabel(t, row.targetType)
  if (row.targetType === 'user' && row.targetUsername)
    return { text: `${label} ${row.targetUsername}`, href: `/staff/users/${row.targetId}` }
  return { text: row.targetId ? `${label} #${row.targetId}` : label }
}

function where(t: Translate<AuditKey>, locale: Locale, row: AuditRow): string {
  if (row.organisation)
    return `${organisationDisplayName(row.organisation.type, row.organisation.nameTh, locale)} (${row.organisation.dlaCode})`
  if (row.province) return t('audit.province', { name: locale === 'th' ? row.province.nameTh : row.province.nameEn })
  return ''
}

export function toAuditItem(t: Translate<AuditKey>, locale: Locale, row: AuditRow): AuditItem {
  return {
    at: formatDateTime(row.at, locale),
    atIso: row.at.toISOString(),
    actor: row.actorUsername ?? t('audit.actor.none'),
    actionLabel: actionLabel(t, row.action),
    target: target(t, row),
    where: where(t, locale, row),
    detail: detailSummary(row.detail),
  }
}
