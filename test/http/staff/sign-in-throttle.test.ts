/**
 * Issue 18's lock-out, through the real sign-in form: an attacker failing
 * 50 times from one address slows only that address; the owner's correct
 * password from another address signs in at once. Behind a proxy
 * (TRUST_PROXY), the address is the one X-Forwarded-For ends with.
 */
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app.js'
import { testConfig } from '../../../src/config.js'
import { DEMO_REGISTRY_CSV } from '../../../src/demo/demo-data.js'
import { importRegistry } from '../../../src/registry/import-registry.js'
import { loadReferenceData } from '../../../src/registry/reference-data.js'
import { freshDatabase } from '../../helpers/database.js'
import { createStaff, formBody, TEST_PASSWORD } from '../../helpers/staff.js'

const ATTACKER = '203.0.113.66'
const OWNER = '198.51.100.7'
const ACCOUNT = 'demo-krabi-town'

async function arrange() {
  const db = freshDatabase()
  loadReferenceData(db)
  importRegistry(db, DEMO_REGISTRY_CSV)
  await createStaff(db, { role: 'lgu', username: ACCOUNT, dlaCode: '4810102' })
  const clock = { now: Date.parse('2026-11-21T03:00:00Z') }
  const app = createApp({ db, config: testConfig({ TRUST_PROXY: true }), now: () => clock.now })
  const signIn = (from: string, password: string) =>
    app.request('/staff/sign-in', {
      method: 'POST',
      headers: { 'x-forwarded-for': from },
      body: formBody({ username: ACCOUNT, password }),
    })
  const failures = () =>
    (db.$client.prepare("select count(*) as n from audit_log where action = 'sign_in_failed'").get() as { n: number }).n
  return { clock, signIn, failures }
}

describe('the sign-in throttle, through the sign-in form', () => {
  it('lets the owner in at once from another address after 50 failures from one, and keeps the attacker waiting', async () => {
    const { clock, signIn, failures } = await arrange()
    // The attacker waits out every delay it is told, so all 50 guesses are really tried.
    let refused = 0
    while (failures() < 50) {
      const res = await signIn(ATTACKER, 'wrong-password')
      if (res.status === 429) {
        refused += 1
        clock.now += Number(res.headers.get('retry-after')) * 1000
      } else expect(res.status).toBe(401)
    }
    // Five free, then a wait before each of the other 45.
    expect(refused).toBe(45)

    const owner = await signIn(OWNER, TEST_PASSWORD)
    expect(owner.status).toBe(303)
    expect(owner.headers.get('location')).toMatch(/^\/staff\/organisations\/\d+$/)

    const attacker = await signIn(ATTACKER, TEST_PASSWORD)
    expect(attacker.status).toBe(429)
    expect(attacker.headers.get('retry-after')).toBe('900')
    // Fifty password hashes: allow for a busy machine.
  }, 180_000)

  it('refuses the attacker’s 50 quick guesses after the fifth, without trying them', async () => {
    const { signIn, failures } = await arrange()
    const statuses: number[] = []
    for (let i = 0; i < 50; i++) statuses.push((await signIn(ATTACKER, 'wrong-password')).status)
    expect(statuses).toEqual([...Array(5).fill(401), ...Array(45).fill(429)])
    expect(failures()).toBe(5)
    expect((await signIn(OWNER, TEST_PASSWORD)).status).toBe(303)
  })
})
