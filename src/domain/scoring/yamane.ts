/**
 * Taro Yamane's sample size, n = N ÷ (1 + N·e²), rounded up: the target Thai surveys use.
 * e = 0.05 gives 400 for any large population.
 */
export function yamaneSampleSize(population: number, e = 0.05): number {
  if (Number.isNaN(population)) throw new RangeError('population is not a number')
  if (!(e > 0 && e < 1)) throw new RangeError(`margin of error e must be between 0 and 1, got ${e}`)
  if (population <= 0) return 0
  if (population === Infinity) return Math.ceil(Number((1 / (e * e)).toPrecision(12)))
  const n = population / (1 + population * e * e)
  // 0.05² is 0.0025000000000000005 in binary; trimming to 12 digits stops an exact 200 from
  // becoming 200.00000000000003 and rounding up to 201.
  return Math.ceil(Number(n.toPrecision(12)))
}
