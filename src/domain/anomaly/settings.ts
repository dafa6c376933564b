/** The thresholds of the anomaly rules; `src/config.ts` reads them from the environment with these defaults. */
export type AnomalySettings = {
  /** The short window a burst is counted in. */
  burstWindowMinutes: number
  /** A window never counts as a burst with this many answers or fewer, however quiet the point usually is. */
  burstMinAnswers: number
  /** A burst is more than this many times the point's usual answers in a window at that hour of day. */
  burstFactor: number
  /** This many identical answer sets at one point close together are a burst (0: never). */
  identicalAnswers: number
  /** How close together identical answer sets must be. */
  identicalSeconds: number
  /** A kiosk's second answer sooner than this is flagged (0: never). */
  kioskIntervalSeconds: number
  /** Minutes after a point closes during which an answer is still the last resident's (0: none). */
  outsideHoursGraceMinutes: number
  /** The last days before a round closes in which an organisation's surge is looked for (0: never). */
  lateSurgeDays: number
  /** A surge is more than this many times the organisation's usual answers a day. */
  lateSurgeFactor: number
  /** A day never counts as a surge with this many answers or fewer. */
  lateSurgeMinAnswers: number
}

export const DEFAULT_ANOMALY_SETTINGS: AnomalySettings = {
  burstWindowMinutes: 10,
  burstMinAnswers: 15,
  burstFactor: 4,
  identicalAnswers: 6,
  identicalSeconds: 120,
  kioskIntervalSeconds: 20,
  outsideHoursGraceMinutes: 60,
  lateSurgeDays: 7,
  lateSurgeFactor: 3,
  lateSurgeMinAnswers: 30,
}
