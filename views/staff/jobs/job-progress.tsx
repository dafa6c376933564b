import { isJobUnderWay, type JobStatus } from '../../../src/domain/jobs.js'

/** One job as its page shows it, in words already chosen for the reader's language. */
export type JobView = {
  id: number
  title: string
  status: JobStatus
  statusLabel: string
  startedAt: string
  /** "12 จาก 250 อปท.", or a line saying the count is being made. */
  progressText: string
  percent: number
  /** What the reader should know or do now. */
  message: string
  downloadHref?: string
  /** The download button's words when they are not `labels.download` (a PDF rather than a ZIP). */
  downloadLabel?: string
  startAgainHref?: string
  /** The start-again link's words when they are not `labels.startAgain` (new letters rather than the same job). */
  startAgainLabel?: string
}

export type JobProgressLabels = { progress: string; refresh: string; download: string; startAgain: string }

/**
 * The part of a job's page that changes. Without JavaScript the refresh link reloads the page;
 * with htmx the fragment asks for itself every two seconds while the job is under way, and
 * stops once it is done, failed or interrupted (the answer then has no trigger).
 */
export function JobProgress({ job, labels, selfHref }: { job: JobView; labels: JobProgressLabels; selfHref: string }) {
  const underWay = isJobUnderWay(job.status)
  return (
    <div
      id="job-progress"
      class="job-progress"
      data-status={job.status}
      hx-get={underWay ? `${selfHref}/progress` : undefined}
      hx-trigger={underWay ? 'every 2s' : undefined}
      hx-swap={underWay ? 'outerHTML' : undefined}
    >
      <p class="job-progress__status" role="status">
        <strong>{job.statusLabel}</strong> – <span data-progress>{job.progressText}</span>
      </p>
      <label class="job-progress__label" for={`job-${job.id}-bar`}>
        {labels.progress}
      </label>
      <progress id={`job-${job.id}-bar`} max={100} value={job.percent}>
        {job.percent}%
      </progress>
      <p>{job.message}</p>
      {underWay && (
        <p>
          <a class="button button--secondary" href={selfHref}>
            {labels.refresh}
          </a>
        </p>
      )}
      {job.downloadHref && (
        <p>
          <a class="button" href={job.downloadHref} download>
            {job.downloadLabel ?? labels.download}
          </a>
        </p>
      )}
      {job.startAgainHref && (
        <p>
          <a href={job.startAgainHref}>{job.startAgainLabel ?? labels.startAgain}</a>
        </p>
      )}
    </div>
  )
}
