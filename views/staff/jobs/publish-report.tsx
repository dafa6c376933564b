import { PostButton } from '../../components/post-button.js'

export type PublishReportProps = {
  heading: string
  body: string
  /** The published copy, once this job's report is the one published. */
  link?: { href: string; text: string }
  openData: { href: string; text: string }
  action?: { href: string; label: string; csrfToken: string }
}

/** Under a finished public annual report: publish it to the open-data page, or where it is published. */
export function PublishReport(p: PublishReportProps) {
  return (
    <section aria-labelledby="publish-report-title" class="publish-report" data-publish-report>
      <h2 class="heading-m" id="publish-report-title">
        {p.heading}
      </h2>
      <p>{p.body}</p>
      {p.link && (
        <p>
          <a href={p.link.href}>{p.link.text}</a>
        </p>
      )}
      {p.action && <PostButton action={p.action.href} csrfToken={p.action.csrfToken} label={p.action.label} />}
      <p>
        <a href={p.openData.href}>{p.openData.text}</a>
      </p>
    </section>
  )
}
