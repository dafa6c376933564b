import type { Translate } from '../../../src/i18n/messages.js'
import type { PointUploadMessageKey } from '../../../src/i18n/staff/point-upload.js'
import type { StaffMessageKey } from '../../../src/i18n/staff-messages.js'

export type RoundConfirmProps = {
  t: Translate<PointUploadMessageKey | StaffMessageKey>
  csrfToken: string
  roundName: string
  /** The form's fields as sent, posted again with the confirmation. */
  fields: [name: string, value: string][]
  covered: number
  withoutPoint: number
  pointName: string
  submitLabel: string
}

const n = (value: number) => value.toLocaleString('th-TH')

/**
 * The round's summary before it is created: how many organisations take part
 * and how many will get a default service point. Creating or going back to the
 * form re-posts the same fields, so it works without JavaScript.
 */
export function RoundConfirmPage(p: RoundConfirmProps) {
  const { t } = p
  const rows: [string, string][] = [
    [t('points.defaults.covered'), n(p.covered)],
    [t('points.defaults.willGet'), n(p.withoutPoint)],
    [t('points.defaults.pointName'), p.pointName],
  ]
  return (
    <>
      <h1 class="heading-l">{t('points.defaults.summaryTitle')}</h1>
      <p class="hint">{p.roundName}</p>
      <p>{t('points.defaults.nothingYet')}</p>
      <table class="table" id="round-summary">
        <tbody>
          {rows.map(([label, value]) => (
            <tr>
              <th scope="row">{label}</th>
              <td class="num">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="post" action="/staff/rounds/new" novalidate class="actions">
        <input type="hidden" name="_csrf" value={p.csrfToken} />
        {p.fields.map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <button type="submit" class="button" name="step" value="confirm">
          {p.submitLabel}
        </button>
        <button type="submit" class="button button--secondary" name="step" value="edit">
          {t('points.defaults.edit')}
        </button>
      </form>
    </>
  )
}
