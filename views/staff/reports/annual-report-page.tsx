import { ErrorSummary } from '../../components/error-summary.js'
import { ProvinceScopeField, type ProvinceScope } from '../components/province-scope-field.js'
import { Fieldset } from '../../components/field.js'
import { WorkingSubmit } from '../components/working-submit.js'
import { Choices } from '../../components/choices.js'
import { Select, type SelectOption } from '../../components/select.js'

export type AnnualReportLabels = {
  title: string
  intro: string
  round: string
  scope: string
  edition: string
  editionStaff: string
  editionPublic: string
  start: string
  /** The button's words once pressed (staff.working). */
  working: string
  noRound: string
  errorPrefix: string
  errorSummaryTitle: string
  jobs: string
}

export type AnnualReportPageProps = {
  labels: AnnualReportLabels
  csrfToken: string
  /** Absent when the officer can see no round. */
  rounds?: { options: SelectOption[]; value: string }
  /** A list for DLA (the country or one province); a fixed line for a provincial officer. */
  scope: ProvinceScope
  edition: string
  errors: { round?: string; province?: string; edition?: string }
}

/** Starting an annual report: round, scope and edition, then one button queues the job. */
export function AnnualReportPage({ labels, csrfToken, rounds, scope, edition, errors }: AnnualReportPageProps) {
  const summary = Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text }))
  return (
    <>
      <ErrorSummary title={labels.errorSummaryTitle} errors={summary} />
      <h1 class="heading-l">{labels.title}</h1>
      <p>{labels.intro}</p>
      {!rounds ? (
        <p class="hint">{labels.noRound}</p>
      ) : (
        <form method="post" action="/staff/reports/annual" novalidate>
          <input type="hidden" name="_csrf" value={csrfToken} />
          <Select
            id="round"
            label={labels.round}
            options={rounds.options}
            value={rounds.value}
            error={errors.round}
            errorPrefix={labels.errorPrefix}
          />
          <ProvinceScopeField scope={scope} label={labels.scope} error={errors.province} errorPrefix={labels.errorPrefix} />
          <Fieldset id="edition" legend={labels.edition} error={errors.edition} errorPrefix={labels.errorPrefix}>
            <Choices
              name="edition"
              type="radio"
              options={[
                { value: 'staff', label: labels.editionStaff },
                { value: 'public', label: labels.editionPublic },
              ]}
              checked={[edition]}
            />
          </Fieldset>
          <WorkingSubmit label={labels.start} working={labels.working} />
        </form>
      )}
      <p>
        <a href="/staff/jobs">{labels.jobs}</a>
      </p>
    </>
  )
}
