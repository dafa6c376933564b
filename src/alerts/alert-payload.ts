/** The webhook's JSON body for one newly opened alert: enough for a chat message or a mail without another look-up. */
import type { AlertView } from '../db/queries/alerts.js'
import { alertsTranslator } from '../i18n/staff/alerts.js'
import { alertOrganisationName, describeAlert } from './describe-alert.js'

export function alertPayload(alert: AlertView, options: { baseUrl?: string; lowSharePercent: number }) {
  const th = alertsTranslator('th')
  const en = alertsTranslator('en')
  return {
    alert: {
      id: alert.id,
      rule: alert.rule,
      status: alert.status,
      openedAt: new Date(alert.openedAt).toISOString(),
      figure: alert.figure,
      basis: alert.basis,
    },
    rule: alert.rule,
    figure: alert.figure,
    servicePoint: { code: alert.pointCode, nameTh: alert.pointNameTh, nameEn: alert.pointNameEn },
    organisation: {
      dlaCode: alert.dlaCode,
      name: alertOrganisationName(alert, 'th'),
      nameEn: alertOrganisationName(alert, 'en'),
      provinceCode: alert.provinceCode,
    },
    summary: {
      th: `${th(`alerts.rule.${alert.rule}`)}: ${describeAlert(alert, 'th', options.lowSharePercent)}`,
      en: `${en(`alerts.rule.${alert.rule}`)}: ${describeAlert(alert, 'en', options.lowSharePercent)}`,
    },
    // Absolute with PUBLIC_BASE_URL; without it the receiver gets the path on this server.
    link: `${options.baseUrl ?? ''}/staff/alerts/${alert.id}`,
  }
}
