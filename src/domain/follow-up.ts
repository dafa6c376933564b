/**
 * Which organisations a province or DLA chases by phone. An organisation's minimum
 * sample is Yamane's (e = 0.05) for its recorded population, or, without one, the
 * fewest responses its results are shown for (RESULTS_MIN_RESPONSES); the LGU
 * list's query (src/db/queries/lgu-list.ts) works both out in SQL.
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
