/**
 * Evaluates the alert rules for every active service point from the daily tallies and
 * writes what changed: built by `createApp`, started by the server (`start()`), called
 * directly by tests (`evaluate()`). Never on a resident's request: a timer, unref'd, that
 * waits while the survey's writer has submissions in hand.
 */
import type { Config } from '../config.js'
import type { Db } from '../db/client.js'
import { alertsById, applyAlertChanges, liveAlerts, readAlertInputs } from '../db/queries/alerts.js'
import { shiftDay } from '../domain/alerts/days.js'
import { readPoint, type AlertSettings } from '../domain/alerts/readings.js'
import { planAlertChanges } from '../domain/alerts/transitions.js'
import { parseOpeningHours } from '../domain/opening-hours.js'
import { bangkokDay } from '../domain/thai-time.js'
import { alertPayload } from './alert-payload.js'
import { createAlertWebhook, type AlertWebhook } from './webhook.js'

export function alertSettingsOf(config: Config): AlertSettings {
  return {
    lowShare: {
      percent: config.ALERT_LOW_SHARE_PERCENT,
      minAnswers: config.ALERT_LOW_SHARE_MIN_ANSWERS,
      days: config.ALERT_LOW_SHARE_DAYS,
      answers: config.ALERT_LOW_SHARE_ANSWERS,
    },
    silence: {
      historyDays: config.ALERT_SILENCE_HISTORY_DAYS,
      minHistoryAnswers: config.ALERT_SILENCE_MIN_HISTORY_ANSWERS,
      expectedAnswers: config.ALERT_SILENCE_EXPECTED_ANSWERS,
    },
  }
}

export type AlertMonitorOptions = {
  db: Db
  config: Config
  now: () => number
  /** Whether the survey's writer has submissions waiting, being written or being made durable. */
  busy: () => boolean
  /** Defaults to one built from ALERT_WEBHOOK_URL, or none. */
  webhook?: AlertWebhook
}

export type Evaluation = { opened: number[]; updated: number; closed: number }

export function createAlertMonitor({ db, config, now, busy, webhook }: AlertMonitorOptions) {
  const settings = alertSettingsOf(config)
  const hook =
    webhook ??
    (config.ALERT_WEBHOOK_URL
      ? createAlertWebhook({ url: config.ALERT_WEBHOOK_URL, attempts: config.ALERT_WEBHOOK_ATTEMPTS })
      : undefined)
  const baseUrl = config.PUBLIC_BASE_URL?.replace(/\/$/, '')
  let timer: NodeJS.Timeout | undefined

  function evaluate(): Evaluation {
    const at = now()
    const today = bangkokDay(at)
    const points = readAlertInputs(db, { now: at, fromDay: shiftDay(today, -(settings.lowShare.days - 1)) })
    const readings = points.flatMap((p) =>
      readPoint(
        {
          servicePointId: p.id,
          overallDays: p.overallDays,
          silence: p.openRound && {
            hours: parseOpeningHours(p.openingHours),
            days: p.openRound.days,
            now: at,
            since: p.openRound.opensAt,
          },
        },
        today,
        settings,
      ),
    )
    const changes = planAlertChanges(liveAlerts(db), readings)
    const opened = applyAlertChanges(db, changes, at)
    if (hook)
      for (const alert of alertsById(db, opened))
        hook.send(alertPayload(alert, { baseUrl, lowSharePercent: settings.lowShare.percent }))
    return { opened, updated: changes.update.length, closed: changes.close.length }
  }

  const tick = () => {
    if (busy()) return schedule(1000)
    try {
      evaluate()
    } catch (error) {
      console.error('alert evaluation failed (the next one tries again):', error)
    }
    schedule(config.ALERT_EVALUATE_MINUTES * 60_000)
  }

  function schedule(ms: number) {
    timer = setTimeout(tick, ms)
    timer.unref()
  }

  return {
    evaluate,
    /** The first evaluation a minute after start, then every ALERT_EVALUATE_MINUTES. */
    start(firstAfterMs = 60_000) {
      if (!timer) schedule(firstAfterMs)
    },
    stop() {
      clearTimeout(timer)
      timer = undefined
    },
    /** Resolves when webhook deliveries under way have finished. */
    idle: async () => hook?.idle(),
  }
}

export type AlertMonitor = ReturnType<typeof createAlertMonitor>
