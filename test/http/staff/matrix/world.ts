/**
 * One arranged world for the authorisation matrix, and cheap copies of it.
 *
 * Two provinces: กระบี่ (81) with เทศบาลเมืองกระบี่ 4810102 and
 * เทศบาลตำบลคลองท่อมใต้ 5810401, เชียงใหม่ (50) with เทศบาลนครเชียงใหม่
 * 3500102, all imported from DLA's CSV format. Each organisation has an active
 * service point (4810102's offers three services) with a kiosk on it; there is
 * an open round, a questionnaire upload and a registry upload (both made
 * through the DLA routes), one finished background job per account, and one signed-in account per scope.
 *
 * Sessions and CSRF tokens live in the database, so a byte copy of it
 * (`serialize()`) carries every signed-in account along: each state-changing
 * request can run against its own fresh copy in well under a millisecond,
 * with no password hashing.
 *
 * @example
 * const world = await arrangeWorld()
 * const { app, db } = copyOf(world)
 * const res = await send(app, 'GET', '/staff/national', world.agents.DLA)
 */
import { issueApiToken } from '../../../../src/db/queries/api-tokens.js'
import { createJob, finishJob } from '../../../../src/db/queries/jobs.js'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { drizzle } from 'drizzle-orm/better-sqlite3'
import { createApp } from '../../../../src/app.js'
import type { Config } from '../../../../src/config.js'
import type { Db } from '../../../../src/db/client.js'
import { latestPublishedQuestionnaire } from '../../../../src/db/queries/questionnaires.js'
import * as schema from '../../../../src/db/schema.js'
import { servicePoints, services } from '../../../../src/db/schema.js'
import { type StaffRole } from '../../../../src/domain/staff-roles.js'
import { DEMO_REGISTRY_CSV } from '../../../../src/demo/demo-data.js'
import { thaiLguStandard } from '../../../../src/domain/questionnaire/builtins/index.js'
import { importRegistry } from '../../../../src/registry/import-registry.js'
import { createStaff, formBody, signIn } from '../../../helpers/staff.js'
import { arrangeSurvey, DEFAULT_NOW, SURVEY_REGISTRY_CSV } from '../../../helpers/survey-fixture.js'
import { bangkokDay } from '../../../../src/domain/thai-time.js'
import { tallyCounterFor } from '../../../../src/db/queries/tally-counter.js'

/** The three organisations, by DLA code, and the province each is in. */
export const ORGANISATIONS = { '4810102': '81', '5810401': '81', '3500102': '50' } as const
export type DlaCode = keyof typeof ORGANISATIONS

type AccountSpec = { role: StaffRole; provinceCode?: '81' | '50'; dlaCode?: DlaCode }

/** One account per scope the matrix tries; the key is the account's name in test titles. */
export const ACCOUNTS = {
  DLA: { role: 'dla' },
  'province 81': { role: 'province', provinceCode: '81' },
  'province 50': { role: 'province', provinceCode: '50' },
  'LGU 4810102': { role: 'lgu', dlaCode: '4810102' },
  'LGU 5810401': { role: 'lgu', dlaCode: '5810401' },
  'LGU 3500102': { role: 'lgu', dlaCode: '3500102' },
} as const satisfies Record<string, AccountSpec>
export type AccountName = keyof typeof ACCOUNTS
export const ACCOUNT_NAMES = Object.keys(ACCOUNTS) as AccountName[]

const usernameOf = (name: AccountName) => `matrix-${name.toLowerCase().replace(/\s+/g, '-')}`

/** What a signed-in browser holds: the session cookie and the page's CSRF token. */
export type Agent = { cookie: string; csrf: string }

/** One organisation with everything the matrix addresses inside it. */
/** The Bangkok day of each point's flagged answer (the review queue groups by point, reason and day). */
export const FLAGGED_DAY = bangkokDay(DEFAULT_NOW)

export type Unit = {
  dlaCode: DlaCode
  provinceCode: string
  organisationId: number
  pointId: number
  kioskId: number
  alertId: number
  actionId: number
}

export type World = Awaited<ReturnType<typeof arrangeWorld>>

/** An id no table will reach in these tests. */
export const MISSING_ID = 999_999
/** A code in the province code format that no province has. */
export const MISSING_PROVINCE = '99'

export async function arrangeWorld() {
  const s = arrangeSurvey({
    points: {
      krabi: {
        code: 'KRB1001',
        dlaCode: '4810102',
        nameTh: 'กองคลัง – งานจัดเก็บภาษี',
        nameEn: 'Finance Division – Local Taxes',
        services: [
          ['ชำระภาษีที่ดินและสิ่งปลูกสร้าง', 'Land and building tax'],
          ['ชำระภาษีป้าย', 'Signboard tax'],
          ['ขอใบอนุญาตประกอบกิจการ', 'Business licence'],
        ],
      },
      chiangMai: {
        code: 'CNX1001',
        dlaCode: '3500102',
        nameTh: 'ศูนย์บริการประชาชน ชั้น 1',
        nameEn: 'Citizen Service Centre',
        services: [['ทะเบียนพาณิชย์', 'Commercial registration']],
      },
    },
    // Each account's finished job has a small result file here.
    config: { JOB_FILES_DIR: mkdtempSync(join(tmpdir(), 'matrix-jobs-')) },
  })
  const { db, app } = s
  const at = new Date(DEFAULT_NOW)

  // The second organisation of กระบี่, from the demo registry (DLA's CSV format).
  const [header, ...rows] = DEMO_REGISTRY_CSV.trim().split('\n')
  importRegistry(db, `${header}\n${rows.filter((r) => r.includes(',5810401,')).join('\n')}\n`, at)
  const khlongThomId = one<{ id: number }>(db, "select id from organisations where dla_code = '5810401'").id
  const khlongThomPoint = db
    .insert(servicePoints)
    .values({
      organisationId: khlongThomId,
      code: 'KRB2001',
      nameTh: 'ศูนย์บริการร่วม สำนักปลัด',
      active: true,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: servicePoints.id })
    .get().id
  db.insert(services).values({ servicePointId: khlongThomPoint, nameTh: 'รับเรื่องร้องเรียน', position: 0 }).run()

  const users = {} as Record<AccountName, number>
  const agents = {} as Record<AccountName, Agent>
  for (const name of ACCOUNT_NAMES) {
    users[name] = (await createStaff(db, { ...ACCOUNTS[name], username: usernameOf(name) })).id
    const { cookie, csrf } = await signIn(app, usernameOf(name))
    agents[name] = { cookie, csrf }
  }

  const organisationIds = { ...s.organisationIds, '5810401': khlongThomId } as Record<DlaCode, number>
  const pointIds: Record<DlaCode, number> = {
    '4810102': s.points.krabi.id,
    '5810401': khlongThomPoint,
    '3500102': s.points.chiangMai.id,
  }
  const lguOf = { '4810102': 'LGU 4810102', '5810401': 'LGU 5810401', '3500102': 'LGU 3500102' } as const
  const units = {} as Record<DlaCode, Unit>
  for (const dlaCode of Object.keys(ORGANISATIONS) as DlaCode[]) {
    // Each organisation's officer adds a kiosk to its point, as on the kiosks page.
    const res = await send(app, 'POST', `/staff/service-points/${pointIds[dlaCode]}/kiosks`, agents[lguOf[dlaCode]], {
      fields: { label: `แท็บเล็ต ${dlaCode}` },
    })
    if (res.status !== 200) throw new Error(`arranging a kiosk for ${dlaCode}: ${res.status}`)
    const kioskId = one<{ id: number }>(db, 'select max(id) as id from kiosks').id
    // An open alert on the point, as the evaluation opens one.
    const alertId = one<{ id: number }>(
      db,
      `insert into alerts (service_point_id, organisation_id, rule, status, opened_at, figure, basis, opening_figure)
       values (${pointIds[dlaCode]}, ${organisationIds[dlaCode]}, 'low_share', 'open', ${DEFAULT_NOW}, 40, 10, 40) returning id`,
    ).id
    // A "you said, we did" action at the point, with its photo, as its officer records one.
    const actionId = one<{ id: number }>(
      db,
      `insert into service_actions (organisation_id, round_id, topic, residents_said, changed, status, planned_on, started_on, done_on, created_by, created_at, updated_at)
       values (${organisationIds[dlaCode]}, null, null, 'รอนาน', 'เพิ่มเก้าอี้', 'done', '2025-01-01', '2025-01-02', '2025-01-03', ${users[lguOf[dlaCode]]}, ${DEFAULT_NOW}, ${DEFAULT_NOW}) returning id`,
    ).id
    db.$client
      .prepare('insert into service_action_points (action_id, service_point_id) values (?, ?)')
      .run(actionId, pointIds[dlaCode])
    db.$client
      .prepare('insert into service_action_photos (action_id, jpeg, thumb, width, height, created_at) values (?, ?, ?, 1, 1, ?)')
      .run(actionId, Buffer.from('jpeg'), Buffer.from('thumb'), DEFAULT_NOW)
    units[dlaCode] = {
      dlaCode,
      provinceCode: ORGANISATIONS[dlaCode],
      organisationId: organisationIds[dlaCode],
      pointId: pointIds[dlaCode],
      kioskId,
      alertId,
      actionId,
    }
  }

  // A questionnaire upload awaiting publication, through the DLA officer's form.
  const pilot = { ...structuredClone(thaiLguStandard), slug: 'matrix-pilot' }
  const uploaded = await send(app, 'POST', '/staff/questionnaires/new', agents.DLA, {
    fields: { definition: JSON.stringify(pilot) },
  })
  const questionnaireUploadId = idFrom(uploaded, /^\/staff\/questionnaires\/uploads\/(\d+)\/preview$/)

  // A registry upload awaiting confirmation, through the DLA officer's upload form.
  const file = new FormData()
  file.append('_csrf', agents.DLA.csrf)
  file.append('file', new File([SURVEY_REGISTRY_CSV], 'registry.csv', { type: 'text/csv' }))
  const registry = await app.request('/staff/registry', { method: 'POST', headers: { cookie: agents.DLA.cookie }, body: file })
  const registryUploadId = idFrom(registry, /^\/staff\/registry\/uploads\/(\d+)$/)

  // Each account's own service point CSV awaiting confirmation, for an organisation it looks after.
  const pointUploadIds = {} as Record<AccountName, number>
  for (const name of ACCOUNT_NAMES) {
    const spec: AccountSpec = ACCOUNTS[name]
    const code = spec.dlaCode ?? (spec.provinceCode === '50' ? '3500102' : '4810102')
    const csv = new FormData()
    csv.append('_csrf', agents[name].csrf)
    csv.append('file', new File([`dla_code,name_th\n${code},จุดทดสอบ ${name}\n`], 'points.csv', { type: 'text/csv' }))
    const sent = await app.request('/staff/service-points/upload', {
      method: 'POST',
      headers: { cookie: agents[name].cookie },
      body: csv,
    })
    pointUploadIds[name] = idFrom(sent, /^\/staff\/service-points\/uploads\/(\d+)$/)
  }

  // Each account's own finished background job, with its file: only its starter sees a job.
  const jobIds = {} as Record<AccountName, number>
  for (const name of ACCOUNT_NAMES) {
    const id = createJob(db, { kind: 'poster_bundle', startedBy: users[name], scope: 'national' }, at)
    writeFileSync(join(s.config.JOB_FILES_DIR!, `job-${id}.zip`), 'PK')
    finishJob(db, id, `job-${id}.zip`, at)
    jobIds[name] = id
  }

  // An API token of the first LGU officer's, issued by DLA.
  const apiTokenId = issueApiToken(db, { userId: users['LGU 4810102'], name: 'matrix', createdBy: users.DLA }, DEFAULT_NOW).token
    .id

  const questionnaireId = latestPublishedQuestionnaire(db, 'thai-lgu-standard')?.id
  if (s.roundId === undefined || questionnaireId === undefined)
    throw new Error('arranging: no round or no published questionnaire')

  // One flagged answer at each point, as the survey stores a repeat: a group for the review queue.
  for (const unit of Object.values(units))
    db.$client
      .prepare(
        `insert into responses (submission_id, round_id, organisation_id, service_point_id, submitted_hour, day, locale, channel, flag_reason)
         values (?, ?, ?, ?, ?, ?, 'th', 'web', 'repeat')`,
      )
      .run(`matrix-repeat-${unit.dlaCode}`, s.roundId, unit.organisationId, unit.pointId, DEFAULT_NOW, FLAGGED_DAY)
  // Counted now, as the server would soon after: a request must find nothing left to count.
  tallyCounterFor(db).countAll()

  return {
    config: s.config,
    /** The whole database, signed-in sessions included. */
    bytes: db.$client.serialize(),
    agents,
    users,
    units,
    roundId: s.roundId,
    questionnaireId,
    questionnaireUploadId,
    registryUploadId,
    pointUploadIds,
    jobIds,
    apiTokenId,
  }
}

/** A fresh copy of the arranged database and an app on it, with the arranged clock. */
export function copyOf(world: { bytes: Buffer; config: Config }): { db: Db; app: ReturnType<typeof createApp> } {
  const sqlite = new Database(world.bytes)
  sqlite.pragma('foreign_keys = ON')
  const db = drizzle(sqlite, { schema }) as Db
  return { db, app: createApp({ db, config: world.config, now: () => DEFAULT_NOW }) }
}

type App = Pick<ReturnType<typeof createApp>, 'request'>

/**
 * One request as a browser would send it: the agent's cookie (none when signed
 * out) and, for a POST, a form with the CSRF token unless `csrf: false`.
 */
export function send(
  app: App,
  method: 'GET' | 'POST',
  path: string,
  agent?: Agent,
  options: { csrf?: boolean; fields?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = agent ? { cookie: agent.cookie } : {}
  if (method === 'GET') return app.request(path, { headers })
  const fields = { ...(agent && options.csrf !== false ? { _csrf: agent.csrf } : {}), ...options.fields }
  return app.request(path, { method, headers, body: formBody(fields) })
}

/** Tables a staff request may legitimately change, compared row by row. */
const MUTABLE_TABLES = [
  'organisations',
  'service_points',
  'services',
  'users',
  'sessions',
  'rounds',
  'round_provinces',
  'round_organisations',
  'questionnaires',
  'questionnaire_uploads',
  'registry_uploads',
  'kiosks',
  'service_point_transactions',
  'api_tokens',
  'alerts',
  'flag_decisions',
  'service_actions',
  'service_action_points',
  'service_action_photos',
]

/**
 * Everything a refused request must leave alone: the row count of every table
 * (the audit log's included, so a refusal adds no audit row) and a hash of the
 * rows of every table that staff pages change.
 */
export function snapshot(db: Db) {
  const tables = (
    db.$client
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%drizzle%' order by name",
      )
      .all() as { name: string }[]
  ).map((t) => t.name)
  const counts = Object.fromEntries(tables.map((t) => [t, one<{ n: number }>(db, `select count(*) as n from "${t}"`).n]))
  const hashes = Object.fromEntries(
    MUTABLE_TABLES.filter((t) => tables.includes(t)).map((t) => [
      t,
      createHash('sha256')
        .update(JSON.stringify(db.$client.prepare(`select * from "${t}" order by rowid`).raw().all()))
        .digest('base64url'),
    ]),
  )
  return { counts, hashes }
}

export type Snapshot = ReturnType<typeof snapshot>

/** What differs between two snapshots, in words: `[]` when nothing changed. */
export function changesBetween(before: Snapshot, after: Snapshot): string[] {
  const counts = Object.keys({ ...before.counts, ...after.counts })
    .filter((t) => before.counts[t] !== after.counts[t])
    .map((t) => `${t}: ${before.counts[t]} → ${after.counts[t]} rows`)
  const rows = Object.keys(before.hashes)
    .filter((t) => before.hashes[t] !== after.hashes[t] && before.counts[t] === after.counts[t])
    .map((t) => `${t}: rows changed`)
  return [...counts, ...rows]
}

function one<T>(db: Db, sql: string): T {
  return db.$client.prepare(sql).get() as T
}

function idFrom(res: Response, pattern: RegExp): number {
  const match = pattern.exec(res.headers.get('location') ?? '')
  if (res.status !== 303 || !match) throw new Error(`arranging an upload: ${res.status} ${res.headers.get('location')}`)
  return Number(match[1])
}
