/**
 * The annual reports DLA published (public edition, finalised round): each scope's latest PDF
 * at a fixed address under /open-data/reports/, and the links to them that the open-data page
 * and an organisation's public results page show.
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { Hono } from 'hono'
import { publishedReportsDir, type Config } from '../../config.js'
import type { Db } from '../../db/client.js'
import { listPublishedReports, publishedReportOf } from '../../db/queries/published-reports.js'
import { formatScopeKey } from '../../domain/scope.js'
import { contentDisposition } from '../../exports/results-export.js'
import { formatDate } from '../../i18n/format.js'
import type { Locale } from '../../i18n/messages.js'
import { openDataTranslator } from '../../i18n/open-data.js'
import { reportFileName } from '../../reports/report-file-name.js'
import { resolveLocale } from '../locale.js'
import { renderStatus } from '../status.js'
import { OPEN_DATA_HOME, publishedReportPath, publishedReportScope } from './paths.js'

export type PublishedReportLink = { href: string; text: string; scope: string }

/** Links to the published reports, the country first; `provinceCode` keeps the country and that province only. */
export function publishedReportLinks(db: Db, locale: Locale, provinceCode?: string): PublishedReportLink[] {
  const t = openDataTranslator(locale)
  return listPublishedReports(db)
    .filter((r) => provinceCode === undefined || r.province === null || r.province.code === provinceCode)
    .map((r) => {
      const round = locale === 'en' ? r.round.nameEn : r.round.nameTh
      const at = formatDate(r.publishedAt, locale)
      return {
        scope: r.scope,
        href: publishedReportPath(r.province ? { kind: 'province', provinceCode: r.province.code } : { kind: 'national' }),
        text: r.province
          ? t('reports.province', { name: locale === 'en' ? r.province.nameEn : r.province.nameTh, round, at })
          : t('reports.national', { round, at }),
      }
    })
}

export function publishedReportRoutes({ db, config }: { db: Db; config: Config }) {
  const app = new Hono()
  app.get(`${OPEN_DATA_HOME}/reports/:file`, async (c) => {
    const key = publishedReportScope(c.req.param('file'))
    const report = key && publishedReportOf(db, formatScopeKey(key))
    const path = report && join(publishedReportsDir(config), report.fileName)
    const size =
      path &&
      (await stat(path).then(
        (s) => s.size,
        () => undefined,
      ))
    if (!key || !path || size === undefined) return renderStatus(c, resolveLocale(c), 'pageNotFound', 404)
    const province = key.kind === 'province' ? listPublishedReports(db).find((r) => r.scope === report.scope)?.province : null
    return c.body(Readable.toWeb(createReadStream(path)) as ReadableStream, 200, {
      'Content-Type': 'application/pdf',
      'Content-Length': String(size),
      'Content-Disposition': contentDisposition(reportFileName(key, 'public', province?.nameTh)),
      // Replaced in place when DLA publishes the next one: cached briefly, as the open datasets are.
      'Cache-Control': 'public, max-age=300',
    })
  })
  return app
}
