import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createFormTokens } from '../../src/security/form-token.js'

const HOUR = 60 * 60 * 1000
const MAX_AGE = 2 * HOUR
const T0 = Date.parse('2025-01-15T03:00:00Z')
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** The service point the forms are for. */
const POINT = 7
const tokens = createFormTokens('test-secret-one', MAX_AGE)
const good = tokens.issue(42, T0, POINT)
const parts = good.split('.')
/** A copy of the good token with part `i` replaced. */
const withPart = (i: number, value: string) => parts.map((p, j) => (j === i ? value : p)).join('.')

describe('form tokens', () => {
  it('round-trips the round id, issue time and a UUID submission id', () => {
    expect(parts).toHaveLength(4)
    const check = tokens.verify(good, T0 + 1000, POINT)
    expect(check.ok).toBe(true)
    if (!check.ok) return
    expect(check.token.roundId).toBe(42)
    expect(check.token.issuedAt).toBe(T0)
    expect(check.token.submissionId).toMatch(UUID)
    expect(check.token.submissionId).toBe(parts[2])
  })

  it('gives each form its own submission id; one server’s ids sort in the order they were issued', () => {
    const idOf = (token: string) => token.split('.')[2]!
    const ids = Array.from({ length: 300 }, () => idOf(tokens.issue(42, T0, POINT)))
    expect(new Set(ids).size).toBe(300)
    expect([...ids].sort()).toEqual(ids)
    // Another server (or this one after a restart) starts from its own random prefix.
    const other = idOf(createFormTokens('test-secret-one', MAX_AGE).issue(42, T0, POINT))
    expect(other.slice(0, 18)).not.toBe(ids[0]!.slice(0, 18))
    expect(new Set([other, ...ids]).size).toBe(301)
  })

  it('still accepts a form issued before submission ids were counted (a random UUID)', () => {
    const older = '42.' + T0 + '.0b5e7c1a-9d3f-4e2a-8c6b-1f0a9e8d7c6b'
    const signed = `${older}.${createHmac('sha256', 'test-secret-one').update(`${older}.${POINT}`).digest('base64url')}`
    expect(tokens.verify(signed, T0 + 1000, POINT)).toMatchObject({
      ok: true,
      token: { submissionId: '0b5e7c1a-9d3f-4e2a-8c6b-1f0a9e8d7c6b' },
    })
  })

  it('is good only at the service point its form was for', () => {
    expect(tokens.verify(good, T0 + 1000, POINT + 1)).toEqual({ ok: false, reason: 'bad_signature' })
    // The point is signed, not carried: a token for point 70 is no token for point 7, nor the other way round.
    expect(tokens.verify(tokens.issue(42, T0, 70), T0, 7)).toEqual({ ok: false, reason: 'bad_signature' })
    expect(tokens.verify(tokens.issue(42, T0, 7), T0, 70)).toEqual({ ok: false, reason: 'bad_signature' })
    expect(tokens.verify(tokens.issue(42, T0, 70), T0, 70).ok).toBe(true)
  })

  it.each([[undefined], ['']])('a missing token (%j) is "missing"', (raw) => {
    expect(tokens.verify(raw, T0, POINT)).toEqual({ ok: false, reason: 'missing' })
  })

  it.each([
    ['three parts', parts.slice(0, 3).join('.')],
    ['five parts', `${good}.x`],
    ['garbage', 'hello'],
    ['round id not a number', withPart(0, 'abc')],
    ['round id negative', withPart(0, '-42')],
    ['round id empty', withPart(0, '')],
    ['round id of 13 digits', withPart(0, '1234567890123')],
    ['issue time not a number', withPart(1, 'soon')],
    ['issue time in exponent form', withPart(1, '17e11')],
    ['issue time of 16 digits', withPart(1, '1234567890123456')],
    ['submission id not a UUID', withPart(2, 'not-a-uuid')],
    ['submission id in upper case', withPart(2, parts[2]!.toUpperCase())],
    ['submission id empty', withPart(2, '')],
  ])('%s is "malformed"', (_name, raw) => {
    expect(tokens.verify(raw, T0, POINT)).toEqual({ ok: false, reason: 'malformed' })
  })

  const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1)
  it.each([
    ['a changed first signature character', withPart(3, flip(parts[3]!, 0))],
    ['a changed last signature character', withPart(3, flip(parts[3]!, parts[3]!.length - 1))],
    ['a cut signature', withPart(3, parts[3]!.slice(0, -1))],
    ['an empty signature', withPart(3, '')],
    ['another round id', withPart(0, '43')],
    ['an issue time one millisecond later', withPart(1, String(T0 + 1))],
    ['another submission id', withPart(2, '00000000-0000-4000-8000-000000000000')],
    ['a token from another secret', createFormTokens('test-secret-two', MAX_AGE).issue(42, T0, POINT)],
  ])('%s is "bad_signature"', (_name, raw) => {
    expect(tokens.verify(raw, T0, POINT)).toEqual({ ok: false, reason: 'bad_signature' })
  })

  it.each([
    ['just under the maximum age', T0 + MAX_AGE - 1, true],
    ['just over the maximum age', T0 + MAX_AGE + 1, false],
    ['a day old', T0 + 24 * HOUR, false],
    // Clocks may disagree a little: up to a minute in the future is fine.
    ['issued 59.999 s in the future', T0 - 59_999, true],
    ['issued 60.001 s in the future', T0 - 60_001, false],
    ['issued an hour in the future', T0 - HOUR, false],
  ])('a token checked when %s: ok = %s', (_name, now, ok) => {
    const check = tokens.verify(good, now, POINT)
    expect(check.ok).toBe(ok)
    if (!ok) expect(check).toEqual({ ok: false, reason: 'expired' })
  })

  it('gives every issued token its own submission id', () => {
    const ids = Array.from({ length: 500 }, () => tokens.issue(42, T0, POINT).split('.')[2])
    expect(new Set(ids).size).toBe(500)
  })
})
