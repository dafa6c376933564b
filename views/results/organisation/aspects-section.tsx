/**
 * Each aspect (ด้าน) and each of its questions in the Thai report layout, with the aspect's
 * pooled distribution and every question's distribution drawn as bars.
 */
import type { RatingStats } from '../../../src/domain/scoring/index.js'
import type { Locale } from '../../../src/i18n/messages.js'
import { resultsTranslator } from '../../../src/i18n/staff/results.js'
import { LevelChart } from '../components/level-chart.js'
import { StatsTable, type LevelLabel, type StatsRow } from '../components/stats-table.js'

export type AspectView = {
  id: string
  label: string
  stats: RatingStats
  items: { id: string; label: string; stats: RatingStats }[]
}

export type AspectsSectionProps = {
  locale: Locale
  levels: LevelLabel[]
  aspects: AspectView[]
  /** Every aspect question pooled. */
  overall: RatingStats
}

export function AspectsSection({ locale, levels, aspects, overall }: AspectsSectionProps) {
  const t = resultsTranslator(locale)
  const summary: StatsRow[] = [
    ...aspects.map((a) => ({ key: a.id, label: a.label, stats: a.stats })),
    { key: 'overall', label: t('results.overall.pooled'), stats: overall, kind: 'total' as const },
  ]
  return (
    <section aria-labelledby="aspects-title" id="aspects">
      <h2 class="heading-m" id="aspects-title">
        {t('results.aspects.title')}
      </h2>
      <StatsTable id="aspects-summary" caption={t('results.aspects.summary')} locale={locale} levels={levels} rows={summary} />
      {aspects.map((a) => (
        <section aria-labelledby={`aspect-${a.id}-title`} id={`aspect-${a.id}`}>
          <h3 id={`aspect-${a.id}-title`}>{a.label}</h3>
          <StatsTable
            id={`aspect-${a.id}-table`}
            labelledBy={`aspect-${a.id}-title`}
            locale={locale}
            levels={levels}
            rows={[
              ...a.items.map((item) => ({ key: item.id, label: item.label, stats: item.stats })),
              { key: a.id, label: t('results.table.total'), stats: a.stats, kind: 'total' as const },
            ]}
          />
          <LevelChart id={`aspect-${a.id}-chart`} label={a.label} stats={a.stats} levels={levels} locale={locale} />
          <details open>
            <summary>{t('results.aspects.itemCharts')}</summary>
            {a.items.map((item) => (
              <LevelChart id={`item-${item.id}-chart`} label={item.label} stats={item.stats} levels={levels} locale={locale} />
            ))}
          </details>
        </section>
      ))}
    </section>
  )
}
