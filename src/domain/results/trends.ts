/**
 * A Thai-method organisation's (or group's) headline figures across survey rounds: each figure
 * of the chosen round beside the same figure in earlier rounds, with the change and whether it
 * is larger than the margins of error.
 *
 * **Comparable.** Two rounds' figure compare when both rounds score by the Thai method
 * (`thai-mean`) on questionnaires with the same slug, and the figure is made of the same rating
 * items on the same scale (the same level values) in both: the overall figure from every aspect
 * item, an aspect from its own items. An aspect is comparable when an aspect with its id exists
 * in both rounds with those same items; the overall figure only when the whole set of aspect items
 * is the same. A new version of a questionnaire that only rewords a question stays comparable; one
 * that adds, drops or moves an item, or changes a scale, breaks the comparison of the figures it
 * touches and no other.
 *
 * **Larger than the margins of error.** Percent satisfaction is the mean × 20 and its margin is
 * 1.96 standard errors, so two rounds (independent samples) are compared by a z-test on the
 * difference of two means: z = Δ ÷ √(SE₁² + SE₂²), SE = S.D. ÷ √n × 20 in points, and the change
 * is larger than the margins of error when |z| > 1.96 (two-sided, 5 %). Equivalently
 * |Δ| > √(MoE₁² + MoE₂²). Non-overlapping intervals (|Δ| > MoE₁ + MoE₂) would be a stricter test
 * than the 5 % it claims and would miss real changes. Like the margins the pages print, the test
 * counts every answer as one observation.
 *
 * @example
 * const figures = thaiFigures(definition, itemMoments, options)
 * const change = changeBetween(figures.overall, earlierFigures.overall)  // { points: 3.2, z: 2.4, beyondMargins: true }
 */
import type { Definition, Localized } from '../questionnaire/definition.js'
import { momentStats, poolMoments, round2, type Moments, type ScoringOptions, type SummaryStats } from '../scoring/index.js'

type Summary = Extract<SummaryStats, { kind: 'rating' }>
type ThaiScoring = Extract<Definition['scoring'], { method: 'thai-mean' }>

const Z_95 = 1.96

/** Key of the overall figure; an aspect's key is `aspect-<id>`, as in the headline chart. */
export const OVERALL = 'overall'
export const aspectKey = (id: string) => `aspect-${id}`

export type FigureDefinition = { key: string; label: Localized | null; items: string[] }

const thaiScoring = (definition: Definition): ThaiScoring | undefined =>
  definition.scoring.method === 'thai-mean' ? definition.scoring : undefined

/** The figures a Thai-method questionnaire reports, overall first; none for the other methods. */
export function figureDefinitions(definition: Definition): FigureDefinition[] {
  const scoring = thaiScoring(definition)
  if (!scoring) return []
  return [
    { key: OVERALL, label: null, items: scoring.aspects.flatMap((a) => a.items) },
    ...scoring.aspects.map((a) => ({ key: aspectKey(a.id), label: a.label, items: a.items })),
  ]
}

/** Each rating item's scale as its level values, e.g. "1,2,3,4,5". */
function scaleOf(definition: Definition, itemId: string): string | undefined {
  for (const section of definition.sections)
    for (const item of section.items)
      if (item.id === itemId && item.kind === 'rating') return definition.scales[item.scale]?.levels.map((l) => l.value).join(',')
  return undefined
}

/** The keys of the figures `current` can set beside `earlier` (see the module's note). */
export function comparableFigures(current: Definition, earlier: Definition): Set<string> {
  const out = new Set<string>()
  if (current.slug !== earlier.slug || !thaiScoring(current) || !thaiScoring(earlier)) return out
  const before = new Map(figureDefinitions(earlier).map((f) => [f.key, f]))
  for (const figure of figureDefinitions(current)) {
    const other = before.get(figure.key)
    if (other && sameItems(current, figure, earlier, other)) out.add(figure.key)
  }
  return out
}

/** Whether two rounds' figures are made of the same rating items, each on the same scale in both. */
export function sameItems(current: Definition, figure: FigureDefinition, earlier: Definition, other: FigureDefinition): boolean {
  return (
    figure.items.length === other.items.length &&
    [...figure.items].sort().join('\n') === [...other.items].sort().join('\n') &&
    figure.items.every((id) => {
      const scale = scaleOf(current, id)
      return scale !== undefined && scale === scaleOf(earlier, id)
    })
  )
}

/** A figure and how many answers its largest item has: the people behind it, for the disclosure rules. */
export type Figure<S = SummaryStats> = { stats: S; people: number; itemPeople: number[] }

/** Every figure of a round from its per-item sums (the tallies' `organisation_item_moments`, pooled for a group). */
export function thaiFigures(
  definition: Definition,
  items: Record<string, Moments>,
  options: ScoringOptions,
): Map<string, Figure> {
  return new Map(
    figureDefinitions(definition).map((f) => {
      const itemPeople = f.items.map((id) => items[id]?.n ?? 0)
      const stats = momentStats(poolMoments(f.items.map((id) => items[id])), options)
      return [f.key, { stats, people: Math.max(0, ...itemPeople), itemPeople }]
    }),
  )
}

/** A change in points and its z-test, whatever the figure is (a mean or a proportion). */
export type PointsChange = {
  /** Current minus earlier, in percentage points, rounded to 2 decimals. */
  points: number
  /** Null when either figure has no spread to test against (a single answer). */
  z: number | null
  /** |z| > 1.96; null when z is. */
  beyondMargins: boolean | null
}

export type Change = PointsChange & {
  /** Current minus earlier on the 1–5 scale, unrounded. */
  mean: number
}

/** z as a verdict, shared by every method's test. */
export function verdictOf(difference: number, spread: number | null): Pick<PointsChange, 'z' | 'beyondMargins'> {
  // Both spreads 0 (everyone gave the same answer twice): any change at all is beyond them.
  const z =
    spread === null ? null : spread === 0 ? (difference === 0 ? 0 : Math.sign(difference) * Infinity) : difference / spread
  return { z, beyondMargins: z === null ? null : Math.abs(z) > Z_95 }
}

/** The standard error of percent satisfaction, in points. */
const standardError = (s: Summary) => (s.sd === null ? null : (s.sd / Math.sqrt(s.n)) * 20)

export function changeBetween(current: Summary, earlier: Summary): Change {
  const mean = current.mean - earlier.mean
  const a = standardError(current)
  const b = standardError(earlier)
  const spread = a === null || b === null ? null : Math.sqrt(a * a + b * b)
  return { points: round2(mean * 20), mean, ...verdictOf(mean * 20, spread) }
}

/** One round's figures as a page may show them: `null` for a figure it must withhold. */
export type RoundFigures<R, S = Summary> = { round: R; definition: Definition; figures: Map<string, S | null> }

export type TrendPoint<R, S = Summary, C extends PointsChange = Change> = {
  round: R
  /** Null: withheld, or no scored answer. */
  figure: S | null
  /** The chosen round's figure minus this one; null on the chosen round itself or when either is missing. */
  change: C | null
}

export type FigureTrend<R, S = Summary, C extends PointsChange = Change> = {
  key: string
  label: Localized | null
  points: TrendPoint<R, S, C>[]
}

/** What a scoring method brings to a trend: its figures, which of them compare, and the test of a change. */
export type TrendRules<S, C extends PointsChange> = {
  figures: (definition: Definition) => FigureDefinition[]
  comparable: (current: Definition, earlier: Definition) => Set<string>
  change: (current: S, earlier: S) => C
}

export const thaiTrendRules: TrendRules<Summary, Change> = {
  figures: figureDefinitions,
  comparable: comparableFigures,
  change: changeBetween,
}

/**
 * Each figure of the chosen round with the comparable earlier rounds, oldest first, the chosen
 * round last. A figure no earlier round compares with is left out; with none left, the list is empty.
 * `earlier` comes oldest first and may hold rounds of any questionnaire.
 */
export function trendsWith<R, S, C extends PointsChange>(
  rules: TrendRules<S, C>,
  current: RoundFigures<R, S>,
  earlier: RoundFigures<R, S>[],
): FigureTrend<R, S, C>[] {
  const comparable = earlier.map((e) => ({ e, keys: rules.comparable(current.definition, e.definition) }))
  return rules.figures(current.definition).flatMap((f) => {
    const before = comparable.filter(({ keys }) => keys.has(f.key)).map(({ e }) => e)
    if (before.length === 0) return []
    const now = current.figures.get(f.key) ?? null
    const points = before.map((e): TrendPoint<R, S, C> => {
      const figure = e.figures.get(f.key) ?? null
      return { round: e.round, figure, change: now && figure ? rules.change(now, figure) : null }
    })
    return [{ key: f.key, label: f.label, points: [...points, { round: current.round, figure: now, change: null }] }]
  })
}

/** The Thai method's trends (see the module's note). */
export const trendsOf = <R>(current: RoundFigures<R>, earlier: RoundFigures<R>[]): FigureTrend<R>[] =>
  trendsWith(thaiTrendRules, current, earlier)
