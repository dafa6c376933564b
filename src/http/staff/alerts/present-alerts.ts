/** Live alerts as the views show them: words in the page's language, Thai dates, the acknowledgement form. Pure. */
import type { AlertView } from '../../../db/queries/alerts.js'
import { MAX_ALERT_COMMENT } from '../../../domain/alerts/vocabulary.js'
import { formatDateTime } from '../../../i18n/format.js'
import type { Locale } from '../../../i18n/messages.js'
import { alertsTranslator } from '../../../i18n/staff/alerts.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import { alertOrganisationName, alertPointName, describeAlert } from '../../../alerts/describe-alert.js'
import type { AlertCardProps, AlertSectionProps } from '../../../../views/staff/alerts/alert-list.js'

export type AlertPresentation = {
  locale: Locale
  csrfToken: string
  from: 'organisation' | 'province'
  lowSharePercent: number
  /** The province page names each alert's organisation. */
  showOrganisation: boolean
}

export const alertHref = (id: number) => `/staff/alerts/${id}`

export function presentAlertCard(
  alert: AlertView,
  p: AlertPresentation,
  form: { value?: string; error?: string } = {},
): AlertCardProps {
  const t = alertsTranslator(p.locale)
  return {
    id: alert.id,
    heading: `${t(`alerts.rule.${alert.rule}`)}: ${alertPointName(alert, p.locale)} (${alert.pointCode})`,
    organisation: p.showOrganisation
      ? { name: alertOrganisationName(alert, p.locale), href: `/staff/organisations/${alert.organisationId}#alerts` }
      : undefined,
    description: describeAlert(alert, p.locale, p.lowSharePercent),
    since: t('alerts.since', { at: formatDateTime(alert.openedAt, p.locale) }),
    status: t(alert.status === 'acknowledged' ? 'alerts.status.acknowledged' : 'alerts.status.open'),
    acknowledged: alert.status === 'acknowledged',
    acknowledgement:
      alert.status === 'acknowledged' && alert.acknowledgedAt !== null
        ? {
            by: t('alerts.acknowledgedBy', {
              name: alert.acknowledgedBy ?? '',
              at: formatDateTime(alert.acknowledgedAt, p.locale),
            }),
            causeLabel: t('alerts.cause'),
            cause: alert.comment ?? '',
          }
        : undefined,
    form: {
      action: `${alertHref(alert.id)}/acknowledge`,
      csrfToken: p.csrfToken,
      from: p.from,
      fieldId: `comment-${alert.id}`,
      label: t('alerts.comment.label'),
      hint: t('alerts.comment.hint', { max: MAX_ALERT_COMMENT }),
      submit: t('alerts.acknowledge'),
      maxLength: MAX_ALERT_COMMENT,
      errorPrefix: staffTranslator(p.locale)('staff.error.inlinePrefix'),
      // An acknowledged alert's form holds its cause, to be corrected rather than typed again.
      value: form.value ?? alert.comment ?? undefined,
      error: form.error,
    },
  }
}

export function presentAlertSection(alerts: AlertView[], p: AlertPresentation): AlertSectionProps {
  const t = alertsTranslator(p.locale)
  return {
    title: t(p.showOrganisation ? 'alerts.provinceTitle' : 'alerts.title'),
    intro: t('alerts.intro'),
    none: t('alerts.none'),
    alerts: alerts.map((a) => presentAlertCard(a, p)),
  }
}
