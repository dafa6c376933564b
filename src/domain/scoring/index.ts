/**
 * The scoring engine: pure functions from answer counts (never raw rows) to the figures Thai
 * reports print, plus ARTA CSM and OMB A-11 scoring. No I/O.
 */
export {
  addCounts,
  addValueCounts,
  poolItems,
  readLevels,
  LEVELS,
  type ItemCounts,
  type ValueCounts,
  type LevelCounts,
} from './counts.js'
export { round2, percentOf } from './rounding.js'
export {
  bandFor,
  pointsFor,
  meetsMinimum,
  DEFAULT_SCORING_OPTIONS,
  THAI_FIVE_LEVEL_BANDS,
  COMMON_POINTS_TABLE,
  type Band,
  type BandTable,
  type Points,
  type PointsTable,
  type ScoringOptions,
} from './bands.js'
export {
  ratingStats,
  momentStats,
  type RatingStats,
  type SummaryStats,
  type Summary,
  type NoData,
  type LevelShare,
} from './rating-stats.js'
export { addAnswer, momentsOf, momentsOfLevels, poolMoments, type Moments } from './moments.js'
export { scoreThaiMean, type ThaiMeanResult, type ThaiMeanAspectResult, type ThaiMeanItemResult } from './thai-mean.js'
export {
  scoreArta,
  artaBand,
  ARTA_BANDS,
  type ArtaResult,
  type ArtaScore,
  type ArtaItemScore,
  type ArtaCharterResult,
  type ArtaCharterOption,
  type ArtaBand,
  type ArtaBandId,
} from './arta.js'
export { scoreA11, type A11Result, type A11ReasonOption } from './a11.js'
export { score, type ScoreResult } from './score.js'
export { yamaneSampleSize } from './yamane.js'
