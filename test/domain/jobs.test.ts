import { describe, expect, it } from 'vitest'
import { isJobUnderWay, jobPercent } from '../../src/domain/jobs.js'

describe('job progress', () => {
  it('is whole percent, never 100 before the last item', () => {
    expect(jobPercent(12, 250)).toBe(4) // 4.8 rounds down
    expect(jobPercent(249, 250)).toBe(99) // 99.6 would round to 100
    expect(jobPercent(250, 250)).toBe(100)
  })

  it('is 0 while the total is not yet known or there is nothing to do', () => {
    expect(jobPercent(0, null)).toBe(0)
    expect(jobPercent(0, 0)).toBe(0)
  })

  it('counts queued and running jobs as under way, the rest as finished', () => {
    expect(['queued', 'running', 'done', 'failed', 'interrupted'].map((s) => isJobUnderWay(s as never))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ])
  })
})
