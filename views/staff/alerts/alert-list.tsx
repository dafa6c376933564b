import { describedBy, Field } from '../../components/field.js'

export type AcknowledgeFormProps = {
  action: string
  csrfToken: string
  /** Where to go back to afterwards: the organisation's page or the province's. */
  from: 'organisation' | 'province'
  /** Unique on the page: several alerts each have their own field. */
  fieldId: string
  label: string
  hint: string
  submit: string
  maxLength: number
  errorPrefix: string
  value?: string
  error?: string
}

export type AlertCardProps = {
  id: number
  /** "Rule: point (code)". */
  heading: string
  organisation?: { name: string; href: string }
  description: string
  since: string
  status: string
  acknowledged: boolean
  acknowledgement?: { by: string; causeLabel: string; cause: string }
  form: AcknowledgeFormProps
}

/** The cause an officer gives; a plain POST, so it works without JavaScript. */
export function AcknowledgeForm(p: AcknowledgeFormProps) {
  return (
    <form method="post" action={p.action} novalidate>
      <input type="hidden" name="_csrf" value={p.csrfToken} />
      <input type="hidden" name="from" value={p.from} />
      <Field id={p.fieldId} label={p.label} hint={p.hint} error={p.error} errorPrefix={p.errorPrefix}>
        <textarea
          class="textarea"
          id={p.fieldId}
          name="comment"
          rows={3}
          maxlength={p.maxLength}
          aria-describedby={describedBy({ id: p.fieldId, hint: p.hint, error: p.error })}
        >
          {p.value ?? ''}
        </textarea>
      </Field>
      <button type="submit" class="button button--small">
        {p.submit}
      </button>
    </form>
  )
}

export function AlertCard(p: AlertCardProps & { headingLevel: 2 | 3 }) {
  const Heading = p.headingLevel === 2 ? 'h2' : 'h3'
  return (
    <div class={`alert-card${p.acknowledged ? ' alert-card--acknowledged' : ''}`} id={`alert-${p.id}`}>
      <Heading class="alert-card__title">{p.heading}</Heading>
      {p.organisation && (
        <p>
          <a href={p.organisation.href}>{p.organisation.name}</a>
        </p>
      )}
      <p>{p.description}</p>
      <p class="hint">
        {p.since} · <span class={`tag ${p.acknowledged ? 'tag--grey' : 'tag--red'}`}>{p.status}</span>
      </p>
      {p.acknowledgement && (
        <p>
          {p.acknowledgement.by}
          <br />
          <strong>{p.acknowledgement.causeLabel}</strong> {p.acknowledgement.cause}
        </p>
      )}
      <AcknowledgeForm {...p.form} />
    </div>
  )
}

export type AlertSectionProps = {
  title: string
  intro: string
  none: string
  alerts: AlertCardProps[]
}

/** The live alerts of an organisation or a province, under their own heading (`#alerts`). */
export function AlertSection(p: AlertSectionProps) {
  return (
    <section aria-labelledby="alerts-title" id="alerts">
      <h2 class="heading-m" id="alerts-title">
        {p.title}
      </h2>
      <p class="hint">{p.intro}</p>
      {p.alerts.length === 0 ? <p>{p.none}</p> : p.alerts.map((alert) => <AlertCard {...alert} headingLevel={3} />)}
    </section>
  )
}
