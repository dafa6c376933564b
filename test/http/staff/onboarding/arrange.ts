/**
 * The demo registry (กระบี่ 81: 4810102 in เมืองกระบี่, 5810401 and 6810403 in
 * คลองท่อม; เชียงใหม่ 50: 3500102, 4501401), an LGU officer already at 5810401,
 * and a DLA account holding the username `lgu-6810403`, so onboarding กระบี่
 * makes two accounts: `lgu-4810102` and `lgu-6810403-2`, in that order.
 */
import { createApp } from '../../../../src/app.js'
import { testConfig, type Config } from '../../../../src/config.js'
import { DEMO_REGISTRY_CSV } from '../../../../src/demo/demo-data.js'
import { importRegistry } from '../../../../src/registry/import-registry.js'
import { loadReferenceData } from '../../../../src/registry/reference-data.js'
import { freshDatabase } from '../../../helpers/database.js'
import { createStaff, formBody } from '../../../helpers/staff.js'

export const START = Date.parse('2026-11-21T03:00:00Z')

export async function arrangeOnboarding(config: Partial<Config> = {}) {
  const db = freshDatabase()
  loadReferenceData(db)
  importRegistry(db, DEMO_REGISTRY_CSV)
  const clock = { now: START }
  const app = createApp({ db, config: testConfig(config), now: () => clock.now })
  await createStaff(db, { role: 'dla', username: 'dla' })
  await createStaff(db, { role: 'dla', username: 'lgu-6810403' })
  await createStaff(db, { role: 'province', username: 'krabi', provinceCode: '81' })
  await createStaff(db, { role: 'province', username: 'chiangmai', provinceCode: '50' })
  await createStaff(db, { role: 'lgu', username: 'khlong-thom', dlaCode: '5810401' })
  const sql = <T>(query: string, ...params: unknown[]) => db.$client.prepare(query).all(...params) as T[]
  const one = <T>(query: string, ...params: unknown[]) => db.$client.prepare(query).get(...params) as T
  const user = (username: string) =>
    one<{
      id: number
      password_hash: string
      awaiting_activation: number
      activation_code_hash: string | null
      must_change_password: number
    }>('select * from users where username = ?', username)
  const lguUsersIn = (province: string) =>
    one<{ n: number }>(
      'select count(*) as n from users u join organisations o on o.id = u.organisation_id where o.province_code = ?',
      province,
    ).n
  const post = (path: string, fields: Record<string, string>, cookie?: string) =>
    app.request(path, { method: 'POST', headers: cookie ? { cookie } : {}, body: formBody(fields) })
  /** The password step of the activation page, as its form posts it. */
  const activate = (code: string, password: string, confirm = password) =>
    post('/staff/activate', { step: 'password', code, password, confirm })
  return { db, app, clock, sql, one, user, lguUsersIn, post, activate }
}

/** The batch page's two downloads, fetched as the one who made them. */
export async function downloads(get: (path: string) => Promise<Response>, batchPath: string) {
  const page = await (await get(batchPath)).text()
  const pdfHref = /href="(\/staff\/onboarding\/letters\.pdf\?batch=[^"]+)"/.exec(page)?.[1]
  const csvHref = /href="(\/staff\/onboarding\/letters\.csv\?batch=[^"]+)"/.exec(page)?.[1]
  if (!pdfHref || !csvHref) throw new Error(`no downloads on ${batchPath}`)
  return { page, pdfHref, csvHref }
}

/** CSV rows (no quoted commas in these files' codes and links), BOM kept on the first cell. */
export const csvRows = (text: string) =>
  text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','))
