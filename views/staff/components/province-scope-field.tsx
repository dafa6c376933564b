import { Select, type SelectOption } from '../../components/select.js'

/** The provinces a job may cover: DLA chooses one (or the country), a provincial officer's is fixed. */
export type ProvinceScope = { options: SelectOption[]; value: string } | { fixed: string; value: string }

/** The `province` field of a job's form: a choice, or the officer's own province shown and carried. */
export function ProvinceScopeField(p: { scope: ProvinceScope; label: string; error?: string; errorPrefix: string }) {
  const { scope } = p
  if ('options' in scope)
    return (
      <Select
        id="province"
        label={p.label}
        options={scope.options}
        value={scope.value}
        error={p.error}
        errorPrefix={p.errorPrefix}
      />
    )
  return (
    <>
      <input type="hidden" name="province" value={scope.value} />
      <p>
        {p.label}: <strong>{scope.fixed}</strong>
      </p>
      {p.error && (
        <p id="province" class="error-message">
          {p.error}
        </p>
      )}
    </>
  )
}
