/**
 * US OMB Circular A-11 §280 (GSA Touchpoints): percent positive on the trust question (the
 * levels the definition calls positive, 4 and 5) and how often each "went well / didn't go
 * well" reason was ticked.
 */
import type { Definition, Localized } from '../questionnaire/definition.js'
import type { ScoringOptions } from './bands.js'
import { countOf, readLevels, type ItemCounts } from './counts.js'
import { itemLookup, scoringOf } from './definition-items.js'
import { ratingStats, type RatingStats } from './rating-stats.js'
import { percentOf } from './rounding.js'

export type A11ReasonOption = {
  value: string
  label: Localized
  count: number
  /** count ÷ respondents × 100, 2 decimals; null when there are no respondents. */
  share: number | null
}
export type A11Result = {
  method: 'a11-trust'
  trust: {
    /** Answers to the trust question (1–5). */
    n: number
    /** Answers on a positive level. */
    positive: number
    /** positive ÷ n × 100, 2 decimals; null when n = 0. */
    percentPositive: number | null
    stats: RatingStats
  }
  reasons: { id: string; text: Localized; options: A11ReasonOption[] }[]
}

/**
 * `respondents` is the number of responses in the group. Reasons are checkboxes, so a share is
 * of everyone who responded (ticking nothing is a valid answer) and the shares of an item may
 * add up to more or less than 100 %.
 */
export function scoreA11(definition: Definition, counts: ItemCounts, respondents: number, options: ScoringOptions): A11Result {
  const scoring = scoringOf(definition, 'a11-trust')
  const item = itemLookup(definition)
  if (!Number.isSafeInteger(respondents) || respondents < 0)
    throw new RangeError(`respondents must be a whole number ≥ 0, got ${respondents}`)

  item(scoring.trustItem, 'rating')
  const trustCounts = counts[scoring.trustItem] ?? {}
  const { byLevel, n } = readLevels(trustCounts)
  // Only levels on the 1–5 scale can count, so `positive` never exceeds `n`.
  const positiveLevels = new Set(scoring.positiveLevels.filter((level) => level >= 1 && level <= 5))
  const positive = [...positiveLevels].reduce((total, level) => total + byLevel[level as 1 | 2 | 3 | 4 | 5], 0)

  return {
    method: 'a11-trust',
    trust: {
      n,
      positive,
      percentPositive: n === 0 ? null : percentOf(positive, n),
      stats: ratingStats(trustCounts, options),
    },
    reasons: scoring.reasonItems.map((id) => {
      const { text, options: choices } = item(id, 'multiple')
      const ticked = counts[id] ?? {}
      return {
        id,
        text,
        options: choices.map((choice) => {
          const count = countOf(ticked, choice.value)
          if (count > respondents)
            throw new RangeError(`"${id}: ${choice.value}" was ticked ${count} times by ${respondents} respondents`)
          return {
            value: choice.value,
            label: choice.label,
            count,
            share: respondents === 0 ? null : percentOf(count, respondents),
          }
        }),
      }
    }),
  }
}
