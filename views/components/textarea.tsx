import { describedBy, Field, type FieldProps } from './field.js'

export function Textarea(p: Omit<FieldProps, 'children'> & { value: string; maxLength: number }) {
  return (
    <Field id={p.id} label={p.label} hint={p.hint} error={p.error} errorPrefix={p.errorPrefix}>
      <textarea class="textarea" id={p.id} name={p.id} rows={4} maxlength={p.maxLength} aria-describedby={describedBy(p)}>
        {p.value}
      </textarea>
    </Field>
  )
}
