/**
 * Builds a national dataset for the benchmark in a fresh SQLite file: every
 * organisation of DLA's registry (or a generated registry of the same shape),
 * about five service points each, an open round on the default questionnaire,
 * and generated responses written through the real response store in large
 * transactions, so the pre-aggregated tallies match exactly. About 2 % of them
 * carry a flag (`repeat`, `too_fast` or `burst`), for the review queues, and the
 * sample organisation has a full first page of its queue at any size.
 */
import { existsSync, readFileSync } from 'node:fs'
import { migrateDatabase, openDatabase, type Db } from '../db/client.js'
import { ensureQuestionnairesPublished, latestPublishedQuestionnaire } from '../db/queries/questionnaires.js'
import { createResponseStore } from '../db/queries/responses.js'
import { BUILTIN_DEFINITIONS, builtinDefinition, DEFAULT_DEFINITION_SLUG } from '../domain/questionnaire/builtins/index.js'
import { generateServicePointCode } from '../domain/service-point-code.js'
import { generateResponses, seeded } from '../demo/generate-responses.js'
import { importRegistry } from '../registry/import-registry.js'
import { loadReferenceData, readReferenceData } from '../registry/reference-data.js'
import { createAccount } from '../accounts/create-account.js'
import type { FlagReason } from '../domain/responses.js'

export const BENCH_PASSWORD = 'bench-password-1'
/**
 * What a dataset holds, kept with it (`--keep`): 1 had 3 % of responses flagged
 * `repeat` and nothing else; 2 has the mix of reasons below; 3 also gives the
 * sample organisation flagged answers enough for a full first page of its review
 * queue, which a 10,000-response dataset would otherwise leave empty.
 */
export const DATASET_FORMAT = 3
/** Flagged answers added at the sample organisation: three reasons over 30 days, more groups than a page (20). */
const SAMPLE_QUEUE_ANSWERS = 60
const FLAGGED_SHARE = 0.02
const FLAG_MIX: FlagReason[] = ['repeat', 'too_fast', 'burst']
const REGISTRY = '../shared/data/dla-lgu-registry.csv'
const HEADER = 'จังหวัด,อำเภอ,ตำบล,รหัส อปท.,ประเภท อปท.,อปท.,ที่ตั้งสำนักงานเลขที่,หมู่ที่,รหัสไปรษณีย์,ขนาดพื้นที่,LAT,LONG,เว็ปไซต์ของอปท'

/** A registry of 7,849 organisations in DLA's format, for machines without ../shared. */
function generatedRegistry(): string {
  const { provinces, districts } = readReferenceData()
  const mix: [string, number][] = [
    ['อบจ.', 76],
    ['เทศบาลนคร', 30],
    ['เทศบาลเมือง', 195],
    ['เทศบาลตำบล', 2247],
    ['อบต.', 5300],
    ['ท้องถิ่นรูปแบบพิเศษ', 1],
  ]
  const byProvince = new Map(
    provinces.filter((p) => p.code !== '10').map((p) => [p.code, districts.filter((d) => d.province === p.code)]),
  )
  const lines = [HEADER]
  let n = 0
  for (const [type, count] of mix)
    for (let i = 0; i < count; i++, n++) {
      const province = provinces.filter((p) => p.code !== '10')[n % 76]!
      const district = byProvince.get(province.code)![n % byProvince.get(province.code)!.length]!
      lines.push(`${province.th},${district.th},,${String(1000000 + n)},${type},ทดสอบ${n},,,,,,,`)
    }
  return lines.join('\n')
}

export type Dataset = {
  /** Absent in datasets kept before formats were numbered (format 1). */
  format?: number
  path: string
  roundId: number
  organisations: number
  points: number
  codes: string[]
  posterOrganisationId: number
  sampleOrganisationId: number
  sampleProvince: string
}

export async function buildDataset(path: string, responses: number, log: (line: string) => void): Promise<Dataset> {
  const db = openDatabase(path)
  migrateDatabase(db)
  // Loading only: the server reopens the file with synchronous=FULL.
  db.$client.pragma('synchronous = OFF')
  loadReferenceData(db)
  const definitions = BUILTIN_DEFINITIONS.map((d) => builtinDefinition(d.slug))
  ensureQuestionnairesPublished(db, definitions)
  const csv = existsSync(REGISTRY) ? readFileSync(REGISTRY) : generatedRegistry()
  log(existsSync(REGISTRY) ? `registry: ${REGISTRY}` : 'registry: generated (../shared/data not found)')
  importRegistry(db, csv)
  const now = Date.now()
  const points = addServicePoints(db, now)
  const questionnaire = latestPublishedQuestionnaire(db, DEFAULT_DEFINITION_SLUG)!
  const roundId = Number(
    db.$client
      .prepare(
        `insert into rounds (name_th, name_en, questionnaire_id, opens_at, closes_at, scope, created_at) values ('รอบทดสอบสมรรถนะ', 'Benchmark round', ?, ?, ?, 'all', ?)`,
      )
      .run(questionnaire.id, now - 60 * 86400_000, now + 365 * 86400_000, now).lastInsertRowid,
  )
  for (const role of ['dla'] as const)
    await createAccount(db, { role, username: `bench-${role}`, displayName: 'Benchmark', password: BENCH_PASSWORD })
  await writeResponses(db, roundId, points.targets, responses, now, log)
  // The results pages are timed on an ordinary organisation (four points), not the 100-point one kept for posters.
  const sample = db.$client
    .prepare('select id, province_code as province from organisations where id <> ? order by id limit 1')
    .get(points.posterOrganisationId) as { id: number; province: string }
  fillSampleQueue(
    db,
    points.targets.filter((t) => t.organisationId === sample.id).map((t) => ({ ...t, roundId })),
    now,
  )
  const result = {
    format: DATASET_FORMAT,
    path,
    roundId,
    organisations: (db.$client.prepare('select count(*) as n from organisations').get() as { n: number }).n,
    points: points.targets.length,
    codes: points.targets.slice(0, 2000).map((t) => t.code),
    posterOrganisationId: points.posterOrganisationId,
    sampleOrganisationId: sample.id,
    sampleProvince: sample.province,
  }
  db.$client.pragma('wal_checkpoint(TRUNCATE)')
  db.$client.close()
  return result
}

type Target = { roundId: number; organisationId: number; servicePointId: number; serviceIds: number[]; code: string }

/**
 * The review queue timed by P13 is the sample organisation's (and its province's): at 10 million responses its
 * first page is full. These flagged answers fill it at any size, so P13 compares a page of groups with a page of
 * groups, and what it measures is the cost of the data behind them.
 */
function fillSampleQueue(db: Db, points: Target[], now: number) {
  const answers = generateResponses({
    definition: builtinDefinition(DEFAULT_DEFINITION_SLUG),
    points,
    count: SAMPLE_QUEUE_ANSWERS,
    from: now - 30 * 86400_000,
    to: now,
    seed: 20,
  })
  answers.forEach((answer, i) => (answer.flagReason = FLAG_MIX[i % FLAG_MIX.length]!))
  createResponseStore(db).writeBatch(answers)
}

/** About five points per organisation (one organisation gets 100, for the bulk poster measure), two services each. */
function addServicePoints(db: Db, now: number) {
  const sqlite = db.$client
  const orgs = sqlite.prepare('select id from organisations order by id').all() as { id: number }[]
  const insertPoint = sqlite.prepare(
    'insert into service_points (organisation_id, code, name_th, name_en, active, created_at, updated_at) values (?, ?, ?, ?, 1, ?, ?)',
  )
  const insertService = sqlite.prepare('insert into services (service_point_id, name_th, name_en, position) values (?, ?, ?, ?)')
  const targets: Omit<Target, 'roundId'>[] = []
  const posterOrganisationId = orgs[0]!.id
  // 35-bit random codes: among ~40,000 a repeat is rare but possible, so draw until new.
  const used = new Set<string>()
  const newCode = () => {
    let code = generateServicePointCode()
    while (used.has(code)) code = generateServicePointCode()
    used.add(code)
    return code
  }
  sqlite.transaction(() => {
    for (const [i, org] of orgs.entries()) {
      const count = org.id === posterOrganisationId ? 100 : 3 + (i % 5)
      for (let p = 0; p < count; p++) {
        const code = newCode()
        const id = Number(insertPoint.run(org.id, code, `จุดบริการที่ ${p + 1}`, `Service point ${p + 1}`, now, now).lastInsertRowid)
        const serviceIds = [0, 1].map((s) =>
          Number(insertService.run(id, `บริการ ${s + 1}`, `Service ${s + 1}`, s).lastInsertRowid),
        )
        targets.push({ organisationId: org.id, servicePointId: id, serviceIds, code })
      }
    }
  })()
  return { targets, posterOrganisationId }
}

/**
 * The responses, a group of service points at a time (each group's share of
 * the total, at random points of the group and random times): a batch then
 * holds many responses per point, and the store, which adds a batch's tallies
 * up in memory, writes each tally row once per batch instead of once per answer.
 */
async function writeResponses(
  db: Db,
  roundId: number,
  points: Omit<Target, 'roundId'>[],
  total: number,
  now: number,
  log: (line: string) => void,
) {
  const store = createResponseStore(db)
  const definition = builtinDefinition(DEFAULT_DEFINITION_SLUG)
  const targets = points.map((p) => ({ ...p, roundId }))
  const groupSize = 2_000
  const chunk = 50_000
  const started = Date.now()
  let done = 0
  let seed = 1
  let logged = 0
  // Its own sequence, so the answers drawn are those of every earlier dataset.
  const flagDraw = seeded(7)
  for (let first = 0; first < targets.length; first += groupSize) {
    const group = targets.slice(first, first + groupSize)
    // Shares that add up to the total exactly: the running share of points so far, rounded.
    const share = Math.round((total * (first + group.length)) / targets.length) - Math.round((total * first) / targets.length)
    for (let written = 0; written < share; written += chunk) {
      const batch = generateResponses({
        definition,
        points: group,
        count: Math.min(chunk, share - written),
        from: now - 59 * 86400_000,
        to: now,
        seed: seed++,
      })
      for (const response of batch) {
        const draw = flagDraw()
        response.flagReason = draw < FLAGGED_SHARE ? FLAG_MIX[Math.floor((draw / FLAGGED_SHARE) * FLAG_MIX.length)]! : null
      }
      store.writeBatch(batch)
      done += batch.length
      if (done - logged >= 500_000 || done === total) {
        logged = done
        log(
          `  responses: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${Math.round((Date.now() - started) / 1000)} s)`,
        )
      }
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
}
