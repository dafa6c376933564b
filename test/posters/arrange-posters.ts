/**
 * Staff and service points for the poster and kiosk journeys: the survey
 * fixture's two organisations (เทศบาลเมืองกระบี่ 4810102 in กระบี่ 81,
 * เทศบาลนครเชียงใหม่ 3500102 in เชียงใหม่ 50) plus a second กระบี่
 * organisation from the demo registry (เทศบาลตำบลคลองท่อมใต้ 5810401), an
 * inactive point of the officer's own organisation, and one officer per scope.
 *
 * @example
 * const s = await arrangePosters({ PUBLIC_BASE_URL: 'https://survey.example.go.th' })
 * const res = await (await s.as('lgu')).get(`/staff/service-points/${s.points.main.id}/qr.png`)
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import type { Config } from '../../src/config.js'
import { DEMO_REGISTRY_CSV } from '../../src/demo/demo-data.js'
import { servicePoints } from '../../src/db/schema.js'
import { importRegistry } from '../../src/registry/import-registry.js'
import { createStaff, signIn, type StaffAgent } from '../helpers/staff.js'
import { arrangeSurvey, DEFAULT_NOW, DEFAULT_POINTS, type PointSpec } from '../helpers/survey-fixture.js'

export const BASE_URL = 'https://survey.example.go.th'

export const POINTS = {
  ...DEFAULT_POINTS,
  retired: { code: 'KRB1009', dlaCode: '4810102', nameTh: 'จุดบริการเดิม (ปิดแล้ว)', active: false, services: [] },
} satisfies Record<string, PointSpec>

export async function arrangePosters(config: Partial<Config> = {}) {
  const s = arrangeSurvey({ config, points: POINTS })
  const [header, ...rows] = DEMO_REGISTRY_CSV.trim().split('\n')
  importRegistry(s.db, `${header}\n${rows.filter((r) => r.includes(',5810401,')).join('\n')}\n`, new Date(DEFAULT_NOW))
  const khlongThomId = (s.db.$client.prepare("select id from organisations where dla_code = '5810401'").get() as { id: number })
    .id
  const at = new Date(DEFAULT_NOW)
  const khlongThom = s.db
    .insert(servicePoints)
    .values({
      organisationId: khlongThomId,
      code: 'KRB2001',
      nameTh: 'ศูนย์บริการร่วม สำนักปลัด',
      active: true,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: servicePoints.id, code: servicePoints.code })
    .get()

  const usernames = {
    lgu: 'krabi-town',
    otherLgu: 'khlong-thom',
    chiangMai: 'chiang-mai',
    province: 'krabi-province',
    dla: 'dla',
  } as const
  await createStaff(s.db, { role: 'lgu', username: usernames.lgu, dlaCode: '4810102' })
  await createStaff(s.db, { role: 'lgu', username: usernames.otherLgu, dlaCode: '5810401' })
  await createStaff(s.db, { role: 'lgu', username: usernames.chiangMai, dlaCode: '3500102' })
  await createStaff(s.db, { role: 'province', username: usernames.province, provinceCode: '81' })
  await createStaff(s.db, { role: 'dla', username: usernames.dla })
  const signedIn = new Map<keyof typeof usernames, Promise<StaffAgent>>()
  /** Signs in on first use only: each sign-in hashes a password. */
  const as = (who: keyof typeof usernames) => signedIn.get(who) ?? signedIn.set(who, signIn(s.app, usernames[who])).get(who)!
  const organisations = { krabi: s.organisationIds['4810102'], chiangMai: s.organisationIds['3500102'], khlongThom: khlongThomId }
  return { ...s, khlongThom, organisations, as }
}

export type ArrangedPosters = Awaited<ReturnType<typeof arrangePosters>>

/** The same, with a job files folder of its own (`dir`) for poster bundles, removed when the test ends. */
export async function arrangeBundle() {
  const dir = mkdtempSync(join(tmpdir(), 'job-files-'))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  return { ...(await arrangePosters({ PUBLIC_BASE_URL: BASE_URL, JOB_FILES_DIR: dir })), dir }
}

/** Every per-point poster and QR route. */
export const pointRoutes = (id: number) => [
  `/staff/service-points/${id}/qr.svg`,
  `/staff/service-points/${id}/qr.png`,
  `/staff/service-points/${id}/poster`,
  `/staff/service-points/${id}/poster?size=a5`,
  `/staff/service-points/${id}/poster.pdf`,
  `/staff/service-points/${id}/poster.pdf?size=a5`,
]

export const organisationRoutes = (id: number) => [`/staff/organisations/${id}/posters`, `/staff/organisations/${id}/posters.pdf`]

export type AuditRow = {
  action: string
  actor_username: string
  target_type: string
  target_id: string
  province_code: string
  organisation_id: number
  detail: string
}

export const auditRows = (s: ArrangedPosters, action: string) =>
  s.db.$client
    .prepare(
      'select action, actor_username, target_type, target_id, province_code, organisation_id, detail from audit_log where action = ? order by id',
    )
    .all(action) as AuditRow[]
