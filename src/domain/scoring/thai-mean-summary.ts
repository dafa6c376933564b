/**
 * The Thai-mean headline figures of many organisations at once, from the
 * per-organisation sums (no per-value counts): each aspect and the overall
 * pool their items' sums, exactly as the engine pools counts, so the numbers
 * equal the results pages'.
 */
import type { Definition, Localized } from '../questionnaire/definition.js'
import type { ScoringOptions } from './bands.js'
import { poolMoments, type Moments } from './moments.js'
import { momentStats, type SummaryStats } from './rating-stats.js'

export type ThaiMeanSummary = {
  method: 'thai-mean'
  overallItem: SummaryStats | null
  /** Items carry their n only (answers, N/A excluded), e.g. for suppressing small groups. */
  aspects: { id: string; label: Localized; stats: SummaryStats; items: { id: string; stats: { n: number } }[] }[]
  overall: SummaryStats
}

export function summariseThaiMean(
  definition: Definition,
  byItem: Record<string, Moments>,
  options: ScoringOptions,
): ThaiMeanSummary | null {
  const scoring = definition.scoring
  if (scoring.method !== 'thai-mean') return null
  const pooled = (ids: string[]) => momentStats(poolMoments(ids.map((id) => byItem[id])), options)
  return {
    method: 'thai-mean',
    overallItem: scoring.overallItem ? pooled([scoring.overallItem]) : null,
    aspects: scoring.aspects.map((a) => ({
      id: a.id,
      label: a.label,
      stats: pooled(a.items),
      items: a.items.map((id) => ({ id, stats: { n: byItem[id]?.n ?? 0 } })),
    })),
    overall: pooled(scoring.aspects.flatMap((a) => a.items)),
  }
}
