import { ErrorSummary } from '../../components/error-summary.js'
import { ProvinceScopeField, type ProvinceScope } from '../components/province-scope-field.js'
import { Fieldset } from '../../components/field.js'
import { WorkingSubmit } from '../components/working-submit.js'
import { Choices } from '../../components/choices.js'

export type PosterBundleLabels = {
  title: string
  intro: string
  scope: string
  size: string
  sizeA4: string
  sizeA5: string
  per: string
  perOrganisation: string
  perDistrict: string
  start: string
  /** The button's words once pressed (staff.working). */
  working: string
  errorPrefix: string
  errorSummaryTitle: string
  jobs: string
}

export type PosterBundlePageProps = {
  labels: PosterBundleLabels
  csrfToken: string
  /** A list for DLA (the country or one province); a fixed line for a provincial officer. */
  scope: ProvinceScope
  size: string
  per: string
  errors: { province?: string; size?: string; per?: string }
}

/** Starting a poster bundle: choose the scope and paper, then one button queues the job. */
export function PosterBundlePage({ labels, csrfToken, scope, size, per, errors }: PosterBundlePageProps) {
  const summary = Object.entries(errors).map(([field, text]) => ({ href: `#${field}`, text }))
  return (
    <>
      <ErrorSummary title={labels.errorSummaryTitle} errors={summary} />
      <h1 class="heading-l">{labels.title}</h1>
      <p>{labels.intro}</p>
      <form method="post" action="/staff/posters/bundle" novalidate>
        <input type="hidden" name="_csrf" value={csrfToken} />
        <ProvinceScopeField scope={scope} label={labels.scope} error={errors.province} errorPrefix={labels.errorPrefix} />
        <Fieldset id="size" legend={labels.size} error={errors.size} errorPrefix={labels.errorPrefix}>
          <Choices
            name="size"
            type="radio"
            inline
            options={[
              { value: 'a4', label: labels.sizeA4 },
              { value: 'a5', label: labels.sizeA5 },
            ]}
            checked={[size]}
          />
        </Fieldset>
        <Fieldset id="per" legend={labels.per} error={errors.per} errorPrefix={labels.errorPrefix}>
          <Choices
            name="per"
            type="radio"
            options={[
              { value: 'organisation', label: labels.perOrganisation },
              { value: 'district', label: labels.perDistrict },
            ]}
            checked={[per]}
          />
        </Fieldset>
        <WorkingSubmit label={labels.start} working={labels.working} />
      </form>
      <p>
        <a href="/staff/jobs">{labels.jobs}</a>
      </p>
    </>
  )
}
