import { describe, expect, it } from 'vitest'
import { DEFAULT_SCORING_OPTIONS as options, ratingStats, round2, type RatingStats } from '../../../src/domain/scoring/index.js'
import { lv } from './helpers.js'

function rated(stats: RatingStats) {
  if (stats.kind !== 'rating') throw new Error('expected figures, got no data')
  return stats
}

describe('ratingStats: the published examples', () => {
  it('169 / 90 / 45 / 8 / 6 (n = 318)', () => {
    const s = rated(ratingStats(lv(169, 90, 45, 8, 6), options))
    expect(s.n).toBe(318) // 169 + 90 + 45 + 8 + 6
    // 169/318 = 0.531446 · 90/318 = 0.283019 · 45/318 = 0.141509 · 8/318 = 0.025157 · 6/318 = 0.018868
    expect(s.levels).toEqual([
      { value: 5, count: 169, percent: 53.14 },
      { value: 4, count: 90, percent: 28.3 },
      { value: 3, count: 45, percent: 14.15 },
      { value: 2, count: 8, percent: 2.52 },
      { value: 1, count: 6, percent: 1.89 },
    ])
    // Σx = 845 + 360 + 135 + 16 + 6 = 1362; x̄ = 1362 / 318 = 4.28302 → 4.28
    expect(s.mean).toBeCloseTo(1362 / 318, 12)
    expect(round2(s.mean)).toBe(4.28)
    // Σx² = 4225 + 1440 + 405 + 32 + 6 = 6108; n·Σx² − (Σx)² = 1,942,344 − 1,855,044 = 87,300
    // S.D. = √(87,300 ÷ (318 × 317 = 100,806)) = √0.866020 = 0.930602 → 0.93
    expect(s.sd).toBeCloseTo(0.930602, 6)
    expect(round2(s.sd!)).toBe(0.93)
    // 4.28302 ÷ 5 × 100 = 85.6604 → 85.66 (not 85.60 from the rounded 4.28)
    expect(s.percentSatisfaction).toBe(85.66)
    // 1.96 × 0.930602 ÷ √318 (17.83255) × 20 = 2.0457 → 2.05
    expect(s.marginOfError).toBe(2.05)
    // (169 + 90) / 318 = 0.814465 → 81.45
    expect(s.topTwoBox).toBe(81.45)
    expect(s.band.label).toEqual({ th: 'มากที่สุด', en: 'Highest' }) // 4.28 ≥ 4.21
    expect(s.points).toMatchObject({ points: 8, official: false }) // 85.66 > 85
    expect(s.notApplicable).toBe(0)
  })

  it('9,113 points over 2,000 answers: 4.56 and 91.13 %, not 91.20 %', () => {
    // 1,200 × 5 + 713 × 4 + 87 × 3 = 6000 + 2852 + 261 = 9113
    const s = rated(ratingStats(lv(1200, 713, 87, 0, 0), options))
    expect(s.n).toBe(2000)
    expect(s.mean).toBeCloseTo(4.5565, 12) // 9113 / 2000
    expect(round2(s.mean)).toBe(4.56) // 455.65 → 456 (toFixed would print 4.56 only by luck)
    expect(s.percentSatisfaction).toBe(91.13) // 4.5565 ÷ 5 × 100 = 91.13 exactly
    // 1200/2000 = 60 % · 713/2000 = 35.65 % · 87/2000 = 4.35 %
    expect(s.levels.map((l) => l.percent)).toEqual([60, 35.65, 4.35, 0, 0])
    // Σx² = 30000 + 11408 + 783 = 42191; 2000 × 42191 − 9113² = 84,382,000 − 83,046,769 = 1,335,231
    // S.D. = √(1,335,231 ÷ 3,998,000) = √0.333975 = 0.577905
    expect(s.sd).toBeCloseTo(0.577905, 6)
    // 1.96 × 0.577905 ÷ √2000 (44.72136) × 20 = 0.5066 → 0.51
    expect(s.marginOfError).toBe(0.51)
    expect(s.topTwoBox).toBe(95.65) // 1913 / 2000
    expect(s.band.label.th).toBe('มากที่สุด')
    expect(s.points.points).toBe(9) // 91.13 > 90
  })
})

describe('ratingStats: N/A, no data, tiny groups', () => {
  it('leaves N/A out of n and the percents', () => {
    // 3 fives + 1 four answered, 4 N/A: n = 4, not 8
    const s = rated(ratingStats(lv(3, 1, 0, 0, 0, 4), options))
    expect(s.n).toBe(4)
    expect(s.notApplicable).toBe(4)
    expect(s.levels.map((l) => l.percent)).toEqual([75, 25, 0, 0, 0]) // 3/4, 1/4
    expect(s.mean).toBe(4.75) // 19 / 4
    expect(s.percentSatisfaction).toBe(95) // exactly 95.00
    expect(s.points.points).toBe(9) // 95.00 is not MORE than 95
  })

  it.each([
    ['all N/A', { na: 7 }, 7],
    ['nothing at all', {}, 0],
    ['only zero counts', lv(0, 0, 0, 0, 0), 0],
    ['only free text and N/A', { '*': 3, na: 1 }, 1],
  ])('%s → no data, never NaN or 0 %%', (_name, counts, notApplicable) => {
    expect(ratingStats(counts, options)).toEqual({ kind: 'no-data', n: 0, notApplicable })
  })

  it('one answer: figures, but no S.D. and no margin of error', () => {
    const s = rated(ratingStats(lv(0, 0, 1, 0, 0), options))
    expect(s).toMatchObject({ n: 1, mean: 3, sd: null, marginOfError: null, percentSatisfaction: 60, topTwoBox: 0 })
    expect(s.band.label.th).toBe('ปานกลาง') // 3.00
    expect(s.points.points).toBe(2) // 60.00 > 55 but not > 60
  })

  it('two answers 5 and 1: S.D. √8 and MoE 78.40', () => {
    // x̄ = 3; S.D. = √(((5−3)² + (1−3)²) ÷ 1) = √8 = 2.828427
    // MoE = 1.96 × √8 ÷ √2 × 20 = 1.96 × 2 × 20 = 78.40
    const s = rated(ratingStats(lv(1, 0, 0, 0, 1), options))
    expect(s.sd).toBeCloseTo(Math.SQRT2 * 2, 12)
    expect(s.marginOfError).toBe(78.4)
  })

  it('everyone agrees: S.D. 0 and MoE 0', () => {
    const s = rated(ratingStats(lv(0, 10, 0, 0, 0), options))
    expect(s).toMatchObject({ mean: 4, sd: 0, marginOfError: 0, percentSatisfaction: 80, topTwoBox: 100 })
  })

  it('lists every level 5 → 1 even when absent', () => {
    const s = rated(ratingStats({ '2': 1 }, options))
    expect(s.levels).toEqual([
      { value: 5, count: 0, percent: 0 },
      { value: 4, count: 0, percent: 0 },
      { value: 3, count: 0, percent: 0 },
      { value: 2, count: 1, percent: 100 },
      { value: 1, count: 0, percent: 0 },
    ])
  })

  it('refuses a key that is not a level', () => {
    expect(() => ratingStats({ '4.5': 1 }, options)).toThrow()
  })
})

describe('ratingStats: bands are read on the mean rounded to 2 decimals', () => {
  it.each([
    // counts 5→1, Σx / n = mean → printed, band
    [lv(41, 159, 0, 0, 0), '841/200 = 4.205 → 4.21', 'มากที่สุด'], // 205 + 636
    [lv(2049, 7951, 0, 0, 0), '42049/10000 = 4.2049 → 4.20', 'มาก'], // 10245 + 31804
    [lv(0, 81, 119, 0, 0), '681/200 = 3.405 → 3.41', 'มาก'], // 324 + 357
    [lv(0, 4049, 5951, 0, 0), '34049/10000 = 3.4049 → 3.40', 'ปานกลาง'], // 16196 + 17853
    [lv(0, 0, 121, 79, 0), '521/200 = 2.605 → 2.61', 'ปานกลาง'], // 363 + 158
    [lv(0, 0, 6049, 3951, 0), '26049/10000 = 2.6049 → 2.60', 'น้อย'], // 18147 + 7902
    [lv(0, 0, 0, 161, 39), '361/200 = 1.805 → 1.81', 'น้อย'], // 322 + 39
    [lv(0, 0, 0, 8049, 1951), '18049/10000 = 1.8049 → 1.80', 'น้อยที่สุด'], // 16098 + 1951
    [lv(3, 0, 0, 0, 0), '5.00', 'มากที่สุด'],
    [lv(0, 0, 0, 0, 3), '1.00', 'น้อยที่สุด'],
  ])('%j: %s → %s', (counts, _why, band) => {
    expect(rated(ratingStats(counts, options)).band.label.th).toBe(band)
  })
})

describe('ratingStats: points from the printed percent', () => {
  it.each([
    [lv(3, 1, 0, 0, 0), '19/4 = 4.75 → 95.00 %', 95, 9],
    [lv(1501, 499, 0, 0, 0), '9501/2000 = 4.7505 → 95.01 %', 95.01, 10], // 7505 + 1996
    [lv(3751, 1249, 0, 0, 0), '23751/5000 = 4.7502 → 95.004 → 95.00 %', 95, 9], // 18755 + 4996
    [lv(0, 0, 1, 1, 0), '5/2 = 2.5 → 50.00 %', 50, 0],
    [lv(0, 0, 0, 0, 1), '1 → 20.00 %', 20, 0],
    [lv(1, 0, 0, 0, 0), '5 → 100.00 %', 100, 10],
  ])('%j: %s → %s %% → %i points', (counts, _why, percent, points) => {
    const s = rated(ratingStats(counts, options))
    expect(s.percentSatisfaction).toBe(percent)
    expect(s.points.points).toBe(points)
  })
})
