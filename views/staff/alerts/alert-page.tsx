import { ErrorSummary } from '../../components/error-summary.js'
import { AlertCard, type AlertCardProps } from './alert-list.js'

export type AlertPageProps = {
  title: string
  back: { href: string; text: string }
  errorSummary?: { title: string; errors: { href: string; text: string }[] }
  /** Shown instead of the form once the alert has closed. */
  closedNote?: string
  alert: AlertCardProps
}

/** One alert and its acknowledgement form: where the webhook's link lands, and where a form with a mistake comes back. */
export function AlertPage(p: AlertPageProps) {
  return (
    <>
      <p>
        <a href={p.back.href}>{p.back.text}</a>
      </p>
      {p.errorSummary && <ErrorSummary {...p.errorSummary} />}
      <h1 class="heading-l">{p.title}</h1>
      {p.closedNote ? (
        <div class="alert-card alert-card--acknowledged">
          <h2 class="alert-card__title">{p.alert.heading}</h2>
          <p>{p.alert.description}</p>
          <p>{p.closedNote}</p>
        </div>
      ) : (
        <AlertCard {...p.alert} headingLevel={2} />
      )}
    </>
  )
}
