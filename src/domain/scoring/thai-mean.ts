/**
 * The Thai LGU report: per item, per aspect (ด้าน) and overall, the 5-level figures of
 * `ratingStats`, plus the separate overall-satisfaction item when the questionnaire has one.
 */
import type { Definition, Localized } from '../questionnaire/definition.js'
import type { ScoringOptions } from './bands.js'
import { poolItems, type ItemCounts } from './counts.js'
import { itemLookup, scoringOf } from './definition-items.js'
import { ratingStats, type RatingStats } from './rating-stats.js'

export type ThaiMeanItemResult = { id: string; text: Localized; stats: RatingStats }
export type ThaiMeanAspectResult = {
  id: string
  label: Localized
  /** The aspect's items' counts pooled. */
  stats: RatingStats
  items: ThaiMeanItemResult[]
}
export type ThaiMeanResult = {
  method: 'thai-mean'
  /** The overall-satisfaction item on its own; null when the questionnaire has none. */
  overallItem: RatingStats | null
  aspects: ThaiMeanAspectResult[]
  /** Every aspect item pooled (the overall-satisfaction item is not among them). */
  overall: RatingStats
}

/**
 * An aspect's figure comes from its items' counts POOLED: every answer to every item weighs the
 * same. When every item has the same n this equals the mean of the item means (Σ of item sums
 * ÷ (k · n) = average of (item sum ÷ n)); when N/A answers make the n differ, pooling is the
 * honest figure, because averaging means would give an item answered by 20 people the weight of
 * one answered by 300. The S.D. is then the S.D. of all pooled answers, as Thai tables compute
 * it from the aspect's combined frequencies. The overall figure pools all aspect items the same way.
 */
export function scoreThaiMean(definition: Definition, counts: ItemCounts, options: ScoringOptions): ThaiMeanResult {
  const scoring = scoringOf(definition, 'thai-mean')
  const item = itemLookup(definition)
  const aspects = scoring.aspects.map((aspect) => ({
    id: aspect.id,
    label: aspect.label,
    stats: ratingStats(poolItems(counts, aspect.items), options),
    items: aspect.items.map((id) => ({
      id,
      text: item(id, 'rating').text,
      stats: ratingStats(counts[id] ?? {}, options),
    })),
  }))
  const allAspectItems = scoring.aspects.flatMap((aspect) => aspect.items)
  const overallId = scoring.overallItem
  if (overallId !== undefined) item(overallId, 'rating')
  return {
    method: 'thai-mean',
    overallItem: overallId === undefined ? null : ratingStats(counts[overallId] ?? {}, options),
    aspects,
    overall: ratingStats(poolItems(counts, allAspectItems), options),
  }
}
