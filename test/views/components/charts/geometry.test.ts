import { describe, expect, it } from 'vitest'
import { barLength, ends, interval, ranked, ticks, trendScale, trendX } from '../../../../views/components/charts/geometry.js'

describe('barLength', () => {
  it('is the value as a share of the scale, in percent of the track', () => {
    expect(barLength(85.66, 100)).toBe(85.66)
    // 3 of 8 organisations: 37.5 %
    expect(barLength(3, 8)).toBe(37.5)
    // 2 of 3: 66.666… rounded to 66.67
    expect(barLength(2, 3)).toBe(66.67)
  })

  it('stays on the track and is nothing on an empty scale', () => {
    expect(barLength(-4, 100)).toBe(0)
    expect(barLength(104, 100)).toBe(100)
    expect(barLength(5, 0)).toBe(0)
  })
})

describe('interval', () => {
  it('spans the value minus and plus its margin', () => {
    // 85.66 ± 3.21 → 82.45 to 88.87
    expect(interval(85.66, 3.21, 100)).toEqual({ from: 82.45, to: 88.87 })
  })

  it('is cut at the ends of the scale', () => {
    // 97.5 ± 4 → 93.5 to 101.5, cut at 100
    expect(interval(97.5, 4, 100)).toEqual({ from: 93.5, to: 100 })
    expect(interval(2, 5, 100)).toEqual({ from: 0, to: 7 })
  })

  it('is absent without a margin', () => {
    expect(interval(80, null, 100)).toBeNull()
    expect(interval(80, 0, 100)).toBeNull()
  })
})

describe('ticks', () => {
  it('marks every step with the end labels anchored inwards', () => {
    expect(ticks(100, 25)).toEqual([
      { value: 0, at: 0, anchor: 'start' },
      { value: 25, at: 25, anchor: 'middle' },
      { value: 50, at: 50, anchor: 'middle' },
      { value: 75, at: 75, anchor: 'middle' },
      { value: 100, at: 100, anchor: 'end' },
    ])
  })

  it('has none without a scale', () => {
    expect(ticks(0, 25)).toEqual([])
  })
})

describe('ranked', () => {
  it('puts the highest first, keeps the given order on ties and leaves out rows without a figure', () => {
    const rows = [
      { name: 'ก', v: 70 },
      { name: 'ข', v: null },
      { name: 'ค', v: 91.5 },
      { name: 'ง', v: 70 },
    ]
    expect(ranked(rows, (r) => r.v).map((r) => r.name)).toEqual(['ค', 'ก', 'ง'])
  })
})

describe('ends', () => {
  it('keeps a short list whole', () => {
    expect(ends([1, 2, 3, 4, 5], 2)).toEqual({ top: [1, 2, 3, 4, 5], bottom: [], between: 0 })
  })

  it('keeps the n highest and n lowest of a long list and counts the rest', () => {
    expect(ends([9, 8, 7, 6, 5, 4, 3], 2)).toEqual({ top: [9, 8], bottom: [4, 3], between: 3 })
  })
})

describe('trendScale', () => {
  it('starts at the multiple of 10 under the lowest value and ticks every 10 up to 100', () => {
    // Lowest 66.98 − 5.01 = 61.97: floor 60, ticks 60 … 100.
    expect(trendScale([61.97, 70.82])).toEqual({ floor: 60, ticks: [60, 70, 80, 90, 100] })
  })

  it('ticks every 20 over a wide span, down past the lowest value so it stays on the scale', () => {
    // Lowest 31: floor 30, a span of 70 → every 20 from 100: 100, 80, 60, 40, 20 (the first at or under 30).
    expect(trendScale([31])).toEqual({ floor: 20, ticks: [20, 40, 60, 80, 100] })
    expect(trendScale([])).toEqual({ floor: 0, ticks: [0, 20, 40, 60, 80, 100] })
  })

  it('never starts above 90, so a 100 still has a line under it', () => {
    expect(trendScale([99.5])).toEqual({ floor: 90, ticks: [90, 100] })
  })
})

describe('trendX', () => {
  it('spreads rounds from 20 % to 88 %, one alone in the middle', () => {
    expect([0, 1, 2].map((i) => trendX(i, 3))).toEqual([20, 54, 88])
    expect(trendX(0, 1)).toBe(54)
  })
})
