/** Which organisations a survey round reaches: all of them, those of some provinces, or a list. */
export const ROUND_SCOPES = ['all', 'provinces', 'organisations'] as const
export type RoundScope = (typeof ROUND_SCOPES)[number]
