/** How a response arrived, and why one may be left out of the official figures. */
export const RESPONSE_CHANNELS = ['web', 'kiosk'] as const
export type ResponseChannel = (typeof RESPONSE_CHANNELS)[number]

/** Why an answer is kept out of official figures (`src/domain/anomaly/` decides the last four); never deleted for it. */
export const FLAG_REASONS = ['repeat', 'too_fast', 'burst', 'kiosk_interval', 'outside_hours', 'late_surge'] as const
export type FlagReason = (typeof FLAG_REASONS)[number]
