import { describe, expect, it } from 'vitest'
import {
  ACTIVATION_ALPHABET,
  activationExpiry,
  activationUsable,
  formatActivationCode,
  lastActivationMoment,
  normaliseActivationCode,
  onboardingUsername,
} from '../../src/domain/activation.js'
import { formatLongDate } from '../../src/i18n/format.js'
import { generateActivationCode, hashActivationCode } from '../../src/security/activation-code.js'

describe('activation codes', () => {
  it('use no character that reads as another (0/O, 1/I/L)', () => {
    for (const c of '01OIL') expect(ACTIVATION_ALPHABET).not.toContain(c)
    expect(new Set(ACTIVATION_ALPHABET).size).toBe(31)
  })

  it('are 10 characters of the alphabet, printed as two groups of five', () => {
    const code = generateActivationCode()
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/)
    expect(formatActivationCode('K7M2Q9PX4R')).toBe('K7M2Q-9PX4R')
  })

  it('are read back whatever the case, spaces and dashes', () => {
    expect(normaliseActivationCode(' k7m2q - 9px4r ')).toBe('K7M2Q9PX4R')
    expect(normaliseActivationCode('K7M2Q9PX4R')).toBe('K7M2Q9PX4R')
  })

  it('refuse anything that cannot be a code', () => {
    expect(normaliseActivationCode('K7M2Q9PX4')).toBeUndefined() // 9 characters
    expect(normaliseActivationCode('K7M2Q9PX4RR')).toBeUndefined() // 11
    expect(normaliseActivationCode('O7M2Q9PX4R')).toBeUndefined() // O is not in the alphabet
    expect(normaliseActivationCode('')).toBeUndefined()
  })

  it('are stored as a SHA-256 that differs per code', () => {
    expect(hashActivationCode('K7M2Q9PX4R')).toMatch(/^[0-9a-f]{64}$/)
    expect(hashActivationCode('K7M2Q9PX4R')).not.toBe(hashActivationCode('K7M2Q9PX4S'))
  })

  it('differ from one to the next', () => {
    const codes = new Set(Array.from({ length: 200 }, generateActivationCode))
    expect(codes.size).toBe(200)
  })
})

describe('activation expiry', () => {
  // Issued 21 Nov 2026 10:00 in Bangkok (03:00 UTC); 30 days on is 21 Dec 2026, which ends at 17:00 UTC.
  const issued = Date.parse('2026-11-21T03:00:00Z')

  it('runs to the end of the Bangkok day, the given number of days on', () => {
    expect(activationExpiry(issued, 30)).toBe(Date.parse('2026-12-21T17:00:00Z'))
  })

  it('is printed as that last day in the Buddhist Era (2026 + 543 = 2569)', () => {
    const last = lastActivationMoment(activationExpiry(issued, 30))
    expect(formatLongDate(last, 'th')).toBe('21 ธันวาคม 2569')
  })

  it('works to the last millisecond of that day and not after', () => {
    const expiresAt = activationExpiry(issued, 30)
    expect(activationUsable(expiresAt, expiresAt - 1)).toBe(true)
    expect(activationUsable(expiresAt, expiresAt)).toBe(false)
  })

  it('counts from the Bangkok day even late in the UTC day', () => {
    // 23:30 on 21 Nov in Bangkok is 16:30 UTC: one day on ends at midnight starting 23 Nov, Bangkok.
    expect(activationExpiry(Date.parse('2026-11-21T16:30:00Z'), 1)).toBe(Date.parse('2026-11-22T17:00:00Z'))
  })
})

describe('onboarding usernames', () => {
  it('come from the DLA code, with a number when taken', () => {
    expect(onboardingUsername('lgu', '4810102', new Set())).toBe('lgu-4810102')
    expect(onboardingUsername('lgu', '4810102', new Set(['lgu-4810102', 'lgu-4810102-2']))).toBe('lgu-4810102-3')
    expect(onboardingUsername('province', '81', new Set())).toBe('province-81')
  })
})
