import { Select, type SelectOption } from '../../components/select.js'

export type RoundPickerProps = {
  action: string
  label: string
  submit: string
  errorPrefix: string
  options: SelectOption[]
  value: string
  /** A line under the picker, e.g. the chosen round's window. */
  note?: string
}

/** A plain GET form choosing the round a collection page shows; works without JavaScript. */
export function RoundPicker(p: RoundPickerProps) {
  return (
    <>
      <form method="get" action={p.action} class="filters">
        <Select id="round" label={p.label} options={p.options} value={p.value} errorPrefix={p.errorPrefix} />
        <div class="field">
          <button type="submit" class="button button--small button--secondary">
            {p.submit}
          </button>
        </div>
      </form>
      {p.note && <p class="hint">{p.note}</p>}
    </>
  )
}
