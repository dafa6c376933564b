import { describedBy, Field, type FieldProps } from './field.js'

export type InputProps = Omit<FieldProps, 'children'> & {
  name?: string
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
    <Field id={p.id} label={p.label} hint={p.hint} error={p.error} errorPrefix={p.errorPrefix}>
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
    </Field>
  )
}
