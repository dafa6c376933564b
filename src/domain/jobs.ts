/**
 * Background jobs: work that takes longer than a page load (a country's posters,
 * the annual report, a big batch of activation letters) runs in the server one at a time, and its page
 * shows how far it has got. A job survives nothing: whatever was queued or
 * running when the server stopped is marked interrupted and must be started again.
 */
export const JOB_KINDS = ['poster_bundle', 'annual_report', 'letters_pdf'] as const
export type JobKind = (typeof JOB_KINDS)[number]

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed', 'interrupted'] as const
export type JobStatus = (typeof JOB_STATUSES)[number]

/** Result files are deleted this many days after their job finished (JOB_FILES_KEEP_DAYS). */
export const DEFAULT_JOB_FILES_KEEP_DAYS = 7

/**
 * Failures a job's page explains in the reader's own words (the code is what the job records);
 * anything else is shown as it was thrown.
 */
export const JOB_FAILURES = ['letters_expired'] as const
export type JobFailureCode = (typeof JOB_FAILURES)[number]

export class JobFailure extends Error {
  constructor(readonly code: JobFailureCode) {
    super(code)
  }
}

export const jobFailureCode = (error: string | null): JobFailureCode | undefined => JOB_FAILURES.find((code) => code === error)

export const isJobUnderWay = (status: JobStatus) => status === 'queued' || status === 'running'

/** Whole percent done, never 100 before the last item, for the progress bar. */
export function jobPercent(done: number, total: number | null): number {
  if (!total || total <= 0) return 0
  if (done >= total) return 100
  return Math.min(99, Math.floor((done / total) * 100))
}
