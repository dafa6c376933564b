/** Both rules' readings for one service point, as the stored alerts keep them (one decimal). */
import { readLowShare, type LowShareSettings, type OverallDay } from './low-share.js'
import { readSilence, type SilenceInput, type SilenceSettings } from './silence.js'
import type { RuleReading } from './transitions.js'

export type AlertSettings = { lowShare: LowShareSettings; silence: SilenceSettings }

export type PointAlertInput = {
  servicePointId: number
  overallDays: OverallDay[]
  /** Absent when the point is in no open round: silence means nothing then. */
  silence?: SilenceInput
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10

export function readPoint(input: PointAlertInput, today: string, settings: AlertSettings): RuleReading[] {
  const { servicePointId } = input
  const low = readLowShare(input.overallDays, today, settings.lowShare)
  const readings: RuleReading[] = [
    { servicePointId, rule: 'low_share', raised: low.raised, figure: oneDecimal(low.percent ?? 0), basis: low.rated },
  ]
  const silent = input.silence && readSilence(input.silence, settings.silence)
  if (silent)
    readings.push({
      servicePointId,
      rule: 'silence',
      raised: silent.raised,
      figure: oneDecimal(silent.silentHours),
      basis: Math.round(silent.expected),
    })
  return readings
}
