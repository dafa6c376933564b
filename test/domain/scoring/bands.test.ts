import { describe, expect, it } from 'vitest'
import {
  bandFor,
  DEFAULT_SCORING_OPTIONS,
  meetsMinimum,
  pointsFor,
  ratingStats,
  type ScoringOptions,
} from '../../../src/domain/scoring/index.js'
import { lv } from './helpers.js'

const { bands, points } = DEFAULT_SCORING_OPTIONS

describe('DEFAULT_SCORING_OPTIONS', () => {
  it('holds the DESIGN.md bands with Thai and English labels', () => {
    expect(bands.bands.map((b) => [b.min, b.max, b.label.th, b.label.en])).toEqual([
      [4.21, 5.0, 'มากที่สุด', 'Highest'],
      [3.41, 4.2, 'มาก', 'High'],
      [2.61, 3.4, 'ปานกลาง', 'Moderate'],
      [1.81, 2.6, 'น้อย', 'Low'],
      [1.0, 1.8, 'น้อยที่สุด', 'Lowest'],
    ])
  })

  it('labels the points table as not official and says it is unconfirmed', () => {
    expect(points.official).toBe(false)
    expect(points.source.en).toMatch(/not confirmed/)
    expect(points.steps).toEqual([
      { above: 95, points: 10 },
      { above: 90, points: 9 },
      { above: 85, points: 8 },
      { above: 80, points: 7 },
      { above: 75, points: 6 },
      { above: 70, points: 5 },
      { above: 65, points: 4 },
      { above: 60, points: 3 },
      { above: 55, points: 2 },
      { above: 50, points: 1 },
    ])
    expect(DEFAULT_SCORING_OPTIONS.minimumResponses).toBe(10)
  })
})

describe('bandFor', () => {
  it.each([
    [5, 'มากที่สุด'],
    [4.21, 'มากที่สุด'],
    [4.205, 'มากที่สุด'], // printed 4.21
    [4.2049, 'มาก'], // printed 4.20
    [4.2, 'มาก'],
    [3.41, 'มาก'],
    [3.405, 'มาก'], // 3.41
    [3.4049, 'ปานกลาง'], // 3.40
    [2.61, 'ปานกลาง'],
    [2.605, 'ปานกลาง'], // 2.61
    [2.6049, 'น้อย'], // 2.60
    [1.81, 'น้อย'],
    [1.805, 'น้อย'], // 1.81
    [1.8049, 'น้อยที่สุด'], // 1.80
    [1, 'น้อยที่สุด'],
  ])('%s → %s', (mean, th) => {
    expect(bandFor(mean, bands).label.th).toBe(th)
  })

  it.each([[0.99], [5.001], [0], [NaN]])('refuses a mean of %s, outside 1–5', (mean) => {
    expect(() => bandFor(mean, bands)).toThrow()
  })

  it('uses a configured table and says when it has a gap', () => {
    const twoBands = {
      source: { th: 'ทดสอบ', en: 'test' },
      bands: [
        { min: 3.0, max: 5.0, label: { th: 'ดี', en: 'Good' } },
        { min: 1.0, max: 2.5, label: { th: 'ไม่ดี', en: 'Poor' } },
      ],
    }
    expect(bandFor(2.995, twoBands).label.en).toBe('Good') // 3.00
    expect(bandFor(2.5049, twoBands).label.en).toBe('Poor') // 2.50
    expect(() => bandFor(2.75, twoBands)).toThrow(/no band for 2.75/)
  })
})

describe('pointsFor: strictly more than each step', () => {
  it.each([
    [100, 10],
    [95.01, 10],
    [95, 9],
    [90.01, 9],
    [90, 8],
    [85.66, 8],
    [50.01, 1],
    [50, 0],
    [0, 0],
  ])('%s %% → %i points', (percent, expected) => {
    const result = pointsFor(percent, points)
    expect(result.points).toBe(expected)
    expect(result.official).toBe(false)
    expect(result.source).toBe(points.source)
  })

  it('carries a configured official table and its source', () => {
    const official = { source: { th: 'ระเบียบ ก', en: 'Regulation A' }, official: true, steps: [{ above: 80, points: 5 }] }
    expect(pointsFor(80.01, official)).toEqual({ points: 5, official: true, source: official.source })
    expect(pointsFor(80, official).points).toBe(0)
  })

  it('ratingStats uses the configured tables', () => {
    const options: ScoringOptions = {
      ...DEFAULT_SCORING_OPTIONS,
      points: { source: { th: 'ก', en: 'A' }, official: true, steps: [{ above: 59.99, points: 1 }] },
    }
    const s = ratingStats(lv(0, 0, 1, 0, 0), options) // 3 → 60.00 %
    expect(s.kind === 'rating' && s.points).toEqual({ points: 1, official: true, source: { th: 'ก', en: 'A' } })
  })
})

describe('meetsMinimum', () => {
  it.each([
    [0, false],
    [9, false],
    [10, true],
    [11, true],
  ])('%i answers against the default 10 → %s', (n, expected) => {
    expect(meetsMinimum(n, DEFAULT_SCORING_OPTIONS)).toBe(expected)
  })

  it('uses the configured minimum', () => {
    expect(meetsMinimum(5, { minimumResponses: 5 })).toBe(true)
  })
})
