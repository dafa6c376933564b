/** How a response arrived, and why one may be left out of the official figures. */
export const RESPONSE_CHANNELS = ['web', 'kiosk'] as const
export type ResponseChannel = (typeof RESPONSE_CHANNELS)[number]

export const FLAG_REASONS = ['repeat', 'too_fast'] as const
export type FlagReason = (typeof FLAG_REASONS)[number]
