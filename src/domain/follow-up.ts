/**
 * Which organisations a province or DLA chases by phone, and the sample each
 * one is chasing. Pure: the list's query applies the same rules in SQL.
 *
 * @example
 * minimumSample(5000, 10) // 370: Yamane at e = 0.05
 * minimumSample(null, 10) // 10: no population recorded, so the least results need to be shown
 */

/**
 * - `no-officer`: no LGU officer account that has been activated (and is active);
 * - `no-point`: no open service point;
 * - `no-responses`: in the round, and no counted response yet;
 * - `below-sample`: in the round, with fewer counted responses than its minimum sample;
 * - `collecting`: in the round, with at least one counted response.
 */
export const FOLLOW_UP_STATUSES = ['no-officer', 'no-point', 'no-responses', 'below-sample', 'collecting'] as const
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number]

/** Yamane's n = N ÷ (1 + N·e²) at e = 0.05 is 400N ÷ (400 + N): whole numbers, so no rounding slips. */
export const YAMANE_FACTOR = 400

/**
 * The responses an organisation should collect: Yamane's sample (e = 0.05) for its
 * recorded population, or, without one, the fewest responses its results need to be shown.
 */
export function minimumSample(population: number | null, minResponses: number): number {
  if (population === null || population <= 0) return minResponses
  return Math.ceil((YAMANE_FACTOR * population) / (YAMANE_FACTOR + population))
}
