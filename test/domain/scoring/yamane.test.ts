import { describe, expect, it } from 'vitest'
import { yamaneSampleSize } from '../../../src/domain/scoring/index.js'

describe('yamaneSampleSize = ⌈N ÷ (1 + N·e²)⌉', () => {
  it.each([
    [1_000_000, 0.05, 400], // 1,000,000 ÷ 2,501 = 399.84
    [5_000, 0.05, 371], //     5,000 ÷ 13.5 = 370.37
    [10_000, 0.05, 385], //    10,000 ÷ 26 = 384.62
    [7_849, 0.05, 381], //     7,849 ÷ 20.6225 = 380.60
    [2_000, 0.05, 334], //     2,000 ÷ 6 = 333.33
    [400, 0.05, 200], //       400 ÷ 2 = 200 exactly, not 201
    [100, 0.05, 80], //        100 ÷ 1.25 = 80 exactly
    [1_600, 0.05, 320], //     1,600 ÷ 5 = 320 exactly
    [1, 0.05, 1], //           1 ÷ 1.0025 = 0.9975
    [1_000_000, 0.03, 1110], // 1,000,000 ÷ 901 = 1109.88
    [900, 0.1, 90], //         900 ÷ 10 = 90 exactly
    [Infinity, 0.05, 400], //  the limit 1 ÷ e²
    [0, 0.05, 0],
    [-5, 0.05, 0],
  ])('N = %s, e = %s → %i', (population, e, expected) => {
    expect(yamaneSampleSize(population, e)).toBe(expected)
  })

  it('defaults e to 0.05', () => {
    expect(yamaneSampleSize(1_000_000)).toBe(400)
  })

  it.each([[0], [1], [-0.05]])('refuses e = %s', (e) => {
    expect(() => yamaneSampleSize(100, e)).toThrow()
  })
})
