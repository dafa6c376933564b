/**
 * The annual report job: one PDF for the country or a province, for a round, in the staff or
 * the public edition (src/reports/). Progress counts the organisations whose rows are drawn.
 */
import { z } from 'zod'
import type { Config } from '../config.js'
import type { Db } from '../db/client.js'
import type { Job } from '../db/queries/jobs.js'
import { parseScopeKey } from '../domain/scope.js'
import { readReportSource, type ReportScope } from '../reports/annual-report-source.js'
import { writeAnnualReport } from '../reports/annual-report-pdf.js'
import type { JobKindRunner } from './job-runner.js'

export const annualReportOptions = z.object({ roundId: z.number().int().positive(), edition: z.enum(['staff', 'public']) })
export type AnnualReportOptions = z.infer<typeof annualReportOptions>

/** A report covers the country or a province. */
export function reportScope(job: Pick<Job, 'scope'>): ReportScope {
  const key = parseScopeKey(job.scope)
  if (key?.kind === 'national' || key?.kind === 'province') return key
  throw new Error(`an annual report covers the country or a province, not ${job.scope}`)
}

export function annualReportJob(
  db: Db,
  config: Pick<Config, 'RESULTS_MIN_RESPONSES' | 'EXCLUDE_FLAGGED' | 'MIN_FILL_SECONDS'>,
  now: () => number,
): JobKindRunner {
  return {
    extension: 'pdf',
    async run(job, step) {
      const { roundId, edition } = annualReportOptions.parse(job.options)
      const settings = {
        minimumResponses: config.RESULTS_MIN_RESPONSES,
        includeFlagged: !config.EXCLUDE_FLAGGED,
        minFillSeconds: config.MIN_FILL_SECONDS,
      }
      const source = readReportSource(db, { roundId, scope: reportScope(job), edition, settings })
      if (!source) throw new Error(`round ${roundId} was not found`)
      await writeAnnualReport(step.path, source, step, now())
    },
  }
}
