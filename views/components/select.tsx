import { describedBy, Field, type FieldProps } from './field.js'

export type SelectOption = { value: string; label: string }

export function Select(p: Omit<FieldProps, 'children'> & { name?: string; options: SelectOption[]; value?: string }) {
  return (
    <Field id={p.id} label={p.label} hint={p.hint} error={p.error} errorPrefix={p.errorPrefix}>
      <select class="select" id={p.id} name={p.name ?? p.id} aria-describedby={describedBy(p)}>
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === p.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  )
}
