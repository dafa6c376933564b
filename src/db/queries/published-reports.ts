/**
 * Published annual reports: the public edition a DLA officer made public for the country or a
 * province, one per scope, replaced by the next. The files live beside the database
 * (PUBLISHED_REPORTS_DIR); these rows say which one is current and for which round.
 *
 * @example
 * publishReport(db, { scope: 'province:81', roundId: 3, jobId: 12, fileName: 'province-81.pdf', publishedBy: 1 }, new Date(now))
 * publishedReports(db) // the country first, then each province by code
 */
import { asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../client.js'
import { provinces, publishedReports, rounds } from '../schema.js'

export type PublishedReport = typeof publishedReports.$inferSelect

export function publishReport(db: Db, report: Omit<PublishedReport, 'publishedAt'>, now: Date): void {
  db.insert(publishedReports)
    .values({ ...report, publishedAt: now })
    .onConflictDoUpdate({
      target: publishedReports.scope,
      set: {
        roundId: report.roundId,
        jobId: report.jobId,
        fileName: report.fileName,
        publishedBy: report.publishedBy,
        publishedAt: now,
      },
    })
    .run()
}

export function publishedReportOf(db: Db, scope: string): PublishedReport | undefined {
  return db.select().from(publishedReports).where(eq(publishedReports.scope, scope)).get()
}

export type PublishedReportListing = {
  scope: string
  publishedAt: Date
  round: { nameTh: string; nameEn: string }
  province: { code: string; nameTh: string; nameEn: string } | null
}

/** Every published report with its round's and province's names: the country first, then provinces by code. */
export function listPublishedReports(db: Db): PublishedReportListing[] {
  return db
    .select({
      scope: publishedReports.scope,
      publishedAt: publishedReports.publishedAt,
      roundTh: rounds.nameTh,
      roundEn: rounds.nameEn,
      code: provinces.code,
      provinceTh: provinces.nameTh,
      provinceEn: provinces.nameEn,
    })
    .from(publishedReports)
    .innerJoin(rounds, eq(rounds.id, publishedReports.roundId))
    .leftJoin(provinces, eq(sql`'province:' || ${provinces.code}`, publishedReports.scope))
    .orderBy(asc(provinces.code))
    .all()
    .map((r) => ({
      scope: r.scope,
      publishedAt: r.publishedAt,
      round: { nameTh: r.roundTh, nameEn: r.roundEn },
      province: r.code === null ? null : { code: r.code, nameTh: r.provinceTh!, nameEn: r.provinceEn! },
    }))
}
