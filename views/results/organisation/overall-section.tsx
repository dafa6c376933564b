/**
 * The organisation's overall result for the round: respondents, flagged responses left out
 * (shown apart), then the figures the questionnaire's method calls for.
 */
import type { A11Result, ArtaResult, RatingStats } from '../../../src/domain/scoring/index.js'
import type { Locale } from '../../../src/i18n/messages.js'
import { resultsTranslator } from '../../../src/i18n/staff/results.js'
import { A11ResultView } from '../components/a11-result.js'
import { ArtaResultView } from '../components/arta-result.js'
import { NoDataNotice } from '../components/data-notice.js'
import { count } from '../components/figures.js'
import { LevelChart } from '../components/level-chart.js'
import { StatsTable, type LevelLabel } from '../components/stats-table.js'
import { SummaryFigures } from '../components/summary-figures.js'
import { MethodNotes } from './method-notes.js'

export type OverallMethod =
  | {
      kind: 'thai-mean'
      levels: LevelLabel[]
      /** The overall-satisfaction question, when the questionnaire has one. */
      overallItem?: { label: string; stats: RatingStats }
      pooled: RatingStats
      bandsSource: string
    }
  | { kind: 'arta-csm'; result: ArtaResult }
  | { kind: 'a11-trust'; result: A11Result }

export type OverallSectionProps = {
  locale: Locale
  respondents: number
  /** Flagged responses left out; null when the configuration counts them in. */
  flaggedExcluded: number | null
  minimum: number
  /** Absent when the round's questionnaire could not be read: nothing to score. */
  method?: OverallMethod
}

export function OverallSection(p: OverallSectionProps) {
  const { locale, method } = p
  const t = resultsTranslator(locale)
  return (
    <section aria-labelledby="overall-title" id="overall">
      <h2 class="heading-m" id="overall-title">
        {t('results.overall.title')}
      </h2>
      <p data-figure="respondents">
        <strong>{t('results.overall.respondents', { n: count(p.respondents) })}</strong>
        {p.flaggedExcluded !== null && p.flaggedExcluded > 0 && (
          <span data-figure="flagged"> · {t('results.overall.flaggedExcluded', { n: count(p.flaggedExcluded) })}</span>
        )}
      </p>
      <p class="hint">{t(p.flaggedExcluded === null ? 'results.overall.flaggedIncluded' : 'results.overall.flaggedHint')}</p>
      {p.respondents > 0 && p.respondents < p.minimum && (
        <p class="notice" data-notice="too-few">
          {t('results.overall.tooFew', { min: count(p.minimum) })}
        </p>
      )}
      {p.respondents === 0 || !method ? (
        <NoDataNotice locale={locale} />
      ) : method.kind === 'thai-mean' ? (
        <>
          {method.overallItem && (
            <>
              <SummaryFigures
                id="overall-item"
                caption={t('results.overall.item', { text: method.overallItem.label })}
                stats={method.overallItem.stats}
                locale={locale}
              />
              <StatsTable
                id="overall-item-table"
                caption={t('results.overall.itemTable')}
                locale={locale}
                levels={method.levels}
                rows={[{ key: 'overall-item', label: method.overallItem.label, stats: method.overallItem.stats }]}
              />
              <LevelChart
                id="overall-item-chart"
                label={method.overallItem.label}
                stats={method.overallItem.stats}
                levels={method.levels}
                locale={locale}
              />
            </>
          )}
          <SummaryFigures id="overall-pooled" caption={t('results.overall.pooled')} stats={method.pooled} locale={locale} />
          <LevelChart
            id="overall-pooled-chart"
            label={t('results.overall.pooled')}
            stats={method.pooled}
            levels={method.levels}
            locale={locale}
          />
          <MethodNotes locale={locale} bandsSource={method.bandsSource} />
        </>
      ) : method.kind === 'arta-csm' ? (
        <ArtaResultView id="arta" result={method.result} locale={locale} />
      ) : (
        <A11ResultView id="a11" result={method.result} respondents={p.respondents} locale={locale} />
      )}
    </section>
  )
}
