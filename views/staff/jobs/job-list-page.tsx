import type { JobView } from './job-progress.js'

export type JobListLabels = { title: string; intro: string; empty: string; job: string; started: string; status: string }

/** The signed-in person's recent jobs, newest first, each linking to its page. */
export function JobListPage({
  jobs,
  labels,
  startLinks,
}: {
  jobs: JobView[]
  labels: JobListLabels
  startLinks: { href: string; label: string }[]
}) {
  return (
    <>
      <h1 class="heading-l">{labels.title}</h1>
      <p>{labels.intro}</p>
      {startLinks.length > 0 && (
        <ul>
          {startLinks.map((link) => (
            <li>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      )}
      {jobs.length === 0 ? (
        <p class="hint">{labels.empty}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{labels.job}</th>
                <th scope="col">{labels.started}</th>
                <th scope="col">{labels.status}</th>
              </tr>
            </thead>
            <tbody>
              {jobs.map((job) => (
                <tr>
                  <td>
                    <a href={`/staff/jobs/${job.id}`}>{job.title}</a>
                  </td>
                  <td>{job.startedAt}</td>
                  <td>
                    {job.statusLabel} – {job.progressText}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
