import { describe, expect, it } from 'vitest'
import { percentOf, round2 } from '../../../src/domain/scoring/index.js'

describe('round2: half away from zero on the printed decimal', () => {
  it.each([
    // x, printed — why
    [91.125, 91.13, 'a half rounds up (a plain Math.round on 9112.499… would give 91.12)'],
    [4.555, 4.56, 'stored as 4.55499999…; printed tables show 4.56'],
    [1.005, 1.01, 'stored as 1.00499999…'],
    [2.675, 2.68, 'stored as 2.67499999…'],
    [4.5565, 4.56, '455.65 → 456'],
    [4.5549, 4.55, 'genuinely below the half'],
    [4.2049, 4.2, '420.49 → 420'],
    [0.125, 0.13, 'half up'],
    [-1.005, -1.01, 'half AWAY from zero for negatives'],
    [-0.001, 0, 'no "-0"'],
    [85.66037735849056, 85.66, '27240 ÷ 318'],
    [100, 100, 'whole numbers unchanged'],
  ])('%s → %s (%s)', (x, printed) => {
    expect(round2(x)).toBe(printed)
    expect(Object.is(round2(x), -0)).toBe(false)
  })

  it('refuses NaN and Infinity', () => {
    expect(() => round2(NaN)).toThrow()
    expect(() => round2(Infinity)).toThrow()
  })
})

describe('percentOf', () => {
  it.each([
    [1, 3, 33.33], // 33.333…
    [2, 3, 66.67], // 66.666…
    [1, 8, 12.5], // exact
    [1, 32, 3.13], // 3.125 → half up
    [169, 318, 53.14], // 53.1446…
    [0, 5, 0],
  ])('%i of %i = %s %%', (part, whole, expected) => {
    expect(percentOf(part, whole)).toBe(expected)
  })

  it('refuses a zero whole instead of giving NaN', () => {
    expect(() => percentOf(0, 0)).toThrow()
  })
})
