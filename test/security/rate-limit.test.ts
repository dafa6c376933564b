import { describe, expect, it } from 'vitest'
import { createClientKeys } from '../../src/security/client-key.js'
import { createRateLimiter } from '../../src/security/rate-limit.js'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const T0 = Date.parse('2025-01-15T03:00:00Z')

/** A clock the test moves by hand. */
function fakeClock(start = T0) {
  let t = start
  return { now: () => t, set: (ms: number) => (t = ms), advance: (ms: number) => (t += ms) }
}

describe('createRateLimiter (limit 3 per 10 minutes)', () => {
  const setup = (windowMs = 10 * MINUTE) => {
    const clock = fakeClock()
    return { clock, limiter: createRateLimiter({ limit: 3, windowMs, now: clock.now }) }
  }

  it('allows exactly the limit and refuses attempt 4 and later', () => {
    const { limiter } = setup()
    const results = Array.from({ length: 6 }, () => limiter.allow('203.0.113.5'))
    expect(results).toEqual([true, true, true, false, false, false])
  })

  it('opens a new window once the old one has passed, and not a millisecond before', () => {
    const { clock, limiter } = setup()
    for (let i = 0; i < 4; i++) limiter.allow('203.0.113.5')
    clock.set(T0 + 10 * MINUTE - 1)
    expect(limiter.allow('203.0.113.5')).toBe(false)
    clock.set(T0 + 10 * MINUTE)
    expect([1, 2, 3, 4].map(() => limiter.allow('203.0.113.5'))).toEqual([true, true, true, false])
  })

  it('counts each address on its own', () => {
    const { limiter } = setup()
    for (let i = 0; i < 3; i++) limiter.allow('203.0.113.5')
    expect(limiter.allow('203.0.113.5')).toBe(false)
    expect(limiter.allow('203.0.113.6')).toBe(true)
    expect(limiter.allow('2001:db8::1')).toBe(true)
    expect(limiter.allow('203.0.113.5')).toBe(false)
  })

  it('forgets everything when the salt rotates after 24 hours', () => {
    // A window longer than the rotation, so only the rotation can explain a reset.
    const { clock, limiter } = setup(3 * DAY)
    for (let i = 0; i < 3; i++) limiter.allow('203.0.113.5')
    clock.set(T0 + DAY - 1)
    expect(limiter.allow('203.0.113.5')).toBe(false)
    clock.set(T0 + DAY)
    expect([1, 2, 3, 4].map(() => limiter.allow('203.0.113.5'))).toEqual([true, true, true, false])
  })
})

describe('createClientKeys', () => {
  const ADDRESSES = ['203.0.113.5', '198.51.100.23', '2001:db8::1', '::ffff:192.0.2.1']

  it('gives the same address the same key within a day, and different addresses different keys', () => {
    const clock = fakeClock()
    const keys = createClientKeys(DAY, clock.now)
    const first = ADDRESSES.map((a) => keys.keyFor(a))
    clock.advance(DAY - 1)
    expect(ADDRESSES.map((a) => keys.keyFor(a))).toEqual(first)
    expect(first.every((k) => !k.rotated)).toBe(true)
    expect(new Set(first.map((k) => k.key)).size).toBe(ADDRESSES.length)
  })

  it('rotates the salt after 24 hours: a new key for the same address, reported once', () => {
    const clock = fakeClock()
    const keys = createClientKeys(DAY, clock.now)
    const before = keys.keyFor('203.0.113.5')
    clock.advance(DAY)
    const after = keys.keyFor('203.0.113.5')
    expect(after.rotated).toBe(true)
    expect(after.key).not.toBe(before.key)
    const next = keys.keyFor('203.0.113.5')
    expect(next).toEqual({ key: after.key, rotated: false })
  })

  it('salts each instance separately (as after a restart)', () => {
    const a = createClientKeys(DAY, () => T0).keyFor('203.0.113.5').key
    const b = createClientKeys(DAY, () => T0).keyFor('203.0.113.5').key
    expect(a).not.toBe(b)
  })

  it.each(ADDRESSES)('the key for %s never contains the address', (address) => {
    const { key } = createClientKeys(DAY, () => T0).keyFor(address)
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(key).not.toContain(address)
    // Not a reversible encoding of the address either (e.g. base64 of it).
    expect(key).not.toContain(Buffer.from(address).toString('base64url').slice(0, 8))
  })
})
