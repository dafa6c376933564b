/**
 * ARTA Client Satisfaction Measurement (Philippines, MC 2022-05): per SQD item
 * (Strongly agree + Agree) ÷ (responses − N/A) × 100; the overall score from the POOLED counts
 * of SQD1–SQD8 (not the mean of item scores); SQD0 on its own; Citizen's Charter shares.
 */
import type { Definition, Localized } from '../questionnaire/definition.js'
import type { ScoringOptions } from './bands.js'
import { countOf, LEVELS, poolItems, readLevels, type ItemCounts, type ValueCounts } from './counts.js'
import { itemLookup, scoringOf } from './definition-items.js'
import { percentOf, round2 } from './rounding.js'

export type ArtaBandId = 'outstanding' | 'very-satisfactory' | 'satisfactory' | 'fair' | 'poor'
export type ArtaBand = { id: ArtaBandId; label: Localized }

/** ARTA's rating scale, highest first, by the lowest score (2 decimals) in each band. */
export const ARTA_BANDS: readonly (ArtaBand & { min: number })[] = [
  { id: 'outstanding', min: 95, label: { th: 'ดีเด่น', en: 'Outstanding' } },
  { id: 'very-satisfactory', min: 90, label: { th: 'น่าพึงพอใจมาก', en: 'Very satisfactory' } },
  { id: 'satisfactory', min: 80, label: { th: 'น่าพึงพอใจ', en: 'Satisfactory' } },
  { id: 'fair', min: 60, label: { th: 'พอใช้', en: 'Fair' } },
  { id: 'poor', min: -Infinity, label: { th: 'ต้องปรับปรุง', en: 'Poor' } },
]

/**
 * The ARTA band for a score. ARTA's ranges (90–94.99, 80–89.99, …) are written on 2-decimal
 * scores, so the score is rounded first, as it is printed: 94.995 shows as 95.00 → Outstanding.
 */
export function artaBand(score: number): ArtaBand {
  const printed = round2(score)
  const band = ARTA_BANDS.find((b) => printed >= b.min)!
  return { id: band.id, label: band.label }
}

export type ArtaScore = {
  /** Responses − N/A. */
  n: number
  notApplicable: number
  /** Strongly agree (5) + Agree (4). */
  positive: number
  /** positive ÷ n × 100, 2 decimals; null when n = 0. */
  score: number | null
  band: ArtaBand | null
}
export type ArtaItemScore = ArtaScore & {
  id: string
  text: Localized
  /** Count and percent of n (2 decimals; null when n = 0) per level, 5 → 1, for the distribution bars. */
  levels: { value: number; count: number; percent: number | null }[]
}
export type ArtaCharterOption = {
  value: string
  label: Localized
  count: number
  /** Share of the item's answers, 2 decimals; null when nobody answered it. */
  percent: number | null
}
/** `n` is the answers to the item that are one of its options (the item's own "N/A" option included). */
export type ArtaCharterResult = { id: string; text: Localized; n: number; options: ArtaCharterOption[] }
export type ArtaResult = {
  method: 'arta-csm'
  /** The pooled items (SQD1–SQD8), one by one. */
  items: ArtaItemScore[]
  /** From the pooled counts of the pooled items. */
  overall: ArtaScore
  /** The separately reported items (SQD0), one by one; never part of `overall`. */
  separate: ArtaItemScore[]
  charter: ArtaCharterResult[]
}

function artaScore(counts: ValueCounts): ArtaScore {
  const { byLevel, n, notApplicable } = readLevels(counts)
  const positive = byLevel[5] + byLevel[4]
  const score = n === 0 ? null : percentOf(positive, n)
  return { n, notApplicable, positive, score, band: score === null ? null : artaBand(score) }
}

/**
 * `options` is accepted so every method takes the same arguments; ARTA's bands are fixed by
 * ARTA and do not use the Thai band or points tables.
 */
export function scoreArta(definition: Definition, counts: ItemCounts, _options?: ScoringOptions): ArtaResult {
  const scoring = scoringOf(definition, 'arta-csm')
  const item = itemLookup(definition)
  const itemScore = (id: string): ArtaItemScore => {
    const valueCounts = counts[id] ?? {}
    const { byLevel, n } = readLevels(valueCounts)
    const levels = LEVELS.map((value) => ({
      value,
      count: byLevel[value],
      percent: n === 0 ? null : percentOf(byLevel[value], n),
    }))
    return { id, text: item(id, 'rating').text, ...artaScore(valueCounts), levels }
  }
  return {
    method: 'arta-csm',
    items: scoring.pooledItems.map(itemScore),
    overall: artaScore(poolItems(counts, scoring.pooledItems)),
    separate: scoring.separateItems.map(itemScore),
    charter: scoring.charterItems.map((id) => {
      const { text, options } = item(id, 'single')
      const answered = counts[id] ?? {}
      const n = options.reduce((total, o) => total + countOf(answered, o.value), 0)
      return {
        id,
        text,
        n,
        options: options.map((o) => {
          const count = countOf(answered, o.value)
          return { value: o.value, label: o.label, count, percent: n === 0 ? null : percentOf(count, n) }
        }),
      }
    }),
  }
}
