/**
 * ARTA and A-11 trends, pure: which figures two questionnaires let us compare, each figure as a
 * proportion with its margin, the change in points and the two-proportion z-test. Every number
 * is worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest'
import { builtinDefinition } from '../../../src/domain/questionnaire/builtins/index.js'
import type { Definition } from '../../../src/domain/questionnaire/definition.js'
import type { Moments } from '../../../src/domain/scoring/index.js'
import {
  comparableProportionFigures,
  proportionChange,
  proportionFigureDefinitions,
  proportionFigures,
  proportionOf,
  proportionTrendRules,
  type Proportion,
} from '../../../src/domain/results/proportion-trends.js'
import { trendsWith, type RoundFigures } from '../../../src/domain/results/trends.js'

const ARTA = builtinDefinition('arta-csm')
const A11 = builtinDefinition('a11-trust')
const SQD = ['sqd1', 'sqd2', 'sqd3', 'sqd4', 'sqd5', 'sqd6', 'sqd7', 'sqd8']
const ARTA_KEYS = ['overall', ...SQD.map((id) => `item-${id}`), 'item-sqd0']

const copy = (d: Definition): Definition => structuredClone(d)
/** Sums with only what a proportion reads: n and the answers at 4–5. */
const sums = (topTwo: number, n: number, notApplicable = 0): Moments => ({ n, topTwo, notApplicable, sum: 0, sumSquares: 0 })
const proportion = (positive: number, n: number): Proportion => {
  const p = proportionOf(sums(positive, n))
  if (p.kind !== 'proportion') throw new Error('no data')
  return p
}

describe('the figures', () => {
  it('ARTA: the overall from SQD1–SQD8, each of them, and SQD0 on its own; A-11: the trust question', () => {
    expect(proportionFigureDefinitions(ARTA).map((f) => f.key)).toEqual(ARTA_KEYS)
    expect(proportionFigureDefinitions(ARTA)[0]!.items).toEqual(SQD)
    expect(proportionFigureDefinitions(A11).map((f) => [f.key, f.items])).toEqual([['item-trust', ['trust']]])
    expect(proportionFigureDefinitions(builtinDefinition('thai-lgu-standard'))).toEqual([])
  })

  it('none for an A-11 questionnaire counting other levels than 4–5 as positive (the sums hold 4–5 only)', () => {
    const strict = copy(A11)
    if (strict.scoring.method !== 'a11-trust') throw new Error('a11')
    strict.scoring.positiveLevels = [5]
    expect(proportionFigureDefinitions(strict)).toEqual([])
  })

  it('pools ARTA counts for the overall and reads each item on its own', () => {
    /*
     * Every SQD item but SQD3: 10 answers, 8 at 4–5. SQD3: 2 answers, both at 4–5, and 8 N/A.
     * Overall: 7 × 8 + 2 = 58 positive of 7 × 10 + 2 = 72 → 80.5556 % → 80.56;
     *   MoE 1.96 × √(0.805556 × 0.194444 ÷ 72) = 1.96 × √0.0021755 = 1.96 × 0.046642 = 0.091419 → 9.14.
     * SQD1: 8 of 10 → 80.00; MoE 1.96 × √(0.8 × 0.2 ÷ 10) = 1.96 × 0.126491 = 0.247923 → 24.79.
     * SQD3: 2 of 2 → 100.00, MoE 0. SQD0 has no answers: no data.
     */
    const items: Record<string, Moments> = Object.fromEntries(SQD.map((id) => [id, sums(8, 10)]))
    items.sqd3 = sums(2, 2, 8)
    const figures = proportionFigures(ARTA, items)
    expect(figures.get('overall')).toEqual({
      stats: { kind: 'proportion', n: 72, positive: 58, percent: 80.56, marginOfError: 9.14 },
      people: 10,
      itemPeople: [10, 10, 2, 10, 10, 10, 10, 10],
    })
    expect(figures.get('item-sqd1')!.stats).toEqual({ kind: 'proportion', n: 10, positive: 8, percent: 80, marginOfError: 24.79 })
    expect(figures.get('item-sqd3')!.stats).toMatchObject({ percent: 100, marginOfError: 0 })
    expect(figures.get('item-sqd0')).toEqual({ stats: { kind: 'no-data', n: 0, notApplicable: 0 }, people: 0, itemPeople: [0] })
  })
})

describe('comparableProportionFigures', () => {
  it('compares every figure of the same questionnaire, and of a version that only rewords a question', () => {
    expect([...comparableProportionFigures(ARTA, ARTA)]).toEqual(ARTA_KEYS)
    expect([...comparableProportionFigures(A11, A11)]).toEqual(['item-trust'])
    const reworded = copy(ARTA)
    reworded.sections.flatMap((s) => s.items).find((i) => i.id === 'sqd2')!.text = { th: 'ใหม่', en: 'New' }
    expect([...comparableProportionFigures(reworded, ARTA)]).toEqual(ARTA_KEYS)
  })

  it('compares nothing across methods or slugs, nor for the Thai method', () => {
    expect(comparableProportionFigures(ARTA, A11).size).toBe(0)
    expect(comparableProportionFigures({ ...copy(ARTA), slug: 'arta-2027' }, ARTA).size).toBe(0)
    const thai = builtinDefinition('thai-lgu-standard')
    expect(comparableProportionFigures(thai, thai).size).toBe(0)
  })

  it('drops the overall and the moved item when an item moves out of the pool; the other items stay', () => {
    const moved = copy(ARTA)
    if (moved.scoring.method !== 'arta-csm') throw new Error('arta')
    moved.scoring.pooledItems = SQD.filter((id) => id !== 'sqd8')
    moved.scoring.separateItems = ['sqd0', 'sqd8']
    const kept = ARTA_KEYS.filter((k) => k !== 'overall' && k !== 'item-sqd8')
    expect([...comparableProportionFigures(moved, ARTA)]).toEqual(kept)
    expect([...comparableProportionFigures(ARTA, moved)]).toEqual(kept)
  })

  it('drops an item moved to another scale, and the overall it feeds', () => {
    const rescaled = copy(ARTA)
    rescaled.scales.four = { levels: [1, 2, 3, 4].map((value) => ({ value, label: { th: String(value), en: String(value) } })) }
    const item = rescaled.sections.flatMap((s) => s.items).find((i) => i.id === 'sqd5')!
    if (item.kind !== 'rating') throw new Error('rating')
    item.scale = 'four'
    expect([...comparableProportionFigures(rescaled, ARTA)]).toEqual(
      ARTA_KEYS.filter((k) => k !== 'overall' && k !== 'item-sqd5'),
    )
  })

  it('drops the A-11 trust figure when the positive levels change', () => {
    const wider = copy(A11)
    if (wider.scoring.method !== 'a11-trust') throw new Error('a11')
    wider.scoring.positiveLevels = [3, 4, 5]
    expect(comparableProportionFigures(wider, A11).size).toBe(0)
  })
})

describe('proportionChange: the two-proportion z-test', () => {
  it('calls a change beyond the margins when the 95 % intervals still overlap', () => {
    /*
     * 90 of 100 now, 80 of 100 before: Δ = +10.00 points.
     * √(0.9 × 0.1 ÷ 100 + 0.8 × 0.2 ÷ 100) = √(0.0009 + 0.0016) = √0.0025 = 0.05; z = 0.10 ÷ 0.05 = 2.00 > 1.96.
     * The margins are 5.88 and 7.84 points: the intervals [84.12, 95.88] and [72.16, 87.84] overlap.
     */
    const now = proportion(90, 100)
    const before = proportion(80, 100)
    expect([now.marginOfError, before.marginOfError]).toEqual([5.88, 7.84])
    const change = proportionChange(now, before)
    expect(change.points).toBe(10)
    expect(change.z).toBeCloseTo(2, 10)
    expect(change.beyondMargins).toBe(true)
  })

  it('calls it within the margins when |z| is under 1.96, falls included', () => {
    // 40 of 50 now, 45 of 50 before: Δ −10.00; √(0.0032 + 0.0018) = √0.005 = 0.070711; z = −0.1 ÷ 0.070711 = −1.41421.
    const change = proportionChange(proportion(40, 50), proportion(45, 50))
    expect(change.points).toBe(-10)
    expect(change.z).toBeCloseTo(-1.41421, 5)
    expect(change.beyondMargins).toBe(false)
  })

  it('with no spread on either side: no change is within, any change beyond', () => {
    expect(proportionChange(proportion(10, 10), proportion(5, 5))).toEqual({ points: 0, z: 0, beyondMargins: false })
    expect(proportionChange(proportion(0, 10), proportion(10, 10))).toEqual({ points: -100, z: -Infinity, beyondMargins: true })
  })
})

describe('trendsWith the proportion rules', () => {
  it('sets each ARTA figure beside the earlier round, and leaves the change out where a figure is withheld', () => {
    const round = (name: string, overall: Proportion, sqd0: Proportion | null): RoundFigures<string, Proportion> => ({
      round: name,
      definition: ARTA,
      figures: new Map<string, Proportion | null>([
        ['overall', overall],
        ...SQD.map((id): [string, Proportion | null] => [`item-${id}`, null]),
        ['item-sqd0', sqd0],
      ]),
    })
    // Overall 58 of 72 now, 40 of 72 before: Δ = 18 ÷ 72 = +25.00 points;
    // √(0.805556 × 0.194444 ÷ 72 + 0.555556 × 0.444444 ÷ 72) = √(0.0021755 + 0.0034294) = 0.074866; z = 0.25 ÷ 0.074866 = 3.3393.
    const trends = trendsWith(proportionTrendRules, round('2568', proportion(58, 72), null), [
      round('2567', proportion(40, 72), proportion(5, 10)),
    ])
    expect(trends.map((t) => t.key)).toEqual(ARTA_KEYS)
    const overall = trends[0]!.points
    expect(overall.map((p) => p.round)).toEqual(['2567', '2568'])
    expect(overall[0]!.change!.points).toBe(25)
    expect(overall[0]!.change!.z).toBeCloseTo(3.3393, 4)
    expect(overall[0]!.change!.beyondMargins).toBe(true)
    expect(overall[1]!.change).toBeNull()
    // SQD0 withheld now: its earlier figure is there, without a change.
    expect(trends.at(-1)!.points[0]).toMatchObject({ figure: { percent: 50 }, change: null })
  })

  it('has nothing to say beside a round of another method', () => {
    const a11: RoundFigures<string, Proportion> = { round: 'a', definition: A11, figures: new Map() }
    const arta: RoundFigures<string, Proportion> = { round: 'b', definition: ARTA, figures: new Map() }
    expect(trendsWith(proportionTrendRules, arta, [a11])).toEqual([])
  })
})
