/**
 * Rounding as Thai published tables print numbers: to 2 decimals, half away from zero, on the
 * decimal value a person would write down. Binary floating point stores 4.555 as
 * 4.55499999999999971578…, so a plain `Math.round(x * 100) / 100` gives 4.55; trimming the
 * product to 15 significant digits first removes that representation error (4.555 → 4.56,
 * 91.125 → 91.13) while any genuinely lower value (4.5549) still rounds down.
 */

/** `x` rounded to 2 decimals, half away from zero. Throws on NaN or ±Infinity. */
export function round2(x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`cannot round ${x}`)
  const raw = Math.abs(x) * 100
  // Trimming to 15 digits moves a value below 10⁹ by under 10⁻⁶, so it can only change the
  // rounding of a value that close to a half; every other value skips the (slow) string step.
  const half = Math.abs(raw - Math.floor(raw) - 0.5)
  const scaled = raw < 1e9 && half > 1e-6 ? raw : Number(raw.toPrecision(15))
  const rounded = Math.round(scaled) / 100
  // `|| 0` keeps a negative value that rounds to zero from printing as "-0".
  return x < 0 ? -rounded || 0 : rounded
}

/**
 * `part` as a percent of `whole`, rounded to 2 decimals. With whole-number counts
 * `part * 100` is exact, so the only floating-point step is one correctly rounded division.
 */
export function percentOf(part: number, whole: number): number {
  if (!(whole > 0)) throw new RangeError(`cannot take a percent of ${whole}`)
  return round2((part * 100) / whole)
}
