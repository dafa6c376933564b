import type { Translate } from '../../../src/i18n/messages.js'
import type { TransactionsMessageKey } from '../../../src/i18n/staff/transactions.js'
import { ErrorMessage, errorId } from '../../components/field.js'

export type MonthRow = {
  pointId: number
  name: string
  /** The box's name and id, `count-<pointId>-<YYYY-MM>`, so the error summary can link to it. */
  field: string
  /** "ผู้รับบริการที่กองคลัง เดือนมิถุนายน 2568", for screen readers. */
  label: string
  value: string
  error?: string
  responses: string
  /** "12.50", or "–" when people served is not known or 0. */
  rate: string
}

export type MonthFormProps = {
  t: Translate<TransactionsMessageKey>
  month: string
  label: string
  save: string
  action: string
  csrfToken: string
  round: string
  errorPrefix: string
  rows: MonthRow[]
}

/** One month: each open service point's people served (a box), its responses and the response rate. */
export function MonthForm(p: MonthFormProps) {
  const { t } = p
  const headingId = `month-${p.month}`
  return (
    <section aria-labelledby={headingId}>
      <h2 class="heading-m" id={headingId}>
        {p.label}
      </h2>
      <form method="post" action={p.action} novalidate>
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        <input type="hidden" name="round" value={p.round} />
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('transactions.col.point')}</th>
                <th scope="col">{t('transactions.col.served')}</th>
                <th scope="col" class="num">
                  {t('transactions.col.responses')}
                </th>
                <th scope="col" class="num">
                  {t('transactions.col.rate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((r) => (
                <tr data-point={r.pointId} data-month={p.month}>
                  <th scope="row">{r.name}</th>
                  <td class={r.error ? 'field--error' : undefined}>
                    <label class="visually-hidden" for={r.field}>
                      {r.label}
                    </label>
                    {r.error && <ErrorMessage id={r.field} text={r.error} prefix={p.errorPrefix} />}
                    <input
                      class="input input--short"
                      id={r.field}
                      name={r.field}
                      type="text"
                      inputmode="numeric"
                      autocomplete="off"
                      value={r.value}
                      aria-describedby={r.error ? errorId(r.field) : undefined}
                      aria-invalid={r.error ? 'true' : undefined}
                    />
                  </td>
                  <td class="num" data-col="responses">
                    {r.responses}
                  </td>
                  <td class="num" data-col="rate">
                    {r.rate}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button type="submit" class="button button--small">
          {p.save}
        </button>
      </form>
    </section>
  )
}
