import { describedBy, ErrorMessage, hintId } from './field.js'

export type InputProps = {
  id: string
  name?: string
  label: string
  hint?: string
  error?: string
  errorPrefix: string
  value?: string
  type?: 'text' | 'password' | 'email' | 'number' | 'search' | 'datetime-local' | 'date' | 'file'
  autocomplete?: string
  accept?: string
  width?: 'full' | 'half' | 'short'
  required?: boolean
}

/** A labelled text input in the GOV.UK scheme: `id-hint`, `id-error`, joined in aria-describedby. */
export function Input(p: InputProps) {
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
      <input
        class={`input input--${p.width ?? 'full'}`}
        id={p.id}
        name={p.name ?? p.id}
        type={p.type ?? 'text'}
        value={p.type === 'password' || p.type === 'file' ? undefined : p.value}
        autocomplete={p.autocomplete}
        accept={p.accept}
        aria-describedby={describedBy(p)}
        aria-invalid={p.error ? 'true' : undefined}
      />
    </div>
  )
}
