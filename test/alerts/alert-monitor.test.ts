/**
 * The evaluation's timer: nothing runs until the server starts it, it waits while the
 * survey's writer is busy (before it starts and between pages of points), repeats every
 * ALERT_EVALUATE_MINUTES, and stops. Read a page of points at a time, it decides as read at once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAlertMonitor } from '../../src/alerts/alert-monitor.js'
import { createResponseStore } from '../../src/db/queries/responses.js'
import { arrangeSurvey, DEFAULT_NOW, HOUR } from '../helpers/survey-fixture.js'
import { ALERT_CONFIG } from '../http/staff/alerts/arrange.js'

afterEach(() => {
  vi.useRealTimers()
})

/** An evaluation on the timer gives the event loop a turn (a timer of its own) between pages of points. */
const TURNS_MS = 10

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
  it('does nothing until started, then evaluates after the first delay, and not while the writer is busy', async () => {
    vi.useFakeTimers()
    const s = arrange()
    let busy = true
    const monitor = createAlertMonitor({ db: s.db, config: s.config, now: () => s.clock.now, busy: () => busy })
    await vi.advanceTimersByTimeAsync(HOUR)
    expect(s.alerts()).toBe(0)

    monitor.start(1000)
    await vi.advanceTimersByTimeAsync(5000)
    expect(s.alerts()).toBe(0)
    busy = false
    // The next try after a second, and a turn of the event loop between its pages.
    await vi.advanceTimersByTimeAsync(1000 + TURNS_MS)
    expect(s.alerts()).toBe(1)
    monitor.stop()
  })

  it('repeats every ALERT_EVALUATE_MINUTES and stops when told', async () => {
    vi.useFakeTimers()
    const s = arrange()
    const monitor = createAlertMonitor({ db: s.db, config: s.config, now: () => s.clock.now, busy: () => false })
    monitor.start(0)
    await vi.advanceTimersByTimeAsync(TURNS_MS)
    expect(s.alerts()).toBe(1)
    // Each run writes the latest figure (30 %): wiping it shows whether the timer ran again.
    s.db.$client.exec('update alerts set figure = 0')
    await vi.advanceTimersByTimeAsync(15 * 60_000 + TURNS_MS)
    expect(s.db.$client.prepare('select figure from alerts').get()).toEqual({ figure: 30 })
    monitor.stop()
    s.db.$client.exec('update alerts set figure = 0')
    await vi.advanceTimersByTimeAsync(60 * 60_000)
    expect(s.db.$client.prepare('select figure from alerts').get()).toEqual({ figure: 0 })
  })

  it('between pages of points, waits while the writer has submissions in hand', async () => {
    vi.useFakeTimers()
    const s = arrange()
    let busy = false
    const monitor = createAlertMonitor({
      db: s.db,
      config: s.config,
      now: () => s.clock.now,
      busy: () => busy,
      pointsPerPage: 1,
    })
    monitor.start(0)
    // The timer fires and reads the first page (one point) at once; then submissions arrive.
    await vi.advanceTimersByTimeAsync(0)
    busy = true
    await vi.advanceTimersByTimeAsync(10_000)
    expect(s.alerts()).toBe(0)
    busy = false
    await vi.advanceTimersByTimeAsync(1000)
    expect(s.alerts()).toBe(1)
    monitor.stop()
  })
})

describe('an evaluation read a page of points at a time', () => {
  it('opens, updates and closes exactly as one read at once', () => {
    const paged = arrange()
    const whole = arrange()
    const monitors = [paged, whole].map((s, i) =>
      createAlertMonitor({
        db: s.db,
        config: s.config,
        now: () => s.clock.now,
        busy: () => false,
        pointsPerPage: i === 0 ? 1 : 1000,
      }),
    )
    const points = paged.db.$client.prepare('select count(*) from service_points where active = 1').pluck().get() as number
    expect(points).toBeGreaterThan(2)
    const state = (s: ReturnType<typeof arrange>) =>
      s.db.$client.prepare('select service_point_id, rule, status, figure, basis from alerts order by id').all()

    expect(monitors.map((m) => m.evaluate())).toEqual([
      { opened: [1], updated: 0, closed: 0 },
      { opened: [1], updated: 0, closed: 0 },
    ])
    expect(state(paged)).toEqual(state(whole))
    expect(state(paged)).toEqual([
      { service_point_id: paged.points.main.id, rule: 'low_share', status: 'open', figure: 30, basis: 10 },
    ])

    // The main point recovers: its alert closes in both.
    for (const [s, id] of [paged, whole].map((s) => [s, s.points.main.id] as const))
      s.db.$client.prepare('update overall_answer_tallies set low = 0 where service_point_id = ?').run(id)
    expect(monitors.map((m) => m.evaluate())).toEqual([
      { opened: [], updated: 0, closed: 1 },
      { opened: [], updated: 0, closed: 1 },
    ])
    expect(state(paged)).toEqual(state(whole))
    expect(state(paged)[0]).toMatchObject({ status: 'closed', figure: 0 })
  })
})
