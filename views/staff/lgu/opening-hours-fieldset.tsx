import { ErrorMessage, errorId, hintId } from '../../components/field.js'

export type TimeField = { id: string; value: string; label: string; error?: string }
export type OpeningHoursRow = { day: string; periods: Array<{ from: TimeField; to: TimeField }> }

export type OpeningHoursFieldsetProps = {
  legend: string
  hint: string
  office: { label: string; hint: string; checked: boolean }
  columns: { day: string; periods: string[] }
  rows: OpeningHoursRow[]
  errorPrefix: string
}

const describedBy = (f: TimeField, hint: string) => [hint, f.error ? errorId(f.id) : ''].filter(Boolean).join(' ')

function TimeInput({ field, hint }: { field: TimeField; hint: string }) {
  return (
    <input
      class="input input--time"
      id={field.id}
      name={field.id}
      type="text"
      inputmode="text"
      autocomplete="off"
      maxlength={10}
      value={field.value}
      aria-label={field.label}
      aria-describedby={describedBy(field, hint)}
      aria-invalid={field.error ? 'true' : undefined}
    />
  )
}

/** Up to two from–to periods per weekday, typed as times; the office-hours box fills them in for the officer. */
export function OpeningHoursFieldset(p: OpeningHoursFieldsetProps) {
  const failed = p.rows.some((r) => r.periods.some((x) => x.from.error || x.to.error))
  const hint = hintId('hours')
  return (
    <fieldset class={failed ? 'fieldset field field--error' : 'fieldset field'} aria-describedby={hint}>
      <legend class="fieldset__legend">{p.legend}</legend>
      <p id={hint} class="hint">
        {p.hint}
      </p>
      <div class="choices">
        <div class="choice">
          <input
            class="choice__input"
            type="checkbox"
            id="officeHours"
            name="officeHours"
            value="on"
            checked={p.office.checked}
            aria-describedby={hintId('officeHours')}
          />
          <label class="choice__label" for="officeHours">
            <span class="choice__text">{p.office.label}</span>
          </label>
        </div>
        <p id={hintId('officeHours')} class="hint">
          {p.office.hint}
        </p>
      </div>
      <div class="table-wrap">
        <table class="table table--hours">
          <thead>
            <tr>
              <th scope="col">{p.columns.day}</th>
              {p.columns.periods.map((period) => (
                <th scope="col">{period}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.rows.map((row) => (
              <tr>
                <th scope="row">{row.day}</th>
                {row.periods.map(({ from, to }) => (
                  <td>
                    {[from, to].map((f) => f.error && <ErrorMessage id={f.id} text={f.error} prefix={p.errorPrefix} />)}
                    <span class="time-range">
                      <TimeInput field={from} hint={hint} /> – <TimeInput field={to} hint={hint} />
                    </span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  )
}
