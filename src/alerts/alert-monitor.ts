/**
 * Evaluates the alert rules for every active service point from the daily tallies and
 * writes what changed: built by `createApp`, started by the server (`start()`), called
 * directly by tests (`evaluate()`). Never on a resident's request: a timer, unref'd, that
 * waits while the survey's writer has submissions in hand, before it starts and between
 * pages of points, so a national registry never holds the event loop for long.
 */
import { untilWriterIdle } from '../db/writer-idle.js'
import type { Config } from '../config.js'
import type { Db } from '../db/client.js'
import { alertsById, applyAlertChanges, liveAlerts, readAlertInputs } from '../db/queries/alerts.js'
import { shiftDay } from '../domain/alerts/days.js'
import { readPoint, type AlertSettings } from '../domain/alerts/readings.js'
import { alertKey, planAlertChanges, type RuleReading } from '../domain/alerts/transitions.js'
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
  /** Points read at once (a test gives a few). */
  pointsPerPage?: number
}

export type Evaluation = { opened: number[]; updated: number; closed: number }

/** Points read at once: a page of their fortnight of days is a few megabytes at most. */
const POINTS_PER_PAGE = 1000

export function createAlertMonitor({ db, config, now, busy, webhook, pointsPerPage = POINTS_PER_PAGE }: AlertMonitorOptions) {
  const settings = alertSettingsOf(config)
  const hook =
    webhook ??
    (config.ALERT_WEBHOOK_URL
      ? createAlertWebhook({ url: config.ALERT_WEBHOOK_URL, attempts: config.ALERT_WEBHOOK_ATTEMPTS })
      : undefined)
  const baseUrl = config.PUBLIC_BASE_URL?.replace(/\/$/, '')
  let timer: NodeJS.Timeout | undefined
  let running = false

  /**
   * One evaluation, a page of points at a time: it yields after each page, so the timer's run can give the
   * event loop back to residents in between, and keeps only the readings that change something.
   */
  function* evaluation(): Generator<void, Evaluation> {
    const at = now()
    const today = bangkokDay(at)
    const fromDay = shiftDay(today, -(settings.lowShare.days - 1))
    const live = liveAlerts(db)
    const liveKeys = new Set(live.map((a) => alertKey(a.servicePointId, a.rule)))
    const readings: RuleReading[] = []
    for (let afterPointId = 0; ;) {
      const points = readAlertInputs(db, { now: at, fromDay, afterPointId, limit: pointsPerPage })
      if (points.length === 0) break
      afterPointId = points.at(-1)!.id
      for (const p of points)
        for (const reading of readPoint(
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
        ))
          // A quiet reading of a point with no alert changes nothing (`planAlertChanges`).
          if (reading.raised || liveKeys.has(alertKey(reading.servicePointId, reading.rule))) readings.push(reading)
      yield
    }
    const changes = planAlertChanges(live, readings)
    const opened = applyAlertChanges(db, changes, at)
    if (hook)
      for (const alert of alertsById(db, opened))
        hook.send(alertPayload(alert, { baseUrl, lowSharePercent: settings.lowShare.percent }))
    return { opened, updated: changes.update.length, closed: changes.close.length }
  }

  /** One evaluation at once (tests, and the demo's first). */
  function evaluate(): Evaluation {
    const steps = evaluation()
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value
  }

  /** The timer's evaluation: between pages it waits while the writer has submissions in hand; a stop ends it. */
  async function evaluateInTurns(): Promise<void> {
    const steps = evaluation()
    while (!steps.next().done) if (!(await untilWriterIdle(busy, () => !running))) return
  }

  const tick = async () => {
    if (busy()) return schedule(1000)
    try {
      await evaluateInTurns()
    } catch (error) {
      console.error('alert evaluation failed (the next one tries again):', error)
    }
    schedule(config.ALERT_EVALUATE_MINUTES * 60_000)
  }

  function schedule(ms: number) {
    if (!running) return
    timer = setTimeout(tick, ms)
    timer.unref()
  }

  return {
    evaluate,
    /** The first evaluation a minute after start, then every ALERT_EVALUATE_MINUTES. */
    start(firstAfterMs = 60_000) {
      if (running) return
      running = true
      schedule(firstAfterMs)
    },
    stop() {
      running = false
      clearTimeout(timer)
      timer = undefined
    },
    /** Resolves when webhook deliveries under way have finished. */
    idle: async () => hook?.idle(),
  }
}

export type AlertMonitor = ReturnType<typeof createAlertMonitor>
