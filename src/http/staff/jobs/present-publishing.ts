/** The job page's "publish" box for a DLA officer's public annual report: the button, or where it is published. */
import type { Db } from '../../../db/client.js'
import type { Job } from '../../../db/queries/jobs.js'
import { publishedReportOf } from '../../../db/queries/published-reports.js'
import { parseScopeKey } from '../../../domain/scope.js'
import { formatDateTime } from '../../../i18n/format.js'
import type { Locale } from '../../../i18n/messages.js'
import { reportsTranslator } from '../../../i18n/staff/reports.js'
import type { PublishReportProps } from '../../../../views/staff/jobs/publish-report.js'
import { OPEN_DATA_HOME, publishedReportPath } from '../../open-data/paths.js'
import { publishable, publishPath } from './publish-report-routes.js'

export function presentPublishing(db: Db, job: Job, locale: Locale, csrfToken: string): PublishReportProps | undefined {
  const key = parseScopeKey(job.scope)
  if (!key || key.kind === 'organisation' || !publishable(db, job)) return undefined
  const t = reportsTranslator(locale)
  const current = publishedReportOf(db, job.scope)
  const published = current?.jobId === job.id
  return {
    heading: t('report.publish.title'),
    body: published
      ? t('report.publish.done', { at: formatDateTime(current.publishedAt, locale) })
      : t(current ? 'report.publish.replace' : 'report.publish.offer'),
    link: published ? { href: publishedReportPath(key), text: t('report.publish.link') } : undefined,
    openData: { href: OPEN_DATA_HOME, text: t('report.publish.openData') },
    action: published ? undefined : { href: publishPath(job.id), label: t('report.publish.submit'), csrfToken },
  }
}
