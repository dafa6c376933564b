import { ErrorSummary, type ErrorLink } from '../components/error-summary.js'
import { Input } from '../components/input.js'

export type SignInPageProps = {
  labels: { title: string; username: string; password: string; submit: string; summaryTitle: string; errorPrefix: string }
  username: string
  next: string
  errors: ErrorLink[]
  notice?: string
  /** For an officer holding an activation letter, who has no password yet. */
  activateLink?: string
}

export function SignInPage(p: SignInPageProps) {
  const fieldError = p.errors.find((e) => e.href === '#username')?.text
  return (
    <>
      <ErrorSummary title={p.labels.summaryTitle} errors={p.errors} />
      {p.notice && (
        <div class="banner" role="status">
          {p.notice}
        </div>
      )}
      <h1 class="heading-l">{p.labels.title}</h1>
      <form method="post" action="/staff/sign-in" novalidate class="narrow-form">
        <input type="hidden" name="next" value={p.next} />
        <Input
          id="username"
          label={p.labels.username}
          value={p.username}
          autocomplete="username"
          width="half"
          error={fieldError}
          errorPrefix={p.labels.errorPrefix}
        />
        <Input
          id="password"
          label={p.labels.password}
          type="password"
          autocomplete="current-password"
          width="half"
          errorPrefix={p.labels.errorPrefix}
        />
        <button type="submit" class="button">
          {p.labels.submit}
        </button>
      </form>
      {p.activateLink && (
        <p class="body">
          <a href="/staff/activate">{p.activateLink}</a>
        </p>
      )}
    </>
  )
}
