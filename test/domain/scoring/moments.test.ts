import { describe, expect, it } from 'vitest'
import {
  addAnswer,
  DEFAULT_SCORING_OPTIONS as options,
  momentsOf,
  momentStats,
  poolMoments,
  ratingStats,
} from '../../../src/domain/scoring/index.js'
import { lv, seededRandom } from './helpers.js'

describe('momentStats', () => {
  it('matches ratingStats on the same answers (1,000 seeded random groups)', () => {
    const random = seededRandom(20240605)
    for (let trial = 0; trial < 1000; trial++) {
      // Small groups often (0, 1 and 2 answers included), sometimes large and lopsided ones.
      const scale = [2, 10, 300, 50_000][trial % 4]!
      const counts = lv(
        ...([0, 0, 0, 0, 0].map(() => Math.floor(random() ** 2 * scale)) as [number, number, number, number, number]),
      )
      const na = Math.floor(random() * 3)
      // Expand to raw answers and sum them the way SQL would.
      const answers = Object.entries(counts).flatMap(([value, count]) => Array<number>(count).fill(Number(value)))
      const moments = {
        n: answers.length,
        sum: answers.reduce((t, x) => t + x, 0),
        sumSquares: answers.reduce((t, x) => t + x * x, 0),
        topTwo: answers.filter((x) => x >= 4).length,
        notApplicable: na,
      }
      const fromCounts = ratingStats({ ...counts, na }, options)
      const fromMoments = momentStats(moments, options)
      if (fromCounts.kind === 'no-data') {
        expect(fromMoments).toEqual(fromCounts)
        continue
      }
      const { levels: _levels, ...summary } = fromCounts
      expect(fromMoments).toEqual(summary)
      // And both agree with a two-pass mean and S.D. over the raw answers.
      const mean = moments.sum / moments.n
      expect(summary.mean).toBeCloseTo(mean, 10)
      if (moments.n >= 2) {
        const ss = answers.reduce((t, x) => t + (x - mean) ** 2, 0)
        expect(summary.sd!).toBeCloseTo(Math.sqrt(ss / (moments.n - 1)), 9)
      } else expect(summary.sd).toBeNull()
    }
  })

  it('gives the published example from sums alone', () => {
    // 169 / 90 / 45 / 8 / 6: n 318, Σx 1362, Σx² 6108, 4–5: 259
    const s = momentStats({ n: 318, sum: 1362, sumSquares: 6108, topTwo: 259 }, options)
    expect(s).toMatchObject({
      kind: 'rating',
      n: 318,
      notApplicable: 0,
      percentSatisfaction: 85.66,
      marginOfError: 2.05,
      topTwoBox: 81.45,
    })
    expect('levels' in s).toBe(false)
  })

  it('handles national-size sums exactly', () => {
    // The published example × 1,000,000: same mean, so the same percent and band.
    const s = momentStats({ n: 318e6, sum: 1362e6, sumSquares: 6108e6, topTwo: 259e6 }, options)
    if (s.kind !== 'rating') throw new Error('expected figures')
    expect(s.percentSatisfaction).toBe(85.66)
    // n·Σx² − (Σx)² = 10¹² × 87,300; S.D. = √(87,300 × 10¹² ÷ (318e6 × (318e6 − 1))) ≈ √(87,300 ÷ 101,124) = √0.8632965 = 0.9291375
    expect(s.sd).toBeCloseTo(0.9291375, 6)
    expect(s.marginOfError).toBe(0) // 1.96 × 0.929 ÷ √318e6 × 20 = 0.002
  })

  it.each([['no answers', { n: 0, sum: 0, sumSquares: 0, topTwo: 0, notApplicable: 3 }]])('%s → no data', (_name, moments) => {
    expect(momentStats(moments, options)).toEqual({ kind: 'no-data', n: 0, notApplicable: 3 })
  })

  it.each([
    ['a mean above 5', { n: 2, sum: 11, sumSquares: 61, topTwo: 2 }],
    ['a mean below 1', { n: 2, sum: 1, sumSquares: 1, topTwo: 0 }],
    ['Σx² too small for Σx', { n: 2, sum: 6, sumSquares: 17, topTwo: 0 }], // 2 × 17 − 36 < 0
    ['more 4–5 answers than answers', { n: 2, sum: 8, sumSquares: 32, topTwo: 3 }],
    ['sums without answers', { n: 0, sum: 5, sumSquares: 25, topTwo: 1 }],
    ['a fractional n', { n: 1.5, sum: 5, sumSquares: 25, topTwo: 1 }],
  ])('refuses %s', (_name, moments) => {
    expect(() => momentStats(moments, options)).toThrow()
  })
})

describe('momentsOf', () => {
  it.each([
    // 5, 5, 3, 1: Σx = 14, Σx² = 25 + 25 + 9 + 1 = 60, two of 4–5.
    ['levels with N/A', { '5': 2, '3': 1, '1': 1, na: 2 }, { n: 4, sum: 14, sumSquares: 60, topTwo: 2, notApplicable: 2 }],
    // Free text ('*') is not a rating: 4, 4, 4 only.
    ['free text left out', { '4': 3, '*': 5 }, { n: 3, sum: 12, sumSquares: 48, topTwo: 3, notApplicable: 0 }],
    ['nothing', {}, { n: 0, sum: 0, sumSquares: 0, topTwo: 0, notApplicable: 0 }],
  ])('%s', (_name, counts, expected) => {
    expect(momentsOf(counts)).toEqual(expected)
  })
})

describe('poolMoments', () => {
  // a: 5 and 4 (Σx² 41); b: 1, 2 and 3 (Σx² 14) and one N/A.
  const a = { n: 2, sum: 9, sumSquares: 41, topTwo: 2 }
  const b = { n: 3, sum: 6, sumSquares: 14, topTwo: 0, notApplicable: 1 }

  it.each([
    [
      'two groups, a missing one adding nothing',
      [a, undefined, b],
      { n: 5, sum: 15, sumSquares: 55, topTwo: 2, notApplicable: 1 },
    ],
    ['no groups', [], { n: 0, sum: 0, sumSquares: 0, topTwo: 0, notApplicable: 0 }],
    ['only missing groups', [undefined, undefined], { n: 0, sum: 0, sumSquares: 0, topTwo: 0, notApplicable: 0 }],
  ])('%s', (_name, list, expected) => {
    expect(poolMoments(list)).toEqual(expected)
  })
})

describe('addAnswer', () => {
  it('adds one answer at a time to the same sums momentsOf gives', () => {
    const m = { n: 0, sum: 0, sumSquares: 0, topTwo: 0, notApplicable: 0 }
    for (const level of [5, null, 2, 4]) addAnswer(m, level)
    // 5, 2, 4: Σx = 11, Σx² = 25 + 4 + 16 = 45, two of 4–5, one N/A.
    expect(m).toEqual({ n: 3, sum: 11, sumSquares: 45, topTwo: 2, notApplicable: 1 })
    expect(m).toEqual(momentsOf({ '5': 1, '4': 1, '2': 1, na: 1 }))
  })
})
