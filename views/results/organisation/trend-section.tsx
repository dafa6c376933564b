/** The month-by-month headline figure as labelled bars with n, and the same months as a table. */
import type { Locale } from '../../../src/i18n/messages.js'
import { resultsTranslator } from '../../../src/i18n/staff/results.js'
import { BarChart, type Bar } from '../../components/charts/bar-chart.js'
import { NoDataNotice } from '../components/data-notice.js'
import { count } from '../components/figures.js'
import { GroupTable, type GroupColumn, type GroupRow } from '../components/group-table.js'

export type TrendSectionProps = {
  locale: Locale
  chartTitle: string
  bars: Bar[]
  columns: GroupColumn[]
  rows: GroupRow[]
  minimum: number
}

export function TrendSection({ locale, chartTitle, bars, columns, rows, minimum }: TrendSectionProps) {
  const t = resultsTranslator(locale)
  return (
    <section aria-labelledby="trend-title" id="trend">
      <h2 class="heading-m" id="trend-title">
        {t('results.trend.title')}
      </h2>
      {bars.length === 0 ? (
        <NoDataNotice locale={locale} text={t('results.trend.none')} />
      ) : (
        <>
          <BarChart id="trend-chart" title={chartTitle} bars={bars} max={100} />
          <p class="hint">{t('results.trend.mutedNote', { min: count(minimum) })}</p>
          <GroupTable
            id="by-month"
            caption={t('results.trend.table')}
            nameHeader={t('results.trend.month')}
            columns={columns}
            rows={rows}
            locale={locale}
            minimum={minimum}
          />
        </>
      )}
    </section>
  )
}
