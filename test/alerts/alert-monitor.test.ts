/**
 * The evaluation's timer: nothing runs until the server starts it, it waits while the
 * survey's writer is busy, repeats every ALERT_EVALUATE_MINUTES, and stops.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAlertMonitor } from '../../src/alerts/alert-monitor.js'
import { createResponseStore } from '../../src/db/queries/responses.js'
import { arrangeSurvey, DEFAULT_NOW, HOUR } from '../helpers/survey-fixture.js'
import { ALERT_CONFIG } from '../http/staff/alerts/arrange.js'

afterEach(() => {
  vi.useRealTimers()
})

function arrange() {
  const s = arrangeSurvey({ config: { ...ALERT_CONFIG, ALERT_EVALUATE_MINUTES: 15 } })
  const store = createResponseStore(s.db)
  for (const [i, value] of ['1', '1', '1', '5', '5', '5', '5', '5', '5', '5'].entries())
    store.writeOne({
      submissionId: `monitor-${i}`,
      roundId: s.roundId!,
      organisationId: s.points.main.organisationId,
      servicePointId: s.points.main.id,
      serviceId: null,
      submittedAt: DEFAULT_NOW - HOUR,
      locale: 'th',
      channel: 'web',
      flagReason: null,
      answers: [{ itemId: 'overall', value }],
    })
  const alerts = () => (s.db.$client.prepare('select count(*) as n from alerts').get() as { n: number }).n
  return { ...s, alerts }
}

describe('alert evaluation timer', () => {
  it('does nothing until started, then evaluates after the first delay, and not while the writer is busy', () => {
    vi.useFakeTimers()
    const s = arrange()
    let busy = true
    const monitor = createAlertMonitor({ db: s.db, config: s.config, now: () => s.clock.now, busy: () => busy })
    vi.advanceTimersByTime(HOUR)
    expect(s.alerts()).toBe(0)

    monitor.start(1000)
    vi.advanceTimersByTime(5000)
    expect(s.alerts()).toBe(0)
    busy = false
    vi.advanceTimersByTime(1000)
    expect(s.alerts()).toBe(1)
    monitor.stop()
  })

  it('repeats every ALERT_EVALUATE_MINUTES and stops when told', () => {
    vi.useFakeTimers()
    const s = arrange()
    const monitor = createAlertMonitor({ db: s.db, config: s.config, now: () => s.clock.now, busy: () => false })
    monitor.start(0)
    vi.advanceTimersByTime(1)
    expect(s.alerts()).toBe(1)
    // Each run writes the latest figure (30 %): wiping it shows whether the timer ran again.
    s.db.$client.exec('update alerts set figure = 0')
    vi.advanceTimersByTime(15 * 60_000)
    expect(s.db.$client.prepare('select figure from alerts').get()).toEqual({ figure: 30 })
    monitor.stop()
    s.db.$client.exec('update alerts set figure = 0')
    vi.advanceTimersByTime(60 * 60_000)
    expect(s.db.$client.prepare('select figure from alerts').get()).toEqual({ figure: 0 })
  })
})
