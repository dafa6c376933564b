/**
 * The distribution of one question's (or one pooled group's) answers over the levels, 5 → 1,
 * as labelled bars: "มากที่สุด (5)  169 (53.14 %)". With no answers it says so instead.
 */
import type { RatingStats } from '../../../src/domain/scoring/index.js'
import type { Locale } from '../../../src/i18n/messages.js'
import { resultsTranslator } from '../../../src/i18n/staff/results.js'
import { BarChart } from '../../components/charts/bar-chart.js'
import { NoDataNotice } from './data-notice.js'
import { count, fixed2 } from './figures.js'
import type { LevelLabel } from './stats-table.js'

export type LevelChartProps = { id: string; label: string; stats: RatingStats; levels: LevelLabel[]; locale: Locale }

export function LevelChart({ id, label, stats, levels, locale }: LevelChartProps) {
  const t = resultsTranslator(locale)
  const title = t('results.chart.levels', { label })
  if (stats.kind === 'no-data')
    return (
      <figure class="chart" id={id}>
        <figcaption class="chart__title">{title}</figcaption>
        <NoDataNotice locale={locale} />
      </figure>
    )
  const bars = levels.map((l) => {
    const share = stats.levels.find((s) => s.value === l.value)
    const percent = share?.percent ?? 0
    return {
      label: t('results.table.level', { label: l.label, value: l.value }),
      value: percent,
      text: t('results.chart.levelText', { count: count(share?.count ?? 0), percent: fixed2(percent) }),
    }
  })
  return (
    <div id={id}>
      <BarChart id={`${id}-bars`} title={title} bars={bars} max={100} />
    </div>
  )
}
