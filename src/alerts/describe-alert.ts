/** An alert in words, for the staff pages and the webhook: its rule and what its figure says. */
import type { AlertView } from '../db/queries/alerts.js'
import { organisationDisplayName } from '../domain/organisation-types.js'
import { formatCount, formatDecimal } from '../i18n/format.js'
import type { Locale } from '../i18n/messages.js'
import { alertsTranslator } from '../i18n/staff/alerts.js'

export type DescribedAlert = Pick<AlertView, 'rule' | 'figure' | 'basis'>

export function describeAlert(alert: DescribedAlert, locale: Locale, lowSharePercent: number): string {
  return alertsTranslator(locale)(`alerts.describe.${alert.rule}`, {
    figure: formatDecimal(alert.figure, 1),
    basis: formatCount(alert.basis),
    threshold: formatDecimal(lowSharePercent, lowSharePercent % 1 === 0 ? 0 : 1),
  })
}

export const alertPointName = (a: Pick<AlertView, 'pointNameTh' | 'pointNameEn'>, locale: Locale) =>
  locale === 'en' && a.pointNameEn ? a.pointNameEn : a.pointNameTh

export const alertOrganisationName = (a: Pick<AlertView, 'organisationType' | 'organisationNameTh'>, locale: Locale) =>
  organisationDisplayName(a.organisationType, a.organisationNameTh, locale)
