/**
 * The Thai-mean headline figures of many organisations at once, from the
 * per-organisation sums (no per-value counts): each aspect and the overall
 * pool their items' sums, exactly as the engine pools counts, so the numbers
 * equal the results pages'.
 */
import type { Definition, Localized } from '../domain/questionnaire/definition.js'
import { momentStats, type Moments, type ScoringOptions, type SummaryStats } from '../domain/scoring/index.js'

export type ThaiMeanSummary = {
  method: 'thai-mean'
  overallItem: SummaryStats | null
  /** Items carry their n only (answers, N/A excluded), e.g. for suppressing small groups. */
  aspects: { id: string; label: Localized; stats: SummaryStats; items: { id: string; stats: { n: number } }[] }[]
  overall: SummaryStats
}

const EMPTY: Moments = { n: 0, sum: 0, sumSquares: 0, topTwo: 0, notApplicable: 0 }

export function poolMoments(parts: (Moments | undefined)[]): Moments {
  return parts.reduce<Moments>(
    (acc, m) =>
      m ? { n: acc.n + m.n, sum: acc.sum + m.sum, sumSquares: acc.sumSquares + m.sumSquares, topTwo: acc.topTwo + m.topTwo, notApplicable: (acc.notApplicable ?? 0) + (m.notApplicable ?? 0) } : acc,
    EMPTY,
  )
}

export function summariseThaiMean(definition: Definition, byItem: Record<string, Moments>, options: ScoringOptions): ThaiMeanSummary | null {
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
