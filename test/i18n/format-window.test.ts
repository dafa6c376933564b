import { describe, expect, it } from 'vitest'
import { formatWindow } from '../../src/i18n/format.js'

// Bangkok is UTC+7: midnight there is 17:00Z the day before.
const bangkokMidnight = (day: string) => Date.parse(`${day}T00:00:00+07:00`)

describe('formatWindow', () => {
  it('gives a whole-day round its first and last day, not the exclusive midnight after it', () => {
    const fiscalYear = { opens: bangkokMidnight('2025-10-01'), closes: bangkokMidnight('2026-10-01') }
    expect(formatWindow(fiscalYear.opens, fiscalYear.closes, 'th')).toEqual({ opens: '1 ต.ค. 2568', closes: '30 ก.ย. 2569' })
    expect(formatWindow(fiscalYear.opens, fiscalYear.closes, 'en')).toEqual({ opens: '1 Oct 2568 BE', closes: '30 Sept 2569 BE' })
  })

  it('gives the times when a round opens or closes within a day', () => {
    const window = formatWindow(Date.parse('2025-10-01T09:30:00+07:00'), bangkokMidnight('2025-10-31'), 'th')
    expect(window.opens).toMatch(/^1 ต\.ค\. 2568 09:30/)
    expect(window.closes).toMatch(/^31 ต\.ค\. 2568 00:00/)
  })
})
