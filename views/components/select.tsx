import { describedBy, ErrorMessage, hintId } from './field.js'

export type SelectOption = { value: string; label: string }

export function Select(p: {
  id: string
  name?: string
  label: string
  hint?: string
  error?: string
  errorPrefix: string
  options: SelectOption[]
  value?: string
}) {
  return (
    <div class={p.error ? 'field field--error' : 'field'}>
      <label class="label" for={p.id}>
        {p.label}
      </label>
      {p.hint && (
        <p id={hintId(p.id)} class="hint">
          {p.hint}
        </p>
      )}
      {p.error && <ErrorMessage id={p.id} text={p.error} prefix={p.errorPrefix} />}
      <select class="select" id={p.id} name={p.name ?? p.id} aria-describedby={describedBy(p)}>
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === p.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
