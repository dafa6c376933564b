/** The link to the annual report's page, keeping the round the Downloads page shows. */
import type { Locale } from '../../../i18n/messages.js'
import { reportsTranslator } from '../../../i18n/staff/reports.js'
import { ANNUAL_REPORT_PATH } from './annual-report-routes.js'

export function annualReportLink(locale: Locale, round: string | undefined) {
  const t = reportsTranslator(locale)
  return {
    href: round ? `${ANNUAL_REPORT_PATH}?round=${encodeURIComponent(round)}` : ANNUAL_REPORT_PATH,
    label: t('report.link'),
    hint: t('report.link.hint'),
  }
}
