/**
 * Turns what the people-served page read (and, after a failed save, what was
 * posted) into the view's props: month names in the Buddhist Era, Thai number
 * formats, rates to 2 decimals, and errors linked to their boxes.
 * Pure: no database, no request.
 */
import type { OrganisationSummary, RoundOption } from '../../../db/queries/collection.js'
import { servedKey, type ActivePoint } from '../../../db/queries/transactions.js'
import { organisationDisplayName } from '../../../domain/organisation-types.js'
import { percentOf } from '../../../domain/scoring/rounding.js'
import { formatCount, formatDecimal, formatMonth } from '../../../i18n/format.js'
import type { Locale } from '../../../i18n/messages.js'
import { lguTranslator } from '../../../i18n/staff/lgu.js'
import { transactionsTranslator } from '../../../i18n/staff/transactions.js'
import { staffTranslator } from '../../../i18n/staff-messages.js'
import type { TransactionsPageProps } from '../../../../views/results/transactions/transactions-page.js'
import { roundOptions, roundWindow } from '../lgu/round-choice.js'
import { parseServedField, servedField, type ServedError } from './transactions-form.js'

export type TransactionsPageInput = {
  locale: Locale
  now: number
  organisation: OrganisationSummary
  rounds: RoundOption[]
  round: RoundOption | undefined
  csrfToken: string
  points: ActivePoint[]
  /** The round's months that have begun, oldest first. */
  months: string[]
  served: Map<string, number>
  responses: Map<string, number>
  includeFlagged: boolean
  /** After a failed save: what each posted box said, and what is wrong with some. */
  posted?: { values: Record<string, string>; errors: Record<string, ServedError> }
  saved: boolean
}

/** Responses ÷ people served × 100 to 2 decimals; "–" when people served is not known or 0. */
export function responseRate(responses: number, served: number | undefined): string {
  return served ? formatDecimal(percentOf(responses, served), 2) : '–'
}

export function presentTransactionsPage(input: TransactionsPageInput): TransactionsPageProps {
  const { locale, organisation: org, round, points, posted } = input
  const en = locale === 'en'
  const t = transactionsTranslator(locale)
  const common = staffTranslator(locale)
  const home = `/staff/organisations/${org.id}`
  const path = `${home}/transactions`
  const pointName = (p: ActivePoint) => (en && p.nameEn ? p.nameEn : p.nameTh)
  const names = new Map(points.map((p) => [p.id, pointName(p)]))
  const errorText = (field: string) => {
    const code = posted?.errors[field]
    const box = code && parseServedField(field)
    return box
      ? t(`transactions.error.${code}`, {
          point: names.get(box.pointId) ?? `#${box.pointId}`,
          month: formatMonth(box.month, locale),
        })
      : undefined
  }

  const months = [...input.months].reverse().map((month) => {
    const label = formatMonth(month, locale)
    return {
      month,
      label,
      save: t('transactions.save', { month: label }),
      action: path,
      csrfToken: input.csrfToken,
      round: round ? String(round.id) : '',
      errorPrefix: common('staff.error.inlinePrefix'),
      rows: points.map((p) => {
        const field = servedField(p.id, month)
        const served = input.served.get(servedKey(p.id, month))
        const responses = input.responses.get(servedKey(p.id, month)) ?? 0
        const value = posted && field in posted.values ? posted.values[field]! : served === undefined ? '' : String(served)
        return {
          pointId: p.id,
          name: pointName(p),
          field,
          label: t('transactions.servedLabel', { point: pointName(p), month: label }),
          value,
          error: errorText(field),
          responses: formatCount(responses),
          rate: responseRate(responses, served),
        }
      }),
    }
  })
  // In page order; a box the page does not show (a closed point's) is still named, without a link.
  const shown = new Set(months.flatMap((m) => m.rows.map((r) => r.field)))
  const errorFields = Object.keys(posted?.errors ?? {})
  const errors = [
    ...months.flatMap((m) => m.rows.filter((r) => r.error).map((r) => ({ href: `#${r.field}`, text: r.error! }))),
    ...errorFields.filter((f) => !shown.has(f)).map((f) => ({ href: '', text: errorText(f)! })),
  ]

  const empty = !round
    ? t('transactions.noRound')
    : input.months.length === 0
      ? t('transactions.notOpenYet')
      : points.length === 0
        ? t('transactions.noPoints')
        : undefined
  const lgu = lguTranslator(locale)
  return {
    t,
    title: t('transactions.title'),
    back: {
      href: `${home}/results${round ? `?round=${round.id}` : ''}`,
      text: t('transactions.back', { organisation: organisationDisplayName(org.type, org.nameTh, locale) }),
    },
    notice: input.saved ? t('transactions.saved') : undefined,
    summaryTitle: common('staff.error.summaryTitle'),
    errors,
    roundPicker: round && {
      action: path,
      label: lgu('lgu.round.label'),
      submit: lgu('lgu.round.show'),
      errorPrefix: common('staff.error.inlinePrefix'),
      options: roundOptions(input.rounds, locale, input.now),
      value: String(round.id),
      note: roundWindow(round, locale),
    },
    empty,
    countedNote: t(input.includeFlagged ? 'transactions.countedAll' : 'transactions.countedOfficial'),
    months,
  }
}
