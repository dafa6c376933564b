/**
 * The sign-in throttle on a clock the test moves: a guesser slows only itself,
 * never the owner at another address. Defaults: five free failures per account
 * and client, then waits of 2 s doubling up to 15 minutes; 50 failures per
 * client across accounts in 15 minutes.
 */
import { describe, expect, it } from 'vitest'
import { createSignInThrottle, type ThrottleOptions } from '../../src/security/sign-in-throttle.js'

const SECOND = 1000
const MINUTE = 60 * SECOND
const T0 = Date.parse('2026-11-21T03:00:00Z')
const ATTACKER = '203.0.113.66'
const OWNER = '198.51.100.7'
const ACCOUNT = 'demo-krabi-town'

function arrange(options: ThrottleOptions = {}) {
  let t = T0
  const throttle = createSignInThrottle({ now: () => t, ...options })
  return { throttle, advance: (ms: number) => (t += ms) }
}

/**
 * Fails `count` times on `account` from `address`, each time as soon as the
 * throttle allows; gives the waits it was told, in seconds.
 */
function failPatiently(s: ReturnType<typeof arrange>, account: string, address: string, count: number): number[] {
  const waits: number[] = []
  for (let failed = 0; failed < count;) {
    const verdict = s.throttle.check(account, address)
    if (verdict.allowed) {
      s.throttle.recordFailure(account, address)
      failed += 1
    } else {
      waits.push(verdict.retryAfterSeconds)
      s.advance(verdict.retryAfterSeconds * SECOND)
    }
  }
  return waits
}

describe('the sign-in throttle', () => {
  it('lets the owner in at once from another address after an attacker’s 50 failures, and keeps slowing the attacker', () => {
    const s = arrange()
    const waits = failPatiently(s, ACCOUNT, ATTACKER, 50)
    // Worked out by hand: after failures 5…13 the wait doubles from 2 s (2·2⁰ … 2·2⁸ = 512 s), then stays at 900 s.
    expect(waits).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 512, ...Array(36).fill(900)])
    expect(s.throttle.check(ACCOUNT, OWNER)).toEqual({ allowed: true })
    expect(s.throttle.check(ACCOUNT, ATTACKER)).toEqual({ allowed: false, retryAfterSeconds: 900 })
  })

  it('lets the owner in after six failures from another address (the lock-out of issue 18)', () => {
    const s = arrange()
    for (let i = 0; i < 6; i++) s.throttle.recordFailure(ACCOUNT, ATTACKER)
    expect(s.throttle.check(ACCOUNT, OWNER)).toEqual({ allowed: true })
    expect(s.throttle.check(ACCOUNT, ATTACKER)).toEqual({ allowed: false, retryAfterSeconds: 4 })
  })

  it('allows five failures free, then waits to the millisecond', () => {
    const s = arrange()
    for (let i = 0; i < 5; i++) {
      expect(s.throttle.check(ACCOUNT, ATTACKER).allowed).toBe(true)
      s.throttle.recordFailure(ACCOUNT, ATTACKER)
    }
    expect(s.throttle.check(ACCOUNT, ATTACKER)).toEqual({ allowed: false, retryAfterSeconds: 2 })
    s.advance(2 * SECOND - 1)
    expect(s.throttle.check(ACCOUNT, ATTACKER)).toEqual({ allowed: false, retryAfterSeconds: 1 })
    s.advance(1)
    expect(s.throttle.check(ACCOUNT, ATTACKER)).toEqual({ allowed: true })
  })

  it('counts an account in any case of its username as one', () => {
    const s = arrange()
    for (const name of ['Demo-Krabi-Town', 'DEMO-KRABI-TOWN', ACCOUNT, 'demo-KRABI-town', 'demo-krabi-Town'])
      s.throttle.recordFailure(name, ATTACKER)
    expect(s.throttle.check(ACCOUNT, ATTACKER).allowed).toBe(false)
  })

  it('forgets only the succeeding client’s failures on a success', () => {
    const s = arrange()
    for (let i = 0; i < 5; i++) s.throttle.recordFailure(ACCOUNT, ATTACKER)
    for (let i = 0; i < 4; i++) s.throttle.recordFailure(ACCOUNT, OWNER)
    s.throttle.recordSuccess(ACCOUNT, OWNER)
    expect(s.throttle.check(ACCOUNT, ATTACKER).allowed).toBe(false)
    // The owner has five free failures again, not one.
    for (let i = 0; i < 5; i++) s.throttle.recordFailure(ACCOUNT, OWNER)
    expect(s.throttle.check(ACCOUNT, OWNER)).toEqual({ allowed: false, retryAfterSeconds: 2 })
  })

  it('holds one client to 50 failures across accounts per 15 minutes, and no one else', () => {
    const s = arrange()
    // Five failures on each of ten accounts: each pair is at its free limit, the client at its budget.
    for (let a = 0; a < 10; a++) for (let i = 0; i < 5; i++) s.throttle.recordFailure(`officer-${a}`, ATTACKER)
    s.advance(10 * MINUTE)
    expect(s.throttle.check('officer-99', ATTACKER)).toEqual({ allowed: false, retryAfterSeconds: 5 * 60 })
    expect(s.throttle.check('officer-0', OWNER)).toEqual({ allowed: true })
    s.advance(5 * MINUTE)
    expect(s.throttle.check('officer-99', ATTACKER)).toEqual({ allowed: true })
  })

  it('spends the budget only on failures: 49 leave the client free', () => {
    const s = arrange()
    for (let a = 0; a < 49; a++) s.throttle.recordFailure(`officer-${a}`, ATTACKER)
    expect(s.throttle.check('officer-99', ATTACKER)).toEqual({ allowed: true })
    s.throttle.recordFailure('officer-49', ATTACKER)
    expect(s.throttle.check('officer-99', ATTACKER)).toEqual({ allowed: false, retryAfterSeconds: 15 * 60 })
  })

  it('forgets everything when the daily salt changes', () => {
    const s = arrange()
    for (let i = 0; i < 20; i++) s.throttle.recordFailure(ACCOUNT, ATTACKER)
    s.advance(24 * 60 * MINUTE)
    expect(s.throttle.check(ACCOUNT, ATTACKER)).toEqual({ allowed: true })
  })

  it('keeps a bounded table, forgetting the pair that failed longest ago', () => {
    const s = arrange({ maxEntries: 3 })
    for (let i = 0; i < 5; i++) s.throttle.recordFailure('first', ATTACKER)
    for (const name of ['second', 'third']) for (let i = 0; i < 5; i++) s.throttle.recordFailure(name, ATTACKER)
    s.throttle.recordFailure('first', ATTACKER)
    s.throttle.recordFailure('fourth', ATTACKER)
    // 'first' failed again after 'second', so 'second' is the one forgotten.
    expect(s.throttle.check('second', ATTACKER)).toEqual({ allowed: true })
    expect(s.throttle.check('first', ATTACKER).allowed).toBe(false)
    expect(s.throttle.check('third', ATTACKER).allowed).toBe(false)
  })
})
