/**
 * ARTA CSM and OMB A-11 figures across survey rounds. Both methods publish proportions, not
 * means: ARTA's score is (Strongly agree + Agree) ÷ (responses − N/A), A-11's the share of 4–5 on
 * the trust question. So their trends set a proportion beside the same proportion in earlier rounds.
 *
 * **Figures.** ARTA: the overall score from the pooled counts of its pooled items (SQD1–SQD8),
 * each pooled item, and each separately reported item (SQD0) on its own. A-11: the trust figure.
 * Every one is read from the per-item sums the tallies keep (answers at 4–5 of n), so an A-11
 * questionnaire counting other levels as positive has no trend figures.
 *
 * **Comparable.** As for the Thai method: both rounds score by the same method on questionnaires
 * with the same slug, and the figure is made of the same rating items on the same scale in both
 * (an A-11 trust figure also with the same positive levels). ARTA's overall compares only when
 * the whole set of pooled items is the same; an item when it is in the same role (pooled or
 * separate) in both. Rewording a question keeps the comparison; adding, dropping or moving an
 * item, or changing a scale, breaks it for the figures it touches and no other.
 *
 * **Larger than the margins of error.** Two independent proportions are compared by the
 * two-proportion z-test z = (p₁ − p₂) ÷ √(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂), beyond when |z| > 1.96
 * (two-sided, 5 %); the margin printed beside each figure is 1.96 × √(p(1−p)/n), in points, so
 * this is |Δ| > √(MoE₁² + MoE₂²). Like the ARTA score itself, the overall counts every answer as
 * one observation.
 *
 * @example
 * const figures = proportionFigures(definition, itemMoments)
 * proportionChange(now, before)   // { points: 12.5, z: 2.31, beyondMargins: true }
 */
import type { Definition } from '../questionnaire/definition.js'
import { itemLookup } from '../scoring/definition-items.js'
import { poolMoments, round2, type Moments, type NoData } from '../scoring/index.js'
import {
  OVERALL,
  sameItems,
  verdictOf,
  type Figure,
  type FigureDefinition,
  type PointsChange,
  type TrendRules,
} from './trends.js'

const Z_95 = 1.96

export type Proportion = {
  kind: 'proportion'
  /** Answers on levels 1–5, N/A excluded. */
  n: number
  /** Answers at 4 or 5. */
  positive: number
  /** positive ÷ n × 100, 2 decimals. */
  percent: number
  /** 1.96 × √(p(1−p)/n) × 100, in points, 2 decimals. */
  marginOfError: number
}
export type ProportionStats = NoData | Proportion

/** Key of a figure made of one item: `item-sqd1`, `item-trust`. */
export const itemKey = (id: string) => `item-${id}`

const POSITIVE = '4,5'

/** The figures an ARTA or A-11 questionnaire reports, overall first; none for the Thai method. */
export function proportionFigureDefinitions(definition: Definition): FigureDefinition[] {
  const scoring = definition.scoring
  const item = itemLookup(definition)
  const single = (id: string): FigureDefinition => ({ key: itemKey(id), label: item(id, 'rating').text, items: [id] })
  if (scoring.method === 'arta-csm')
    return [
      { key: OVERALL, label: null, items: [...scoring.pooledItems] },
      ...scoring.pooledItems.map(single),
      ...scoring.separateItems.map(single),
    ]
  if (scoring.method === 'a11-trust' && [...new Set(scoring.positiveLevels)].sort().join(',') === POSITIVE)
    return [single(scoring.trustItem)]
  return []
}

/** An item's role in the figures: ARTA keeps a pooled item and a separately reported one apart. */
function roleOf(definition: Definition, itemId: string): string {
  const s = definition.scoring
  return s.method === 'arta-csm' ? (s.separateItems.includes(itemId) ? 'separate' : 'pooled') : s.method
}

/** The keys of the figures `current` can set beside `earlier` (see the module's note). */
export function comparableProportionFigures(current: Definition, earlier: Definition): Set<string> {
  const out = new Set<string>()
  if (current.slug !== earlier.slug || current.scoring.method !== earlier.scoring.method) return out
  const before = new Map(proportionFigureDefinitions(earlier).map((f) => [f.key, f]))
  for (const figure of proportionFigureDefinitions(current)) {
    const other = before.get(figure.key)
    if (!other || !sameItems(current, figure, earlier, other)) continue
    if (figure.key !== OVERALL && roleOf(current, figure.items[0]!) !== roleOf(earlier, other.items[0]!)) continue
    out.add(figure.key)
  }
  return out
}

export function proportionOf(m: Moments): ProportionStats {
  if (m.n === 0) return { kind: 'no-data', n: 0, notApplicable: m.notApplicable ?? 0 }
  const p = m.topTwo / m.n
  return {
    kind: 'proportion',
    n: m.n,
    positive: m.topTwo,
    percent: round2(p * 100),
    marginOfError: round2(Z_95 * Math.sqrt((p * (1 - p)) / m.n) * 100),
  }
}

/** Every figure of a round from its per-item sums (the tallies' `organisation_item_moments`, pooled for a group). */
export function proportionFigures(definition: Definition, items: Record<string, Moments>): Map<string, Figure<ProportionStats>> {
  return new Map(
    proportionFigureDefinitions(definition).map((f) => {
      const itemPeople = f.items.map((id) => items[id]?.n ?? 0)
      const stats = proportionOf(poolMoments(f.items.map((id) => items[id])))
      return [f.key, { stats, people: Math.max(0, ...itemPeople), itemPeople }]
    }),
  )
}

/** The chosen round's proportion minus an earlier one's, in points, with the two-proportion z-test. */
export function proportionChange(current: Proportion, earlier: Proportion): PointsChange {
  const p1 = current.positive / current.n
  const p2 = earlier.positive / earlier.n
  const spread = Math.sqrt((p1 * (1 - p1)) / current.n + (p2 * (1 - p2)) / earlier.n)
  return { points: round2((p1 - p2) * 100), ...verdictOf(p1 - p2, spread) }
}

export const proportionTrendRules: TrendRules<Proportion, PointsChange> = {
  figures: proportionFigureDefinitions,
  comparable: comparableProportionFigures,
  change: proportionChange,
}
