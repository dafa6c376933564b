export type ErrorLink = { href: string; text: string }

/** GOV.UK error summary: above the heading, links to each field, focused by script when present. */
export function ErrorSummary({ title, errors }: { title: string; errors: ErrorLink[] }) {
  if (errors.length === 0) return null
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1} data-error-summary>
      <h2 id="error-summary-title" class="error-summary__title">
        {title}
      </h2>
      <ul class="error-summary__list">
        {errors.map((e) => (
          <li>{e.href ? <a href={e.href}>{e.text}</a> : e.text}</li>
        ))}
      </ul>
    </div>
  )
}
