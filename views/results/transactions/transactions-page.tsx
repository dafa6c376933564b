import type { Translate } from '../../../src/i18n/messages.js'
import type { TransactionsMessageKey } from '../../../src/i18n/staff/transactions.js'
import { ErrorSummary, type ErrorLink } from '../../components/error-summary.js'
import { RoundPicker, type RoundPickerProps } from '../../staff/lgu/round-picker.js'
import { MonthForm, type MonthFormProps } from './month-form.js'

export type TransactionsPageProps = {
  t: Translate<TransactionsMessageKey>
  title: string
  back: { href: string; text: string }
  /** The banner after a save. */
  notice?: string
  summaryTitle: string
  /** Links to each box in error, in page order. */
  errors: ErrorLink[]
  /** Absent when the organisation is in no round. */
  roundPicker?: RoundPickerProps
  /** Why there is nothing to enter, when there is nothing. */
  empty?: string
  countedNote: string
  /** Newest month first. */
  months: Omit<MonthFormProps, 't'>[]
}

/** People served per service point and month, entered by officers, beside the responses and the response rate. */
export function TransactionsPage(p: TransactionsPageProps) {
  const { t } = p
  return (
    <>
      <ErrorSummary title={p.summaryTitle} errors={p.errors} />
      <p>
        <a href={p.back.href}>{p.back.text}</a>
      </p>
      {p.notice && (
        <div class="banner" role="status">
          {p.notice}
        </div>
      )}
      <h1 class="heading-l">{p.title}</h1>
      {p.roundPicker && <RoundPicker {...p.roundPicker} />}
      {p.empty ? (
        <p>{p.empty}</p>
      ) : (
        <>
          <p>{t('transactions.intro')}</p>
          <p class="hint">{p.countedNote}</p>
          {p.months.map((m) => (
            <MonthForm t={t} {...m} />
          ))}
        </>
      )}
    </>
  )
}
