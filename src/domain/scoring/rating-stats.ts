/**
 * The figures a Thai satisfaction table prints for one item or one pooled group: n, count and
 * percent per level, mean (x̄), sample S.D. (n − 1), ร้อยละความพึงพอใจ, its 95 % margin of
 * error, top-2-box, the band and the points. Both entry points (counts per level, or the sums a
 * SQL roll-up returns) go through `summarise`, so they cannot disagree.
 */
import { bandFor, pointsFor, type Band, type Points, type ScoringOptions } from './bands.js'
import { LEVELS, readLevels, type ValueCounts } from './counts.js'
import { momentsOfLevels, type Moments } from './moments.js'
import { percentOf, round2 } from './rounding.js'

export type NoData = { kind: 'no-data'; n: 0; notApplicable: number }

export type Summary = {
  kind: 'rating'
  /** Answers on levels 1–5, N/A excluded. */
  n: number
  notApplicable: number
  /** Unrounded. */
  mean: number
  /** Sample S.D. (divides by n − 1), unrounded; null when n < 2. */
  sd: number | null
  /** mean ÷ 5 × 100 from the unrounded mean, then rounded to 2 decimals. */
  percentSatisfaction: number
  /** 95 % margin of error of percentSatisfaction in percentage points, 2 decimals; null when sd is null. */
  marginOfError: number | null
  /** Percent of n answering 4 or 5, 2 decimals. */
  topTwoBox: number
  /** From the mean rounded to 2 decimals, as printed (see `bandFor`). */
  band: Band
  /** From percentSatisfaction. */
  points: Points
}

export type LevelShare = { value: number; count: number; percent: number }

/** Figures from a sum-of-moments roll-up: everything but the per-level distribution. */
export type SummaryStats = NoData | Summary
export type RatingStats = NoData | (Summary & { levels: LevelShare[] })

const Z_95 = 1.96

/**
 * n · Σx² − (Σx)², exactly when the inputs are whole numbers, so S.D. has no
 * cancellation error. Products below 2⁵³ are exact as doubles (a product that
 * rounds below 2⁵³ was below it), so BigInt is only needed past that.
 */
function spread(n: number, sum: number, sumSquares: number): number {
  if (Number.isSafeInteger(n) && Number.isSafeInteger(sum) && Number.isSafeInteger(sumSquares)) {
    const a = n * sumSquares
    const b = sum * sum
    const exact = a < 2 ** 53 && b < 2 ** 53 ? a - b : Number(BigInt(n) * BigInt(sumSquares) - BigInt(sum) * BigInt(sum))
    if (exact < 0) throw new RangeError('Σx² is too small for Σx: the moments are inconsistent')
    return exact
  }
  return Math.max(0, n * sumSquares - sum * sum)
}

const checkCount = (name: string, value: number) => {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}`)
}

function summarise(m: Moments, options: ScoringOptions): SummaryStats {
  const { n, sum, sumSquares, topTwo } = m
  const notApplicable = m.notApplicable ?? 0
  checkCount('n', n)
  checkCount('topTwo', topTwo)
  checkCount('notApplicable', notApplicable)
  if (!Number.isFinite(sum) || !Number.isFinite(sumSquares)) throw new RangeError('Σx and Σx² must be finite')
  if (n === 0) {
    if (sum !== 0 || sumSquares !== 0 || topTwo !== 0) throw new RangeError('no answers, yet the sums are not 0')
    return { kind: 'no-data', n: 0, notApplicable }
  }
  if (topTwo > n) throw new RangeError(`${topTwo} answers of 4–5 out of ${n}`)
  const mean = sum / n
  if (!(mean >= 1 && mean <= 5)) throw new RangeError(`a mean of ${mean} is outside 1–5`)
  const sd = n < 2 ? null : Math.sqrt(spread(n, sum, sumSquares) / (n * (n - 1)))
  // mean ÷ 5 × 100 = Σx × 20 ÷ n: the same unrounded mean, with a single rounding step.
  const percentSatisfaction = round2((sum * 20) / n)
  return {
    kind: 'rating',
    n,
    notApplicable,
    mean,
    sd,
    percentSatisfaction,
    // The S.D. of the mean is sd ÷ √n on the 1–5 scale; ×20 turns it into percentage points.
    marginOfError: sd === null ? null : round2(((Z_95 * sd) / Math.sqrt(n)) * 20),
    topTwoBox: percentOf(topTwo, n),
    band: bandFor(mean, options.bands),
    points: pointsFor(percentSatisfaction, options.points),
  }
}

/** Figures for one item, or for several items' counts pooled with `poolItems`. */
export function ratingStats(counts: ValueCounts, options: ScoringOptions): RatingStats {
  const levelCounts = readLevels(counts)
  const { byLevel, n } = levelCounts
  const summary = summarise(momentsOfLevels(levelCounts), options)
  if (summary.kind === 'no-data') return summary
  const levels = LEVELS.map((value) => ({ value, count: byLevel[value], percent: percentOf(byLevel[value], n) }))
  return { ...summary, levels }
}

/**
 * Figures from sums computed elsewhere (national roll-ups in SQL). Gives exactly what
 * `ratingStats` gives on the same answers, without the per-level distribution.
 */
export function momentStats(moments: Moments, options: ScoringOptions): SummaryStats {
  return summarise(moments, options)
}
