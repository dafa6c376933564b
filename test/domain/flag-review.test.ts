import { describe, expect, it } from 'vitest'
import { effectivelyFlagged, keptOutPercent, mostlyKeptOut, parseFlagGroupKey } from '../../src/domain/flag-review.js'
import { FLAG_REASONS } from '../../src/domain/responses.js'
import { flagReasonLabel } from '../../src/i18n/staff/review.js'

describe('flag review', () => {
  it('counts a response as flagged while it has a reason and no decision to count it', () => {
    expect(effectivelyFlagged(null, null)).toBe(false)
    expect(effectivelyFlagged('repeat', null)).toBe(true)
    expect(effectivelyFlagged('repeat', 'keep_out')).toBe(true)
    expect(effectivelyFlagged('too_fast', 'count')).toBe(false)
  })

  it('reads a group from an address, refusing anything malformed', () => {
    expect(parseFlagGroupKey('12', 'repeat', '2025-12-03')).toEqual({ servicePointId: 12, reason: 'repeat', day: '2025-12-03' })
    expect(parseFlagGroupKey('0', 'repeat', '2025-12-03')).toBeUndefined()
    expect(parseFlagGroupKey('12', 'deleted', '2025-12-03')).toBeUndefined()
    expect(parseFlagGroupKey('12', 'repeat', '2025-13-03')).toBeUndefined()
    expect(parseFlagGroupKey('12', 'repeat', '3 Dec')).toBeUndefined()
  })

  it('works out the kept-out percent to 2 decimals, and when it is mostly', () => {
    expect(keptOutPercent({ counted: 0, keptOut: 0 })).toBeUndefined()
    expect(keptOutPercent({ counted: 5, keptOut: 4 })).toBe(44.44) // 400 / 9 = 44.444…
    expect(keptOutPercent({ counted: 1, keptOut: 2 })).toBe(66.67) // 200 / 3 = 66.666…
    expect(keptOutPercent({ counted: 0, keptOut: 2 })).toBe(100)
    expect(mostlyKeptOut({ counted: 1, keptOut: 1 })).toBe(true)
    expect(mostlyKeptOut({ counted: 2, keptOut: 1 })).toBe(false)
    expect(mostlyKeptOut({ counted: 0, keptOut: 0 })).toBe(false)
  })

  it('has a Thai and an English label for every reason, today’s and those being added', () => {
    for (const reason of [...FLAG_REASONS, 'burst', 'kiosk_interval', 'outside_hours', 'late_surge'])
      for (const locale of ['th', 'en'] as const) expect(flagReasonLabel(reason, locale)).not.toBe(reason)
    expect(flagReasonLabel('repeat', 'th')).toBe('ตอบซ้ำจากเครื่องเดิม')
    expect(flagReasonLabel('burst', 'en')).toBe('Burst of answers')
  })
})
