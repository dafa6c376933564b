import { describe, expect, it } from 'vitest'
import { canonicalServicePointCode, CODE_LENGTH, generateServicePointCode } from '../../src/domain/service-point-code.js'

/** Crockford base32: digits and A–Z without I, L, O, U (32 symbols). */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const CODE = /^[0-9A-HJKMNP-TV-Z]{7}$/

describe('generateServicePointCode', () => {
  const codes = Array.from({ length: 1000 }, () => generateServicePointCode())

  it('makes 7 Crockford characters', () => {
    expect(CODE_LENGTH).toBe(7)
    expect(CROCKFORD).toHaveLength(32)
    for (const code of codes) expect(code).toMatch(CODE)
  })

  it('makes 1,000 distinct codes (35 bits: a clash has probability ≈ 1000² / 2 / 2³⁵ ≈ 1.5e-5)', () => {
    expect(new Set(codes).size).toBe(1000)
  })

  it('uses the whole alphabet (7,000 characters drawn from 32)', () => {
    expect([...new Set(codes.join(''))].sort().join('')).toBe(CROCKFORD)
  })

  it('generates codes that are already canonical', () => {
    for (const code of codes.slice(0, 50)) expect(canonicalServicePointCode(code)).toBe(code)
  })
})

describe('canonicalServicePointCode', () => {
  it.each([
    ['KRB1001', 'KRB1001'],
    ['krb1001', 'KRB1001'],
    ['KrB1001', 'KRB1001'],
    ['KRB-1001', 'KRB1001'],
    ['krb 1001', 'KRB1001'],
    [' KRB-10 01 ', 'KRB1001'],
    // I and L read as 1, O as 0, in either case.
    ['KRBI00L', 'KRB1001'],
    ['krbiool', 'KRB1001'],
    ['OOOOOOO', '0000000'],
    ['ZZZZ-ZZZ', 'ZZZZZZZ'],
  ])('%j → %s', (typed, canonical) => {
    expect(canonicalServicePointCode(typed)).toBe(canonical)
  })

  it.each([
    ['too short', 'KRB100'],
    ['too long', 'KRB10011'],
    ['empty', ''],
    ['only hyphens', '-------'],
    ['U is not Crockford', 'KRBU001'],
    ['lower-case u', 'krbu001'],
    ['a full stop', 'KRB.001'],
    ['an underscore', 'KRB_001'],
    ['a slash', 'KRB/001'],
    ['Thai letters', 'กรบ1001'],
    // Six characters typed; upper-casing ß gives "SS" and must not make it a valid 7-character code.
    ['a ß that upper-cases to two letters', 'KRB10ß'],
  ])('%s (%j) → null', (_name, typed) => {
    expect(canonicalServicePointCode(typed)).toBeNull()
  })
})
