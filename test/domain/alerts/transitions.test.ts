import { describe, expect, it } from 'vitest'
import { planAlertChanges, type RuleReading } from '../../../src/domain/alerts/transitions.js'

const reading = (servicePointId: number, rule: RuleReading['rule'], raised: boolean, figure = 30, basis = 40): RuleReading => ({
  servicePointId,
  rule,
  raised,
  figure,
  basis,
})

describe('alert transitions', () => {
  it('opens an alert for a raised rule without a live one, and nothing for a quiet one', () => {
    const changes = planAlertChanges([], [reading(1, 'low_share', true), reading(2, 'low_share', false)])
    expect(changes).toEqual({ open: [reading(1, 'low_share', true)], update: [], close: [] })
  })

  it('keeps a live alert with the latest figure while its rule is raised, and opens no second one', () => {
    const changes = planAlertChanges([{ id: 7, servicePointId: 1, rule: 'low_share' }], [reading(1, 'low_share', true, 35, 44)])
    expect(changes).toEqual({ open: [], update: [{ id: 7, figure: 35, basis: 44 }], close: [] })
  })

  it('closes a live alert once its figure recovers, with the recovered figure', () => {
    const changes = planAlertChanges(
      [{ id: 7, servicePointId: 1, rule: 'low_share' }],
      [reading(1, 'low_share', false, 12.5, 48)],
    )
    expect(changes).toEqual({ open: [], update: [], close: [{ id: 7, figure: 12.5, basis: 48 }] })
  })

  it('closes a live alert its rule no longer reads, and keeps rules of one point apart', () => {
    const live = [
      { id: 7, servicePointId: 1, rule: 'silence' as const },
      { id: 8, servicePointId: 1, rule: 'low_share' as const },
    ]
    const changes = planAlertChanges(live, [reading(1, 'low_share', true)])
    expect(changes.close).toEqual([{ id: 7, figure: null, basis: null }])
    expect(changes.update).toEqual([{ id: 8, figure: 30, basis: 40 }])
  })
})
