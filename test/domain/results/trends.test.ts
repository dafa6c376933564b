/**
 * Trends across rounds, pure: which figures two questionnaires let us compare, the change in
 * points, and the z-test that says whether it is larger than the margins of error. Every
 * number is worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest'
import { builtinDefinition } from '../../../src/domain/questionnaire/builtins/index.js'
import type { Definition } from '../../../src/domain/questionnaire/definition.js'
import { DEFAULT_SCORING_OPTIONS, momentStats, type Moments } from '../../../src/domain/scoring/index.js'
import { changeBetween, comparableFigures, thaiFigures, trendsOf, type RoundFigures } from '../../../src/domain/results/trends.js'

const STANDARD = builtinDefinition('thai-lgu-standard')
const ALL_KEYS = ['overall', 'aspect-process', 'aspect-channel', 'aspect-staff', 'aspect-facilities']

const copy = (d: Definition): Definition => structuredClone(d)

function summary(m: Moments) {
  const s = momentStats(m, DEFAULT_SCORING_OPTIONS)
  if (s.kind !== 'rating') throw new Error('no data')
  return s
}

describe('comparableFigures', () => {
  it('compares every figure of the same questionnaire, and of a version that only rewords a question', () => {
    expect([...comparableFigures(STANDARD, STANDARD)]).toEqual(ALL_KEYS)
    const reworded = copy(STANDARD)
    reworded.sections[0]!.items[0]!.text = { th: 'ถ้อยคำใหม่', en: 'New wording' }
    expect([...comparableFigures(reworded, STANDARD)]).toEqual(ALL_KEYS)
  })

  it('compares nothing across questionnaires with different slugs, or with a method other than the Thai one', () => {
    expect(comparableFigures(STANDARD, builtinDefinition('arta-csm')).size).toBe(0)
    expect(comparableFigures(builtinDefinition('arta-csm'), builtinDefinition('arta-csm')).size).toBe(0)
    const renamed = { ...copy(STANDARD), slug: 'thai-lgu-2570' }
    expect(comparableFigures(renamed, STANDARD).size).toBe(0)
  })

  it('drops an aspect whose items changed, and the overall figure with it; the other aspects stay', () => {
    const changed = copy(STANDARD)
    const scoring = changed.scoring
    if (scoring.method !== 'thai-mean') throw new Error('thai')
    // process loses process_2: the process aspect and the overall (every aspect item) no longer compare.
    scoring.aspects[0]!.items = scoring.aspects[0]!.items.filter((id) => id !== 'process_2')
    expect([...comparableFigures(changed, STANDARD)]).toEqual(['aspect-channel', 'aspect-staff', 'aspect-facilities'])
  })

  it('drops an aspect missing from the earlier round; one missing now simply is not shown', () => {
    const fewer = copy(STANDARD)
    if (fewer.scoring.method !== 'thai-mean') throw new Error('thai')
    fewer.scoring.aspects = fewer.scoring.aspects.filter((a) => a.id !== 'facilities')
    // Earlier round without facilities: the current facilities figure has nothing to compare with.
    expect([...comparableFigures(STANDARD, fewer)]).toEqual(['aspect-process', 'aspect-channel', 'aspect-staff'])
    expect([...comparableFigures(fewer, STANDARD)]).toEqual(['aspect-process', 'aspect-channel', 'aspect-staff'])
  })

  it('drops the figures whose items moved to a different scale', () => {
    const rescaled = copy(STANDARD)
    rescaled.scales.four = { levels: [1, 2, 3, 4].map((value) => ({ value, label: { th: String(value), en: String(value) } })) }
    const item = rescaled.sections.flatMap((s) => s.items).find((i) => i.id === 'staff_1')!
    if (item.kind !== 'rating') throw new Error('rating')
    item.scale = 'four'
    expect([...comparableFigures(rescaled, STANDARD)]).toEqual(['aspect-process', 'aspect-channel', 'aspect-facilities'])
  })
})

describe('changeBetween', () => {
  it('works out the change and a clear z beyond 1.96', () => {
    // Now: five 5s and five 4s: n 10, Σx 45, Σx² 205, mean 4.5 → 90.00 %.
    // S.D. √((10·205 − 45²) ÷ (10·9)) = √(25/90); SE = S.D. ÷ √10 × 20 = √(25/900) × 20 = 3.3333 points.
    // Before: five 4s and five 3s: mean 3.5 → 70.00 %, the same S.D. and SE.
    // Δ = 20.00 points; z = 20 ÷ √(2 × 3.3333²) = 20 ÷ 4.7140 = 4.2426 (3√2).
    const change = changeBetween(
      summary({ n: 10, sum: 45, sumSquares: 205, topTwo: 10 }),
      summary({ n: 10, sum: 35, sumSquares: 125, topTwo: 5 }),
    )
    expect(change.points).toBe(20)
    expect(change.mean).toBeCloseTo(1, 12)
    expect(change.z).toBeCloseTo(3 * Math.SQRT2, 10)
    expect(change.beyondMargins).toBe(true)
  })

  it('calls a change beyond the margins when the 95 % intervals still overlap (the z-test, not overlap)', () => {
    // n 100 each, S.D. exactly 1: Σx² chosen so that (100·Σx² − Σx²) ÷ (100·99) = 1.
    // Now Σx 430 (mean 4.3, 86.00 %), Σx² (9900 + 430²) ÷ 100 = 1948.
    // Before Σx 400 (mean 4.0, 80.00 %), Σx² (9900 + 400²) ÷ 100 = 1699.
    // SE = 1 ÷ √100 × 20 = 2 points, MoE 3.92: intervals 82.08–89.92 and 76.08–83.92 overlap,
    // yet z = 6 ÷ √(2² + 2²) = 2.1213 > 1.96.
    const now = summary({ n: 100, sum: 430, sumSquares: 1948, topTwo: 80 })
    const before = summary({ n: 100, sum: 400, sumSquares: 1699, topTwo: 70 })
    expect([now.percentSatisfaction, now.marginOfError, before.percentSatisfaction, before.marginOfError]).toEqual([
      86, 3.92, 80, 3.92,
    ])
    const change = changeBetween(now, before)
    expect(change.points).toBe(6)
    expect(change.z).toBeCloseTo(2.12132, 5)
    expect(change.beyondMargins).toBe(true)
  })

  it('calls a change within the margins when z is under 1.96, falls included', () => {
    // Now: five 5s and five 3s: mean 4 → 80.00 %, S.D. √((10·170 − 1600) ÷ 90) = √(10/9), SE √(10/9) ÷ √10 × 20 = 6.6667.
    // Before: five 5s and five 4s: 90.00 %, SE 3.3333. Δ = −10.00; z = −10 ÷ √(6.6667² + 3.3333²) = −10 ÷ 7.4536 = −1.3416.
    const change = changeBetween(
      summary({ n: 10, sum: 40, sumSquares: 170, topTwo: 5 }),
      summary({ n: 10, sum: 45, sumSquares: 205, topTwo: 10 }),
    )
    expect(change.points).toBe(-10)
    expect(change.z).toBeCloseTo(-1.34164, 5)
    expect(change.beyondMargins).toBe(false)
  })

  it('has no z when a figure rests on a single answer (no S.D.)', () => {
    const change = changeBetween(
      summary({ n: 1, sum: 5, sumSquares: 25, topTwo: 1 }),
      summary({ n: 10, sum: 45, sumSquares: 205, topTwo: 10 }),
    )
    expect(change).toMatchObject({ points: 10, z: null, beyondMargins: null })
  })
})

describe('thaiFigures', () => {
  it('pools each aspect from its items, as the results page does', () => {
    // process_1 and process_2 each: five 5s and five 3s (n 10, Σx 40, Σx² 170). Pooled: n 20, mean 4, 80.00 %,
    // S.D. √((20·340 − 80²) ÷ (20·19)) = √(400/380) = 1.0260, MoE 1.96 × 1.0260 ÷ √20 × 20 = 8.99.
    const item = { n: 10, sum: 40, sumSquares: 170, topTwo: 5 }
    const figures = thaiFigures(STANDARD, { process_1: item, process_2: item }, DEFAULT_SCORING_OPTIONS)
    const process = figures.get('aspect-process')!
    expect(process.stats).toMatchObject({ n: 20, percentSatisfaction: 80, marginOfError: 8.99 })
    expect(process.people).toBe(10)
    expect(process.itemPeople).toEqual([10, 10])
    // No answers to the channel items: no data, nobody behind it. The overall pools the two process items only.
    expect(figures.get('aspect-channel')).toMatchObject({ stats: { kind: 'no-data' }, people: 0 })
    expect(figures.get('overall')!.stats).toMatchObject({ n: 20, percentSatisfaction: 80 })
  })
})

describe('trendsOf', () => {
  const fives = summary({ n: 10, sum: 45, sumSquares: 205, topTwo: 10 })
  const threes = summary({ n: 10, sum: 35, sumSquares: 125, topTwo: 5 })
  const round = (id: string, definition: Definition, figures: [string, typeof fives | null][]): RoundFigures<string> => ({
    round: id,
    definition,
    figures: new Map(figures),
  })

  it('lists each figure oldest first with the chosen round last, and the change against each earlier round', () => {
    const current = round('2568', STANDARD, [
      ['overall', fives],
      ['aspect-process', fives],
    ])
    const trends = trendsOf(current, [
      round('2566', STANDARD, [['overall', threes]]),
      round('arta', builtinDefinition('arta-csm'), []),
      round('2567', STANDARD, [
        ['overall', fives],
        ['aspect-process', null],
      ]),
    ])
    expect(trends.map((t) => t.key)).toEqual(ALL_KEYS)
    const overall = trends[0]!
    expect(overall.points.map((p) => p.round)).toEqual(['2566', '2567', '2568'])
    expect(overall.points.map((p) => p.change?.points ?? null)).toEqual([20, 0, null])
    // A withheld figure has no change; the chosen round's own change is always null.
    const process = trends[1]!
    expect(process.points.map((p) => [p.round, p.figure === null, p.change])).toEqual([
      ['2566', true, null],
      ['2567', true, null],
      ['2568', false, null],
    ])
  })

  it('is empty when no earlier round used a comparable questionnaire', () => {
    const current = round('2568', STANDARD, [['overall', fives]])
    expect(trendsOf(current, [round('arta', builtinDefinition('arta-csm'), [])])).toEqual([])
    expect(trendsOf(current, [])).toEqual([])
  })
})
