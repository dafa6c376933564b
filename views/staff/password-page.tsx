import { ErrorSummary, type ErrorLink } from '../components/error-summary.js'
import { Input } from '../components/input.js'

export type PasswordPageProps = {
  labels: {
    title: string
    current: string
    new: string
    newHint: string
    confirm: string
    submit: string
    summaryTitle: string
    errorPrefix: string
  }
  csrfToken: string
  errors: Record<string, string>
  notice?: string
}

export function PasswordPage(p: PasswordPageProps) {
  const links: ErrorLink[] = Object.entries(p.errors).map(([field, text]) => ({ href: `#${field}`, text }))
  return (
    <>
      <ErrorSummary title={p.labels.summaryTitle} errors={links} />
      {p.notice && (
        <div class="banner" role="status">
          {p.notice}
        </div>
      )}
      <h1 class="heading-l">{p.labels.title}</h1>
      <form method="post" action="/staff/password" novalidate>
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        <Input
          id="current"
          label={p.labels.current}
          type="password"
          autocomplete="current-password"
          width="half"
          error={p.errors.current}
          errorPrefix={p.labels.errorPrefix}
        />
        <Input
          id="password"
          label={p.labels.new}
          hint={p.labels.newHint}
          type="password"
          autocomplete="new-password"
          width="half"
          error={p.errors.password}
          errorPrefix={p.labels.errorPrefix}
        />
        <Input
          id="confirm"
          label={p.labels.confirm}
          type="password"
          autocomplete="new-password"
          width="half"
          error={p.errors.confirm}
          errorPrefix={p.labels.errorPrefix}
        />
        <button type="submit" class="button">
          {p.labels.submit}
        </button>
      </form>
    </>
  )
}
