/**
 * Chart geometry, pure: where a figure lands on a bar's track, the span of its margin of
 * error, the ticks of the scale, and which rows a ranked chart draws. Positions are percentages
 * of the chart's width, so an SVG drawn with them stretches from a 360 px phone to a desktop
 * while its text keeps the page's size.
 *
 * @example
 * barLength(85.66, 100)        // 85.66
 * interval(85.66, 3.21, 100)   // { from: 82.45, to: 88.87 }
 */

/** Two decimals, so the markup (and the tests reading it) does not carry float noise. */
const at2 = (x: number) => Math.round(x * 100) / 100

const clamp = (x: number, max: number) => Math.max(0, Math.min(max, x))

/** A value's length as a percentage of the track: `value` of `max`, clamped to the track. */
export function barLength(value: number, max: number): number {
  if (!(max > 0)) return 0
  return at2((clamp(value, max) / max) * 100)
}

/** The margin of error around `value`, as percentages of the track, cut at both ends of the scale. */
export function interval(value: number, margin: number | null, max: number): { from: number; to: number } | null {
  if (margin === null || !(margin > 0) || !(max > 0)) return null
  return { from: barLength(value - margin, max), to: barLength(value + margin, max) }
}

export type Tick = { value: number; at: number; anchor: 'start' | 'middle' | 'end' }

/** Ticks every `step` from 0 to `max`; the end ones are anchored inwards so their labels stay inside the chart. */
export function ticks(max: number, step: number): Tick[] {
  if (!(max > 0) || !(step > 0)) return []
  const out: Tick[] = []
  for (let value = 0; value <= max + 1e-9; value += step) {
    const at = barLength(value, max)
    out.push({ value, at, anchor: at === 0 ? 'start' : at === 100 ? 'end' : 'middle' })
  }
  return out
}

/**
 * Rows with a figure, highest first; ties in the order given (callers pass them in name order).
 * Rows without a figure are left out: they have nothing to rank by.
 */
export function ranked<T>(rows: readonly T[], valueOf: (row: T) => number | null): T[] {
  return rows
    .map((row, i) => ({ row, i, value: valueOf(row) }))
    .filter((r): r is { row: T; i: number; value: number } => r.value !== null)
    .sort((a, b) => b.value - a.value || a.i - b.i)
    .map((r) => r.row)
}

/**
 * A ranked list cut to its ends when it is long: the `n` highest and `n` lowest, and how many
 * lie between. Up to `2n + 1` rows are all drawn (hiding one row would save nothing).
 */
export function ends<T>(rows: readonly T[], n: number): { top: T[]; bottom: T[]; between: number } {
  if (rows.length <= 2 * n + 1) return { top: [...rows], bottom: [], between: 0 }
  return { top: rows.slice(0, n), bottom: rows.slice(rows.length - n), between: rows.length - 2 * n }
}

/**
 * The vertical scale of a chart over rounds: from a floor at a multiple of 10 under the lowest
 * value (never under 0) to 100, ticked every 10, or every 20 when that would be more than six
 * lines. A scale from 0 would press changes of a few points into a pixel or two.
 */
export function trendScale(lows: readonly number[]): { floor: number; ticks: number[] } {
  const lowest = lows.length === 0 ? 0 : Math.min(...lows)
  const floor = Math.max(0, Math.min(90, Math.floor(lowest / 10) * 10))
  const step = 100 - floor > 60 ? 20 : 10
  const ticks: number[] = []
  // Down to the first tick at or under the floor, so the lowest value is on the scale.
  for (let tick = 100; tick > floor - step; tick -= step) ticks.unshift(Math.max(0, tick))
  return { floor: ticks[0]!, ticks }
}

/** Where the i-th of `count` rounds sits across, in percent: spread between 20 and 88, one alone in the middle. */
export function trendX(i: number, count: number): number {
  if (count <= 1) return 54
  return at2(20 + (68 * i) / (count - 1))
}
