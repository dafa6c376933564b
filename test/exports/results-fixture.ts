/**
 * Three organisations with answers arranged by hand, for the results export
 * tests: the expected figures are worked out from these answers in the tests,
 * never read back from the export's own code.
 *
 * - 4810102 เทศบาลเมืองกระบี่ (กระบี่ 81): the ten responses of `KRABI` plus
 *   one flagged repeat (left out of the figures); enough to meet the minimum.
 * - 5810401 เทศบาลตำบลคลองท่อมใต้ (กระบี่ 81): three responses (`KHLONG_THOM`),
 *   fewer than the minimum of 10; 150 people served in June 2025.
 * - 3500102 เทศบาลนครเชียงใหม่ (เชียงใหม่ 50): no responses at all.
 */
import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { Db } from '../../src/db/client.js'
import { createResponseStore } from '../../src/db/queries/responses.js'
import { organisations, servicePoints, servicePointTransactions } from '../../src/db/schema.js'
import { DEMO_REGISTRY_CSV } from '../../src/demo/demo-data.js'
import { importRegistry } from '../../src/registry/import-registry.js'
import { createStaff } from '../helpers/staff.js'
import { arrangeSurvey, DEFAULT_NOW, HOUR } from '../helpers/survey-fixture.js'

export const SCORED_ITEMS = [
  'overall',
  'process_1',
  'process_2',
  'channel_1',
  'channel_2',
  'staff_1',
  'staff_2',
  'staff_3',
  'facility_1',
  'facility_2',
] as const
export type ScoredItem = (typeof SCORED_ITEMS)[number]
type Answer = number | 'na'

/** Column i is response i. The overall item is the hand-worked example: x̄ 4.00, S.D. 1.05, 80.00 %. */
export const KRABI: Record<ScoredItem, Answer[]> = {
  overall: [5, 5, 5, 5, 4, 4, 4, 3, 3, 2],
  process_1: [5, 4, 4, 4, 4, 3, 3, 3, 2, 1],
  process_2: [5, 5, 5, 5, 5, 5, 5, 5, 5, 4],
  channel_1: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4],
  channel_2: [3, 4, 3, 4, 3, 4, 3, 4, 3, 4],
  staff_1: [5, 5, 4, 4, 5, 5, 4, 4, 5, 5],
  staff_2: [5, 4, 5, 4, 5, 4, 5, 4, 5, 4],
  staff_3: [1, 2, 3, 4, 5, 5, 4, 3, 2, 1],
  facility_1: [5, 4, 'na', 'na', 3, 4, 5, 4, 3, 4],
  facility_2: [4, 4, 4, 'na', 4, 4, 4, 4, 4, 4],
}

export const KHLONG_THOM: Record<ScoredItem, Answer[]> = {
  overall: [5, 4, 3],
  process_1: [5, 4, 3],
  process_2: [4, 4, 4],
  channel_1: [5, 5, 5],
  channel_2: [4, 3, 2],
  staff_1: [5, 4, 5],
  staff_2: [5, 5, 4],
  staff_3: [4, 4, 4],
  facility_1: [3, 3, 'na'],
  facility_2: [4, 5, 3],
}

/** `{ item: { value: count } }` straight from the answers above: what the tallies should hold. */
export function countsOf(answers: Record<ScoredItem, Answer[]>): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {}
  for (const item of SCORED_ITEMS)
    for (const a of answers[item]) {
      const values = (counts[item] ??= {})
      values[String(a)] = (values[String(a)] ?? 0) + 1
    }
  return counts
}

/** Mean, sample S.D. and percent by plain arithmetic over 1–5 answers (N/A left out). */
export function byHand(values: Answer[]) {
  const xs = values.filter((v): v is number => v !== 'na')
  const n = xs.length
  const sum = xs.reduce((a, b) => a + b, 0)
  const mean = sum / n
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1))
  const r2 = (x: number) => Math.round(x * 100) / 100
  return { n, mean: r2(mean), sd: r2(sd), percent: r2((mean / 5) * 100) }
}

function write(
  db: Db,
  target: { roundId: number; organisationId: number; servicePointId: number },
  answers: Record<ScoredItem, Answer[]>,
  flagged = false,
) {
  const store = createResponseStore(db)
  const count = answers.overall.length
  for (let i = 0; i < count; i++)
    store.writeOne({
      submissionId: randomUUID(),
      ...target,
      serviceId: null,
      submittedAt: DEFAULT_NOW - (i + 1) * HOUR,
      locale: 'th',
      channel: 'web',
      flagReason: flagged ? 'repeat' : null,
      answers: SCORED_ITEMS.map((itemId) => ({ itemId, value: String(answers[itemId][i]) })),
    })
}

export type ResultsWorld = Awaited<ReturnType<typeof arrangeResults>>

export async function arrangeResults(options: { hostileName?: string } = {}) {
  const s = arrangeSurvey({
    points: {
      krabi: { code: 'KRB1001', dlaCode: '4810102', nameTh: 'กองคลัง – งานจัดเก็บภาษี', services: [] },
      chiangMai: { code: 'CNX1001', dlaCode: '3500102', nameTh: 'ศูนย์บริการประชาชน ชั้น 1', services: [] },
    },
  })
  const { db } = s
  const roundId = s.roundId!
  const at = new Date(DEFAULT_NOW)
  const [header, ...rows] = DEMO_REGISTRY_CSV.trim().split('\n')
  importRegistry(db, `${header}\n${rows.filter((r) => r.includes(',5810401,')).join('\n')}\n`, at)
  const khlongThom = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.dlaCode, '5810401')).get()!.id
  const khlongThomPoint = db
    .insert(servicePoints)
    .values({ organisationId: khlongThom, code: 'KRB2001', nameTh: 'ศูนย์บริการร่วม', active: true, createdAt: at, updatedAt: at })
    .returning({ id: servicePoints.id })
    .get().id

  const krabi = { roundId, organisationId: s.organisationIds['4810102'], servicePointId: s.points.krabi.id }
  write(db, krabi, KRABI)
  // A repeat of the first answer from the same phone: flagged, counted apart.
  write(
    db,
    krabi,
    Object.fromEntries(SCORED_ITEMS.map((item) => [item, KRABI[item].slice(0, 1)])) as Record<ScoredItem, Answer[]>,
    true,
  )
  write(db, { roundId, organisationId: khlongThom, servicePointId: khlongThomPoint }, KHLONG_THOM)

  const officer = await createStaff(db, { username: 'fixture-lgu-5810401', role: 'lgu', dlaCode: '5810401' })
  db.insert(servicePointTransactions)
    .values({ servicePointId: khlongThomPoint, month: '2025-06', count: 150, updatedBy: officer.id, updatedAt: at })
    .run()

  if (options.hostileName !== undefined)
    // เมืองพัทยา-style type: no type word in front, so the name cell starts with the text itself.
    db.update(organisations)
      .set({ type: 'special', nameTh: options.hostileName })
      .where(eq(organisations.dlaCode, '3500102'))
      .run()

  return { ...s, roundId, organisationIds: { ...s.organisationIds, '5810401': khlongThom } }
}
