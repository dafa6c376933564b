/**
 * The rows a response's foreign keys need: provinces and districts, two organisations from a
 * tiny registry in DLA's format, three service points (two with services, one without), the
 * published default questionnaire and one open round.
 */
import { createAccount } from '../../src/accounts/create-account.js'
import { organisations, rounds, servicePoints, services } from '../../src/db/schema.js'
import { publishQuestionnaire } from '../../src/db/queries/questionnaires.js'
import { builtinDefinition } from '../../src/domain/questionnaire/builtins/index.js'
import { loadReferenceData } from '../../src/registry/reference-data.js'
import { importRegistry } from '../../src/registry/import-registry.js'
import { freshDatabase } from '../helpers/database.js'

export const TINY_REGISTRY_CSV = `จังหวัด,อำเภอ,ตำบล,รหัส อปท.,ประเภท อปท.,อปท.,ที่ตั้งสำนักงานเลขที่,หมู่ที่,รหัสไปรษณีย์,ขนาดพื้นที่,LAT,LONG,เว็ปไซต์ของอปท
กระบี่,เมืองกระบี่,,4810102,เทศบาลเมือง,กระบี่,,,,19.5,8.084671607,98.90705216,
กระบี่,คลองท่อม,,5810401,เทศบาลตำบล,คลองท่อมใต้,,,,2.7,7.952981685,99.15039092,
`

export const FIXTURE_TIME = new Date('2025-01-10T03:00:00Z')

export function surveyDatabase() {
  const db = freshDatabase()
  loadReferenceData(db)
  const imported = importRegistry(db, TINY_REGISTRY_CSV, FIXTURE_TIME)
  if (imported.inserted !== 2) throw new Error(`expected 2 organisations, got ${JSON.stringify(imported)}`)
  const orgId = (dlaCode: string) => {
    const row = db
      .select()
      .from(organisations)
      .all()
      .find((o) => o.dlaCode === dlaCode)
    if (!row) throw new Error(`organisation ${dlaCode} missing`)
    return row.id
  }
  const town = orgId('4810102')
  const subdistrict = orgId('5810401')
  const at = FIXTURE_TIME
  const point = (organisationId: number, code: string, nameTh: string) =>
    db.insert(servicePoints).values({ organisationId, code, nameTh, createdAt: at, updatedAt: at }).returning().get().id
  const service = (servicePointId: number, nameTh: string, position: number) =>
    db.insert(services).values({ servicePointId, nameTh, position }).returning().get().id

  const taxPoint = point(town, 'KRB1001', 'กองคลัง – งานจัดเก็บภาษี')
  const registryPoint = point(town, 'KRB1002', 'งานทะเบียนราษฎร')
  const onePoint = point(subdistrict, 'KRB2001', 'ศูนย์บริการร่วม')
  const landTax = service(taxPoint, 'ชำระภาษีที่ดินและสิ่งปลูกสร้าง', 0)
  const signTax = service(taxPoint, 'ชำระภาษีป้าย', 1)
  const allowance = service(onePoint, 'ลงทะเบียนเบี้ยยังชีพผู้สูงอายุ', 0)

  const definition = builtinDefinition('thai-lgu-standard')
  const questionnaire = publishQuestionnaire(db, definition, at)
  const roundId = db
    .insert(rounds)
    .values({
      nameTh: 'ปีงบประมาณ 2568',
      nameEn: 'Fiscal year 2568 (BE)',
      questionnaireId: questionnaire.id,
      opensAt: new Date('2024-09-30T17:00:00Z'),
      closesAt: new Date('2025-09-30T17:00:00Z'),
      scope: 'all',
      createdAt: at,
    })
    .returning()
    .get().id

  return {
    db,
    definition,
    roundId,
    org: { town, subdistrict },
    point: { tax: taxPoint, registry: registryPoint, one: onePoint },
    service: { landTax, signTax, allowance },
  }
}

export type SurveyDatabase = ReturnType<typeof surveyDatabase>

/** A DLA officer's account to take review decisions with; its user id. */
export async function reviewerOf(fx: SurveyDatabase): Promise<number> {
  const account = await createAccount(fx.db, {
    username: 'reviewer',
    displayName: 'reviewer',
    password: 'correct horse battery',
    role: 'dla',
  })
  if (!account.ok) throw new Error('no reviewer')
  return account.user.id
}

/** Every row of a table, in a stable order, as plain objects. */
export function rowsOf(fx: SurveyDatabase, table: string): Record<string, unknown>[] {
  const n = fx.db.$client.prepare(`select * from ${table}`).columns().length
  const order = Array.from({ length: n }, (_, i) => i + 1).join(', ')
  return fx.db.$client.prepare(`select * from ${table} order by ${order}`).all() as Record<string, unknown>[]
}

export const TALLY_TABLES = [
  'answer_tallies',
  'answer_tallies_monthly',
  'response_tallies',
  'organisation_response_tallies',
] as const
