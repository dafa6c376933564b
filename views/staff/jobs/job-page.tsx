import { JobProgress, type JobProgressLabels, type JobView } from './job-progress.js'
import { PublishReport, type PublishReportProps } from './publish-report.js'

/** A background job's own page: what it is, when it was started, and its progress or result. */
export function JobPage(p: {
  job: JobView
  labels: JobProgressLabels & { started: string; back: string }
  publish?: PublishReportProps
}) {
  const self = `/staff/jobs/${p.job.id}`
  return (
    <>
      <h1 class="heading-l">{p.job.title}</h1>
      <p class="hint">
        {p.labels.started}: {p.job.startedAt}
      </p>
      <JobProgress job={p.job} labels={p.labels} selfHref={self} />
      {p.publish && <PublishReport {...p.publish} />}
      <p>
        <a href="/staff/jobs">{p.labels.back}</a>
      </p>
    </>
  )
}
