import { describe, expect, it } from 'vitest'
import {
  actionDateProblem,
  bangkokDaysBetween,
  isLowScoring,
  loopClosure,
  lowScoreThreshold,
  median,
} from '../../src/domain/service-actions.js'

const DAY = 86_400_000
const none = { plannedOn: null, startedOn: null, doneOn: null }

describe('action dates', () => {
  it('asks for the date each status needs', () => {
    expect(actionDateProblem('planned', none, '2025-06-10')).toEqual({ field: 'plannedOn', key: 'required' })
    expect(actionDateProblem('in_progress', none, '2025-06-10')).toEqual({ field: 'startedOn', key: 'required' })
    expect(actionDateProblem('done', none, '2025-06-10')).toEqual({ field: 'doneOn', key: 'required' })
  })

  it('refuses dates out of order and work done in the future', () => {
    const today = '2025-06-10'
    expect(actionDateProblem('done', { plannedOn: '2025-06-05', startedOn: '2025-06-01', doneOn: '2025-06-09' }, today)).toEqual({
      field: 'startedOn',
      key: 'beforePlanned',
    })
    expect(actionDateProblem('done', { plannedOn: null, startedOn: '2025-06-05', doneOn: '2025-06-04' }, today)).toEqual({
      field: 'doneOn',
      key: 'beforeStarted',
    })
    expect(actionDateProblem('done', { plannedOn: '2025-06-05', startedOn: null, doneOn: '2025-06-04' }, today)).toEqual({
      field: 'doneOn',
      key: 'beforePlanned',
    })
    expect(actionDateProblem('done', { ...none, doneOn: '2025-06-11' }, today)).toEqual({ field: 'doneOn', key: 'future' })
    // A plan may lie in the future; the same day for all three is in order.
    expect(actionDateProblem('planned', { ...none, plannedOn: '2026-01-01' }, today)).toBeUndefined()
    expect(actionDateProblem('done', { plannedOn: today, startedOn: today, doneOn: today }, today)).toBeUndefined()
  })

  it('ignores the dates a status does not keep', () => {
    // A plan keeps no start: a stale start date after today does not matter.
    expect(
      actionDateProblem('planned', { plannedOn: '2025-07-01', startedOn: '2030-01-01', doneOn: null }, '2025-06-10'),
    ).toBeUndefined()
  })
})

describe('low scores and closing the loop', () => {
  it('puts the threshold at the bottom of the band named, and compares the mean as printed', () => {
    expect(lowScoreThreshold('high')).toBe(3.41)
    expect(lowScoreThreshold('moderate')).toBe(2.61)
    const point = (sum: number, n: number, respondents = 10) => ({ organisationId: 1, servicePointId: 1, sum, n, respondents })
    // 3.405 prints as 3.41: not low. 3.404 prints as 3.40: low.
    expect(isLowScoring(point(3405, 1000), 3.41, 10)).toBe(false)
    expect(isLowScoring(point(3404, 1000), 3.41, 10)).toBe(true)
    expect(isLowScoring(point(3404, 1000, 9), 3.41, 10)).toBe(false)
  })

  it('counts recent actions and the median days to the first one', () => {
    const opensAt = Date.UTC(2025, 0, 1, -7) // midnight 1 Jan in Bangkok
    const now = opensAt + 100 * DAY
    const actions = new Map([
      [1, { servicePointId: 1, firstSinceOpen: opensAt + 10 * DAY, latest: opensAt + 30 * DAY }], // latest 70 days ago
      [2, { servicePointId: 2, firstSinceOpen: opensAt + 20 * DAY, latest: opensAt + 90 * DAY }],
      [3, { servicePointId: 3, firstSinceOpen: null, latest: opensAt - 5 * DAY }], // only before the round
      [9, { servicePointId: 9, firstSinceOpen: opensAt, latest: now }], // not a low point
    ])
    expect(loopClosure([1, 2, 3, 4], actions, { now, windowDays: 60, roundOpensAt: opensAt })).toEqual({
      lowPoints: 4,
      withRecentAction: 1,
      percent: 25,
      medianDays: 15,
    })
    expect(loopClosure([], actions, { now, windowDays: 60, roundOpensAt: opensAt })).toEqual({
      lowPoints: 0,
      withRecentAction: 0,
      percent: null,
      medianDays: null,
    })
  })

  it('counts days as Bangkok calendar days and takes a plain median', () => {
    const midnight = Date.UTC(2025, 5, 9, 17) // 10 June 00:00 in Bangkok
    expect(bangkokDaysBetween(midnight - 1, midnight)).toBe(1)
    expect(bangkokDaysBetween(midnight, midnight + DAY - 1)).toBe(0)
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })
})
