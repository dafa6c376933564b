import { describe, expect, it } from 'vitest'
import { builtinDefinition } from '../../../src/domain/questionnaire/builtins/index.js'
import { DEFAULT_SCORING_OPTIONS as options, scoreThaiMean, type RatingStats } from '../../../src/domain/scoring/index.js'
import { lv } from './helpers.js'

const definition = builtinDefinition('thai-lgu-standard')

function rated(stats: RatingStats | null) {
  if (stats?.kind !== 'rating') throw new Error('expected figures')
  return stats
}

// Hand-made counts for the built-in's ten rating items (5 → 1, then N/A).
const counts = {
  overall: lv(6, 4, 0, 0, 0), //       n 10, Σx 30 + 16 = 46
  process_1: lv(2, 2, 0, 0, 0), //     n 4,  Σx 18, x̄ 4.5
  process_2: lv(1, 0, 3, 0, 0), //     n 4,  Σx 14, x̄ 3.5
  channel_1: lv(0, 4, 0, 0, 0), //     n 4,  Σx 16
  channel_2: lv(0, 0, 0, 4, 0), //     n 4,  Σx 8
  staff_1: lv(4, 0, 0, 0, 0), //       n 4,  Σx 20
  staff_2: lv(4, 0, 0, 0, 0), //       n 4,  Σx 20
  staff_3: lv(3, 1, 0, 0, 0), //       n 4,  Σx 19
  facility_1: lv(8, 2, 0, 0, 0), //    n 10, Σx 48, x̄ 4.8
  facility_2: lv(0, 0, 1, 1, 0, 8), // n 2,  Σx 5,  x̄ 2.5, 8 × N/A
  sex: { female: 5, male: 4 }, // not scored
  suggestion: { '*': 3 }, //          not scored
}

describe('scoreThaiMean on thai-lgu-standard', () => {
  const result = scoreThaiMean(definition, counts, options)

  it('reports the overall-satisfaction item on its own', () => {
    const s = rated(result.overallItem)
    expect(s.n).toBe(10)
    expect(s.mean).toBeCloseTo(4.6, 12) // 46 / 10
    expect(s.percentSatisfaction).toBe(92)
  })

  it.each([
    // aspect, n, Σx, mean, percent (Σx × 20 ÷ n), band
    ['process', 8, 32, 4.0, 80, 'มาก'], //            equal n: pooled 4.00 = (4.5 + 3.5) / 2
    ['channel', 8, 24, 3.0, 60, 'ปานกลาง'],
    ['staff', 12, 59, 59 / 12, 98.33, 'มากที่สุด'], // 4.9167; 59 × 20 / 12 = 98.333
    ['facilities', 12, 53, 53 / 12, 88.33, 'มากที่สุด'], // 4.4167, NOT (4.8 + 2.5) / 2 = 3.65
  ])('aspect %s pools its items: n %i, Σx %i', (id, n, _sum, mean, percent, band) => {
    const aspect = result.aspects.find((a) => a.id === id)!
    const s = rated(aspect.stats)
    expect(s.n).toBe(n)
    expect(s.mean).toBeCloseTo(mean, 12)
    expect(s.percentSatisfaction).toBe(percent)
    expect(s.band.label.th).toBe(band)
  })

  it('keeps aspect order, labels and item texts from the definition', () => {
    expect(result.aspects.map((a) => a.id)).toEqual(['process', 'channel', 'staff', 'facilities'])
    expect(result.aspects[3]!.label.th).toBe('ด้านสิ่งอำนวยความสะดวก')
    expect(result.aspects[3]!.items.map((i) => i.id)).toEqual(['facility_1', 'facility_2'])
    const item2 = result.aspects[3]!.items[1]!
    expect(rated(item2.stats)).toMatchObject({ n: 2, notApplicable: 8, mean: 2.5 })
    expect(item2.text.th.length).toBeGreaterThan(0)
  })

  it('with unequal n the pooled aspect mean differs from the mean of item means', () => {
    const facilities = result.aspects.find((a) => a.id === 'facilities')!
    const itemMeans = facilities.items.map((i) => rated(i.stats).mean) // 4.8 and 2.5
    expect((itemMeans[0]! + itemMeans[1]!) / 2).toBeCloseTo(3.65, 12)
    expect(rated(facilities.stats).mean).toBeCloseTo(4.416667, 6) // (48 + 5) / (10 + 2)
    expect(rated(facilities.stats).notApplicable).toBe(8)
  })

  it('pools every aspect item for the overall figure, leaving the overall item out', () => {
    const s = rated(result.overall)
    // n = 8 + 8 + 12 + 12 = 40; Σx = 32 + 24 + 59 + 53 = 168; x̄ = 4.20 (46 from `overall` not included)
    expect(s.n).toBe(40)
    expect(s.mean).toBeCloseTo(4.2, 12)
    expect(s.percentSatisfaction).toBe(84) // 168 × 20 / 40
    expect(s.band.label.th).toBe('มาก') // 4.20 is the top of มาก
    expect(s.points.points).toBe(7) // 84 > 80
    // Σx² = process 82 + 52 · channel 64 + 16 · staff 100 + 100 + 91 · facilities 232 + 13 = 750
    // 40 × 750 − 168² = 30000 − 28224 = 1776; S.D. = √(1776 ÷ (40 × 39)) = √1.138462 = 1.066987
    expect(s.sd).toBeCloseTo(1.066987, 6)
    expect(s.notApplicable).toBe(8)
  })

  it('gives no data everywhere when nobody answered', () => {
    const empty = scoreThaiMean(definition, {}, options)
    expect(empty.overallItem).toEqual({ kind: 'no-data', n: 0, notApplicable: 0 })
    expect(empty.overall.kind).toBe('no-data')
    expect(empty.aspects.every((a) => a.stats.kind === 'no-data' && a.items.every((i) => i.stats.kind === 'no-data'))).toBe(true)
  })

  it('gives overallItem null for a questionnaire without one', () => {
    const scoring = definition.scoring
    if (scoring.method !== 'thai-mean') throw new Error('unexpected')
    const withoutOverall = { ...definition, scoring: { ...scoring, overallItem: undefined } }
    expect(scoreThaiMean(withoutOverall, counts, options).overallItem).toBeNull()
  })

  it('refuses a questionnaire scored another way', () => {
    expect(() => scoreThaiMean(builtinDefinition('arta-csm'), counts, options)).toThrow(/arta-csm/)
  })
})
