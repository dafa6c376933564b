/**
 * The sums a group's ratings reduce to: n, Σx, Σx², the answers of 4–5 and the N/A count.
 * Groups pool by adding their sums, so a province reads exactly as if its answers had been
 * scored together; the tallies store these sums per organisation and item.
 *
 * @example
 * momentsOf({ '5': 6, '4': 4 })          // { n: 10, sum: 46, sumSquares: 214, topTwo: 10, notApplicable: 0 }
 * poolMoments([a, b, undefined])         // a + b; an organisation without sums adds nothing
 */
import { LEVELS, readLevels, type LevelCounts, type ValueCounts } from './counts.js'

/** Sums over a group's answers (N/A excluded), as a SQL roll-up computes them. */
export type Moments = {
  n: number
  /** Σ x */
  sum: number
  /** Σ x² */
  sumSquares: number
  /** Answers of 4 or 5. */
  topTwo: number
  notApplicable?: number
}

/** The sums of levels already read (see `readLevels`). */
export function momentsOfLevels({ byLevel, n, notApplicable }: LevelCounts): Required<Moments> {
  let sum = 0
  let sumSquares = 0
  for (const level of LEVELS) {
    sum += level * byLevel[level]
    sumSquares += level * level * byLevel[level]
  }
  return { n, sum, sumSquares, topTwo: byLevel[4] + byLevel[5], notApplicable }
}

/** The sums of one item's (or pooled items') per-value counts. */
export function momentsOf(counts: ValueCounts): Required<Moments> {
  return momentsOfLevels(readLevels(counts))
}

/** Adds one answer, a level 1–5 or null for N/A, to sums being gathered. */
export function addAnswer(m: Required<Moments>, level: number | null): void {
  if (level === null) m.notApplicable++
  else {
    m.n++
    m.sum += level
    m.sumSquares += level * level
    if (level >= 4) m.topTwo++
  }
}

/** Every group's sums added together; a missing group adds nothing. */
export function poolMoments(list: readonly (Moments | undefined)[]): Required<Moments> {
  const pooled = { n: 0, sum: 0, sumSquares: 0, topTwo: 0, notApplicable: 0 }
  // A plain loop that adds in place: the national page pools every organisation of the country.
  for (const m of list) {
    if (!m) continue
    pooled.n += m.n
    pooled.sum += m.sum
    pooled.sumSquares += m.sumSquares
    pooled.topTwo += m.topTwo
    pooled.notApplicable += m.notApplicable ?? 0
  }
  return pooled
}
