/**
 * One demo account of each role, printed at start-up so anyone can try the
 * staff side. Only ever created by the demo, into a database the demo made.
 */
import { createAccount } from '../accounts/create-account.js'
import type { Db } from '../db/client.js'

export const DEMO_PASSWORD = 'demo-password'

export const DEMO_ACCOUNTS = [
  { role: 'dla', username: 'demo-dla', displayName: 'สมศรี ส่วนกลาง (DLA demo)' },
  { role: 'province', username: 'demo-krabi', displayName: 'สมชาย สถจ.กระบี่ (provincial demo)', provinceCode: '81' },
  { role: 'lgu', username: 'demo-krabi-town', displayName: 'สมหญิง ทม.กระบี่ (LGU demo)', dlaCode: '4810102' },
] as const

export async function seedDemoAccounts(db: Db, now = new Date()): Promise<void> {
  for (const account of DEMO_ACCOUNTS) {
    const result = await createAccount(db, { ...account, password: DEMO_PASSWORD }, now)
    if (!result.ok) throw new Error(`demo account ${account.username}: ${JSON.stringify(result.errors)}`)
  }
}
