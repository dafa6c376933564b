/**
 * Interpretation bands for the mean and points for the percent: both are configuration, carried
 * with their source label so a page can say where a table comes from, and so a table that is not
 * confirmed against the regulation is never shown as official.
 */
import type { Localized } from '../questionnaire/definition.js'
import { round2 } from './rounding.js'

/** Ranges on the mean rounded to 2 decimals, both ends inclusive. */
export type BandTable = {
  source: Localized
  bands: { min: number; max: number; label: Localized }[]
}
/** A percent strictly greater than `above` gives `points`; the first matching step from the top wins; otherwise 0. */
export type PointsTable = {
  source: Localized
  official: boolean
  steps: { above: number; points: number }[]
}
export type ScoringOptions = {
  bands: BandTable
  points: PointsTable
  /** Groups with fewer answers than this are suppressed on public pages. */
  minimumResponses: number
}

export type Band = { label: Localized }
export type Points = { points: number; official: boolean; source: Localized }

/** The 5-level interpretation most Thai public-sector satisfaction reports use (DESIGN.md). */
export const THAI_FIVE_LEVEL_BANDS: BandTable = {
  source: {
    th: 'เกณฑ์การแปลความหมายค่าเฉลี่ย 5 ระดับ (อันตรภาคชั้นกว้าง 0.80) ที่รายงานความพึงพอใจของหน่วยงานภาครัฐไทยใช้ทั่วไป',
    en: 'The 5-level interpretation of the mean (class width 0.80) commonly used in Thai public-sector satisfaction reports',
  },
  bands: [
    { min: 4.21, max: 5.0, label: { th: 'มากที่สุด', en: 'Highest' } },
    { min: 3.41, max: 4.2, label: { th: 'มาก', en: 'High' } },
    { min: 2.61, max: 3.4, label: { th: 'ปานกลาง', en: 'Moderate' } },
    { min: 1.81, max: 2.6, label: { th: 'น้อย', en: 'Low' } },
    { min: 1.0, max: 1.8, label: { th: 'น้อยที่สุด', en: 'Lowest' } },
  ],
}

/**
 * More than 95 % → 10 points, more than 90 % → 9, … more than 50 % → 1, otherwise 0. This is
 * the table commonly used for the annual assessment; its boundary rule has NOT been confirmed
 * against the regulation, hence `official: false` and a source label that says so.
 */
export const COMMON_POINTS_TABLE: PointsTable = {
  source: {
    th: 'ตารางคะแนนแบบขั้นละร้อยละ 5 ที่นิยมใช้ทั่วไป (ยังไม่ได้ตรวจสอบกับระเบียบหรือหลักเกณฑ์การประเมินฉบับทางการ)',
    en: 'Commonly used table in 5-percentage-point steps (not confirmed against the official assessment regulation)',
  },
  official: false,
  steps: [95, 90, 85, 80, 75, 70, 65, 60, 55, 50].map((above, i) => ({ above, points: 10 - i })),
}

export const DEFAULT_SCORING_OPTIONS: ScoringOptions = {
  bands: THAI_FIVE_LEVEL_BANDS,
  points: COMMON_POINTS_TABLE,
  minimumResponses: 10,
}

/**
 * The band for a mean. The mean is first rounded to 2 decimals, as printed reports do: a mean
 * of 4.205 is printed 4.21 and read มากที่สุด, although the unrounded 4.205 lies in the gap
 * between 4.20 and 4.21. Banding the printed value keeps the label and the number on the page
 * consistent and leaves no gaps between the ranges.
 * Throws for a mean outside 1–5 (impossible from 1–5 answers) or a table with a gap there.
 */
export function bandFor(mean: number, table: BandTable): Band {
  if (!(mean >= 1 && mean <= 5)) throw new RangeError(`a mean of ${mean} is outside 1–5`)
  const printed = round2(mean)
  const band = table.bands.find((b) => printed >= b.min && printed <= b.max)
  if (!band) throw new RangeError(`the band table "${table.source.en}" has no band for ${printed.toFixed(2)}`)
  return { label: band.label }
}

/** Points for a percent satisfaction (already rounded to 2 decimals, as printed). */
export function pointsFor(percent: number, table: PointsTable): Points {
  const step = table.steps.find((s) => percent > s.above)
  return { points: step?.points ?? 0, official: table.official, source: table.source }
}

/** Whether a group has enough answers to be shown publicly. */
export function meetsMinimum(n: number, options: Pick<ScoringOptions, 'minimumResponses'>): boolean {
  return n >= options.minimumResponses
}
