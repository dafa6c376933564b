import { ErrorSummary, type ErrorLink } from '../../components/error-summary.js'
import { ErrorMessage, describedBy, hintId } from '../../components/field.js'
import { Pagination, type PaginationProps } from '../../components/pagination.js'

/** A decision form: a reason and the two buttons; the button pressed says the decision. */
export type DecisionForm = {
  /** The reason field's id, unique on the page. */
  id: string
  legend: string
  hidden: Record<string, string>
  reason: string
  error?: string
}

export type ReviewAnswerRow = {
  number: string
  ratings: string
  comment?: string
  decision: string
  form?: DecisionForm
}

export type ReviewGroupPageProps = {
  title: string
  back: { href: string; text: string }
  privacy: string
  done?: string
  /** Set when the round is final: no forms, only this. */
  finalised?: string
  errorTitle: string
  errors: ErrorLink[]
  action: string
  csrfToken: string
  labels: {
    reason: string
    reasonHint: string
    count: string
    keepOut: string
    errorPrefix: string
    answers: string
    number: string
    answersCol: string
    decision: string
  }
  groupForm?: DecisionForm
  rows: ReviewAnswerRow[]
  pagination: PaginationProps
  reasonMaxLength: number
}

function DecisionFields(p: {
  form: DecisionForm
  action: string
  csrfToken: string
  labels: ReviewGroupPageProps['labels']
  maxLength: number
}) {
  const { form, labels } = p
  const frame = { id: form.id, hint: labels.reasonHint, error: form.error }
  return (
    <form method="post" action={p.action} class="decision-form">
      <input type="hidden" name="_csrf" value={p.csrfToken} />
      {Object.entries(form.hidden).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <fieldset class="fieldset">
        <legend class="fieldset__legend">{form.legend}</legend>
        <div class={form.error ? 'field field--error' : 'field'}>
          <label class="label" for={form.id}>
            {labels.reason}
          </label>
          <p id={hintId(form.id)} class="hint">
            {labels.reasonHint}
          </p>
          {form.error && <ErrorMessage id={form.id} text={form.error} prefix={labels.errorPrefix} />}
          <input
            class="input input--full"
            id={form.id}
            name="reason"
            type="text"
            maxlength={p.maxLength}
            value={form.reason}
            aria-describedby={describedBy(frame)}
            aria-invalid={form.error ? 'true' : undefined}
          />
        </div>
        <div class="button-group">
          <button type="submit" name="decision" value="count" class="button button--small">
            {labels.count}
          </button>
          <button type="submit" name="decision" value="keep_out" class="button button--small button--secondary">
            {labels.keepOut}
          </button>
        </div>
      </fieldset>
    </form>
  )
}

/** One group of flagged answers: decide it whole, or answer by answer. */
export function ReviewGroupPage(p: ReviewGroupPageProps) {
  const fields = (form: DecisionForm) => (
    <DecisionFields form={form} action={p.action} csrfToken={p.csrfToken} labels={p.labels} maxLength={p.reasonMaxLength} />
  )
  return (
    <>
      <ErrorSummary title={p.errorTitle} errors={p.errors} />
      <p>
        <a href={p.back.href}>{p.back.text}</a>
      </p>
      <h1 class="heading-l">{p.title}</h1>
      {p.done && (
        <p class="notice notice--success" role="status">
          {p.done}
        </p>
      )}
      {p.finalised && <p class="notice">{p.finalised}</p>}
      {p.groupForm && fields(p.groupForm)}
      <h2 class="heading-m">{p.labels.answers}</h2>
      <p class="hint">{p.privacy}</p>
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{p.labels.number}</th>
              <th scope="col">{p.labels.answersCol}</th>
              <th scope="col">{p.labels.decision}</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr>
                <td>{r.number}</td>
                <td>
                  <span class="nowrap">{r.ratings}</span>
                  {r.comment && <p class="comment">{r.comment}</p>}
                </td>
                <td>
                  <p>{r.decision}</p>
                  {r.form && fields(r.form)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination {...p.pagination} />
    </>
  )
}
