import { describe, expect, it } from 'vitest'
import { hashPassword, PASSWORD_COST, UNUSABLE_PASSWORD_HASH, verifyPassword } from '../../src/security/password.js'
import { TEST_PASSWORD_COST } from '../helpers/staff.js'

describe('staff password hashes', () => {
  it('are scrypt at 2^15, r 8, p 1 unless told otherwise, and name those factors', async () => {
    expect(PASSWORD_COST).toEqual({ N: 32768, r: 8, p: 1 })
    const stored = await hashPassword('correct horse battery')
    expect(stored.split('$').slice(0, 4)).toEqual(['scrypt', '32768', '8', '1'])
    expect(await verifyPassword('correct horse battery', stored)).toBe(true)
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false)
  })

  it("at the tests' cost still verify by the factors they name", async () => {
    const stored = await hashPassword('correct horse battery', TEST_PASSWORD_COST)
    expect(stored.split('$').slice(0, 4)).toEqual(['scrypt', '1024', '8', '1'])
    expect(await verifyPassword('correct horse battery', stored)).toBe(true)
    expect(await verifyPassword('correct horse', stored)).toBe(false)
  })

  it('salt every hash, so one password never gives the same hash twice', async () => {
    const [a, b] = await Promise.all([
      hashPassword('ทดสอบรหัสผ่าน12', TEST_PASSWORD_COST),
      hashPassword('ทดสอบรหัสผ่าน12', TEST_PASSWORD_COST),
    ])
    expect(a).not.toBe(b)
  })

  it('compare the same text however its Thai is composed (NFC)', async () => {
    // é typed as one character or as e + a combining accent: a phone keyboard and a desktop can differ.
    const stored = await hashPassword('caf\u00e9-รหัสผ่าน', TEST_PASSWORD_COST)
    expect(await verifyPassword('cafe\u0301-รหัสผ่าน', stored)).toBe(true)
  })

  it('refuse every password against the unusable hash, and anything that is not a hash', async () => {
    expect(await verifyPassword('', UNUSABLE_PASSWORD_HASH)).toBe(false)
    expect(await verifyPassword('correct horse battery', UNUSABLE_PASSWORD_HASH)).toBe(false)
    expect(await verifyPassword('x', 'plain-text')).toBe(false)
    expect(await verifyPassword('x', 'bcrypt$1$2$3$4$5')).toBe(false)
  })
})
