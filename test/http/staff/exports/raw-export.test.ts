/**
 * `GET /staff/exports/raw.csv` through the app: who may download which scope
 * (DLA any, a provincial officer only their province, an LGU officer nothing),
 * that refusals look like missing pages and record nothing, that every
 * download is audited, and that residents can still submit while a download
 * is under way.
 *
 * Arranged: one round; responses at กระบี่'s KRB1001 (province 81, two) and
 * เชียงใหม่'s CNX1001 (province 50, one).
 */
import { parse } from 'csv-parse/sync'
import { gunzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { createResponseStore } from '../../../../src/db/queries/responses.js'
import { roundProvinces, rounds } from '../../../../src/db/schema.js'
import { answer, arrangeSurvey, DEFAULT_NOW, HOUR, validAnswers } from '../../../helpers/survey-fixture.js'
import { createStaff, signIn } from '../../../helpers/staff.js'

async function arrange() {
  const s = arrangeSurvey()
  const store = createResponseStore(s.db)
  let n = 0
  const respond = (point: { id: number; organisationId: number }, suggestion: string) =>
    store.writeOne({
      submissionId: `http-raw-${++n}`,
      roundId: s.roundId!,
      organisationId: point.organisationId,
      servicePointId: point.id,
      serviceId: null,
      submittedAt: DEFAULT_NOW - n * HOUR,
      locale: 'th',
      channel: 'web',
      flagReason: null,
      answers: [
        { itemId: 'overall', value: '5' },
        { itemId: 'suggestion', value: suggestion },
      ],
    })
  respond(s.points.main, 'กระบี่ หนึ่ง')
  respond(s.points.main, 'กระบี่ สอง')
  respond(s.points.bare, 'เชียงใหม่')
  // A round for เชียงใหม่ only: not one กระบี่'s officer can see.
  const at = new Date(DEFAULT_NOW)
  const { questionnaireId } = s.db.select({ questionnaireId: rounds.questionnaireId }).from(rounds).get()!
  const chiangMaiRound = s.db
    .insert(rounds)
    .values({
      nameTh: 'เชียงใหม่',
      nameEn: 'Chiang Mai',
      questionnaireId,
      opensAt: at,
      closesAt: new Date(DEFAULT_NOW + HOUR),
      scope: 'provinces',
      createdAt: at,
    })
    .returning({ id: rounds.id })
    .get().id
  s.db.insert(roundProvinces).values({ roundId: chiangMaiRound, provinceCode: '50' }).run()
  await createStaff(s.db, { role: 'dla', username: 'dla' })
  await createStaff(s.db, { role: 'province', username: 'krabi', provinceCode: '81' })
  await createStaff(s.db, { role: 'lgu', username: 'krabi-town', dlaCode: '4810102' })
  return {
    ...s,
    respond,
    chiangMaiRound,
    dla: await signIn(s.app, 'dla'),
    krabi: await signIn(s.app, 'krabi'),
    lgu: await signIn(s.app, 'krabi-town'),
  }
}

type Arranged = Awaited<ReturnType<typeof arrange>>

const lastAuditId = (s: Arranged) =>
  (s.db.$client.prepare('select coalesce(max(id), 0) as id from audit_log').get() as { id: number }).id

/** The export downloads audited since `after` (an audit id), oldest first. */
const exportsAudited = (s: Arranged, after: number) =>
  (
    s.db.$client
      .prepare(
        `select actor_username as actor, target_type as targetType, target_id as targetId, province_code as provinceCode, detail
    from audit_log where action = 'export_downloaded' and id > ? order by id`,
      )
      .all(after) as { actor: string; targetType: string; targetId: string; provinceCode: string | null; detail: string }[]
  ).map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }))

/** Every audit entry since `after`, whatever its action: a refusal must add none. */
const anyAudited = (s: Arranged, after: number) => s.db.$client.prepare('select action from audit_log where id > ?').all(after)

async function csvOf(res: Response) {
  const bytes = Buffer.from(await res.arrayBuffer())
  const records = parse(bytes, { bom: true }) as string[][]
  return { bytes, header: records[0]!, rows: records.slice(1) }
}

/** The suggestion column: which responses came out. */
const suggestions = (rows: string[][]) => rows.map((r) => r.at(-1))

describe('GET /staff/exports/raw.csv', () => {
  // Downloads only read (and audit, which each test counts from its own start), so one arrangement serves them all.
  let s: Arranged
  beforeAll(async () => {
    s = await arrange()
  })

  it('gives DLA every response of the round as a CSV for people, and audits the download', async () => {
    const since = lastAuditId(s)
    const res = await s.dla.get(`/staff/exports/raw.csv?round=${s.roundId}&scope=national&audience=people`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="raw-responses-round-${s.roundId}-national-people.csv"`,
    )
    expect(res.headers.get('cache-control')).toBe('no-store')
    const file = await csvOf(res)
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(file.header[0]).toBe('รหัสรอบการประเมิน (round_id)')
    expect(suggestions(file.rows)).toEqual(['กระบี่ หนึ่ง', 'กระบี่ สอง', 'เชียงใหม่'])
    expect(exportsAudited(s, since)).toEqual([
      {
        actor: 'dla',
        targetType: 'round',
        targetId: String(s.roundId),
        provinceCode: null,
        detail: { export: 'raw-responses', format: 'csv', audience: 'people', scope: 'national', round: s.roundId },
      },
    ])
  })

  it('sends the file gzip-compressed to a client that takes gzip: the same bytes once unpacked', async () => {
    const plain = Buffer.from(
      await (await s.dla.get(`/staff/exports/raw.csv?round=${s.roundId}&scope=national&audience=machines`)).arrayBuffer(),
    )
    const res = await s.app.request(`/staff/exports/raw.csv?round=${s.roundId}&scope=national&audience=machines`, {
      headers: { cookie: s.dla.cookie, 'Accept-Encoding': 'gzip, deflate, br' },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-encoding')).toBe('gzip')
    expect(res.headers.get('vary')).toContain('Accept-Encoding')
    const packed = Buffer.from(await res.arrayBuffer())
    expect(packed.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]))
    expect(gunzipSync(packed)).toEqual(plain)
  })

  it('lets DLA take one province, for machines (no BOM, item ids)', async () => {
    const since = lastAuditId(s)
    const res = await s.dla.get(`/staff/exports/raw.csv?round=${s.roundId}&scope=province:50&audience=machines`)
    expect(res.status).toBe(200)
    const file = await csvOf(res)
    expect(file.bytes.subarray(0, 9).toString('utf8')).toBe('round_id,')
    expect(file.header).toContain('overall')
    expect(suggestions(file.rows)).toEqual(['เชียงใหม่'])
    expect(exportsAudited(s, since)[0]).toMatchObject({
      provinceCode: '50',
      detail: { audience: 'machines', scope: 'province:50' },
    })
  })

  it('gives a provincial officer only their province, with or without naming it', async () => {
    const since = lastAuditId(s)
    for (const query of [`round=${s.roundId}&scope=province:81`, `round=${s.roundId}`, `round=${s.roundId}&scope=`]) {
      const res = await s.krabi.get(`/staff/exports/raw.csv?${query}`)
      expect(res.status, query).toBe(200)
      const file = await csvOf(res)
      expect(suggestions(file.rows), query).toEqual(['กระบี่ หนึ่ง', 'กระบี่ สอง'])
      expect(file.rows.map((r) => r[1])).toEqual(['4810102', '4810102'])
    }
    expect(exportsAudited(s, since).map((a) => [a.actor, a.provinceCode, a.detail.scope])).toEqual([
      ['krabi', '81', 'province:81'],
      ['krabi', '81', 'province:81'],
      ['krabi', '81', 'province:81'],
    ])
  })

  it.each([
    ['another province', 'krabi', (r: number) => `round=${r}&scope=province:50`],
    ['the whole country', 'krabi', (r: number) => `round=${r}&scope=national`],
    ['a round that does not reach their province', 'krabi', () => `round=${s.chiangMaiRound}`],
    ['a province that does not exist', 'dla', (r: number) => `round=${r}&scope=province:99`],
    ['a scope that is not one', 'dla', (r: number) => `round=${r}&scope=organisation:1`],
    ['a round that does not exist', 'dla', () => 'round=999&scope=national'],
    ['any scope, to an LGU officer', 'lgu', (r: number) => `round=${r}&scope=province:81`],
    ['no scope, to an LGU officer', 'lgu', (r: number) => `round=${r}`],
  ] as const)('answers %s with the not-found page and records nothing', async (_, who, query) => {
    const since = lastAuditId(s)
    const res = await s[who].get(`/staff/exports/raw.csv?${query(s.roundId!)}`)
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await res.text()).not.toContain('กระบี่ หนึ่ง')
    expect(anyAudited(s, since)).toEqual([])
  })

  it('lets DLA export a round limited to other provinces for any province (empty where it does not reach)', async () => {
    const res = await s.dla.get(`/staff/exports/raw.csv?round=${s.chiangMaiRound}&scope=province:81&audience=machines`)
    expect(res.status).toBe(200)
    expect((await csvOf(res)).rows).toEqual([])
  })

  it.each([
    ['no round', 'scope=national'],
    ['a round that is not a number', 'scope=national&round=abc'],
    ['an unknown audience', 'scope=national&round=1&audience=robots'],
  ])('answers a link with %s with 400 and records nothing', async (_, query) => {
    const since = lastAuditId(s)
    const res = await s.dla.get(`/staff/exports/raw.csv?${query}`)
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('ลิงก์ดาวน์โหลดไม่ครบถ้วน')
    expect(anyAudited(s, since)).toEqual([])
  })

  it('asks a signed-out visitor to sign in', async () => {
    const res = await s.app.request(`/staff/exports/raw.csv?round=${s.roundId}`)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(
      `/staff/sign-in?next=${encodeURIComponent(`/staff/exports/raw.csv?round=${s.roundId}`)}`,
    )
  })
})

describe('a download under way', () => {
  it('lets residents submit meanwhile; the file is the round as it was when the download began', async () => {
    const s = await arrange()
    for (let i = 0; i < 3000; i++) s.respond(s.points.bare, `เพิ่ม ${i}`)
    const res = await s.dla.get(`/staff/exports/raw.csv?round=${s.roundId}&audience=machines`)
    const reader = res.body!.getReader()
    const first = await reader.read()
    expect(first.done).toBe(false)

    const submitted = await answer(s.app, s.points.main.code, validAnswers(s.definition, s.points.main.services))
    expect(submitted.status).toBe(303)

    const chunks = [Buffer.from(first.value!)]
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(Buffer.from(next.value))
    const rows = (parse(Buffer.concat(chunks)) as string[][]).slice(1)
    expect(rows).toHaveLength(3003)
    expect(s.db.$client.prepare('select count(*) as n from responses').get()).toEqual({ n: 3004 })
  })
})
