/**
 * The read-only API through app.request: bearer tokens, scopes, the results
 * table against figures worked out by hand and against the engine, JSON
 * errors, and the OpenAPI document.
 *
 * Arranged (thai-lgu-standard, minimum 10, flagged excluded):
 * - 4810102 เทศบาลเมืองกระบี่ (81): 10 responses, every rated item answered 5
 *   six times and 4 four times; one flagged response answering 1.
 * - 5810401 เทศบาลตำบลคลองท่อมใต้ (81): 3 responses answering 3.
 * - 3500102 เทศบาลนครเชียงใหม่ (50): 12 responses answering 2.
 */
import { describe, expect, it } from 'vitest'
import { resultTable, rowJson } from '../../../src/exports/result-table.js'
import { findRound } from '../../../src/db/queries/round-records.js'
import { issueApiToken, revokeApiToken } from '../../../src/db/queries/api-tokens.js'
import { createDefinitionCache } from '../../../src/db/queries/questionnaires.js'
import { createResponseStore } from '../../../src/db/queries/responses.js'
import { setUserActive } from '../../../src/db/queries/users.js'
import { servicePoints } from '../../../src/db/schema.js'
import { DEMO_REGISTRY_CSV } from '../../../src/demo/demo-data.js'
import { importRegistry } from '../../../src/registry/import-registry.js'
import { createStaff, signIn } from '../../helpers/staff.js'
import { arrangeSurvey, DAY, DEFAULT_NOW, HOUR } from '../../helpers/survey-fixture.js'

const ITEMS = [
  'process_1',
  'process_2',
  'channel_1',
  'channel_2',
  'staff_1',
  'staff_2',
  'staff_3',
  'facility_1',
  'facility_2',
  'overall',
]
const allItems = (value: string) => Object.fromEntries(ITEMS.map((id) => [id, value]))

async function arrange() {
  const s = arrangeSurvey({
    points: {
      krabi: { code: 'KRB1001', dlaCode: '4810102', nameTh: 'กองคลัง' },
      chiangMai: { code: 'CNX1001', dlaCode: '3500102', nameTh: 'ศูนย์บริการ' },
    },
  })
  const at = new Date(DEFAULT_NOW)
  const [header, ...rows] = DEMO_REGISTRY_CSV.trim().split('\n')
  importRegistry(s.db, `${header}\n${rows.filter((r) => r.includes(',5810401,')).join('\n')}\n`, at)
  const khlongThom = (s.db.$client.prepare("select id from organisations where dla_code = '5810401'").get() as { id: number }).id
  const khlongThomPoint = s.db
    .insert(servicePoints)
    .values({ organisationId: khlongThom, code: 'KRB2001', nameTh: 'สำนักปลัด', active: true, createdAt: at, updatedAt: at })
    .returning({ id: servicePoints.id })
    .get().id

  const store = createResponseStore(s.db)
  let seq = 0
  const respond = (organisationId: number, servicePointId: number, value: string, flagged = false) =>
    store.writeOne({
      submissionId: `api-${seq++}`,
      roundId: s.roundId!,
      organisationId,
      servicePointId,
      serviceId: null,
      submittedAt: DEFAULT_NOW - HOUR,
      locale: 'th',
      channel: 'web',
      flagReason: flagged ? 'too_fast' : null,
      answers: Object.entries(allItems(value)).map(([itemId, v]) => ({ itemId, value: v })),
    })
  const krabi = s.organisationIds['4810102']
  for (let i = 0; i < 6; i++) respond(krabi, s.points.krabi.id, '5')
  for (let i = 0; i < 4; i++) respond(krabi, s.points.krabi.id, '4')
  respond(krabi, s.points.krabi.id, '1', true)
  for (let i = 0; i < 3; i++) respond(khlongThom, khlongThomPoint, '3')
  for (let i = 0; i < 12; i++) respond(s.organisationIds['3500102'], s.points.chiangMai.id, '2')

  const dla = await createStaff(s.db, { username: 'api-dla', role: 'dla' })
  const province = await createStaff(s.db, { username: 'api-province', role: 'province', provinceCode: '81' })
  const lgu = await createStaff(s.db, { username: 'api-lgu', role: 'lgu', dlaCode: '4810102' })
  const token = (userId: number, name = 'test') => issueApiToken(s.db, { userId, name, createdBy: dla.id }, s.clock.now)
  const tokens = { dla: token(dla.id), province: token(province.id), lgu: token(lgu.id) }
  const get = (path: string, secret?: string) =>
    s.app.request(path, { headers: secret ? { authorization: `Bearer ${secret}` } : {} })
  return { ...s, users: { dla, province, lgu }, tokens, token, get }
}

type Arranged = Awaited<ReturnType<typeof arrange>>
type Row = Record<string, string | number | null>

async function expectJsonError(res: Response, status: number, error: string) {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  const body = (await res.json()) as { error: string; message: string }
  expect(body.error).toBe(error)
  expect(body.message).not.toBe('')
  return body
}

describe('authentication', () => {
  it('answers 401 JSON with a Bearer challenge when there is no token', async () => {
    const s = await arrange()
    for (const path of ['/api/v1/rounds', `/api/v1/rounds/${s.roundId}/results`, '/api/v1/organisations']) {
      const res = await s.get(path)
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="lgu-satisfaction-api"')
      await expectJsonError(res, 401, 'invalid_token')
    }
    const basic = await s.app.request('/api/v1/rounds', { headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } })
    await expectJsonError(basic, 401, 'invalid_token')
  })

  it('answers 401 for an unknown token, a revoked one, and one whose user is deactivated', async () => {
    const s = await arrange()
    const unknown = await s.get('/api/v1/rounds', `lgusat_${'A'.repeat(43)}`)
    expect(unknown.headers.get('www-authenticate')).toContain('error="invalid_token"')
    await expectJsonError(unknown, 401, 'invalid_token')

    expect((await s.get('/api/v1/rounds', s.tokens.province.secret)).status).toBe(200)
    revokeApiToken(s.db, s.tokens.province.token.id, s.clock.now)
    await expectJsonError(await s.get('/api/v1/rounds', s.tokens.province.secret), 401, 'invalid_token')

    expect((await s.get('/api/v1/rounds', s.tokens.lgu.secret)).status).toBe(200)
    setUserActive(s.db, s.users.lgu.id, false)
    await expectJsonError(await s.get('/api/v1/rounds', s.tokens.lgu.secret), 401, 'invalid_token')
  })

  it('keeps when a token was last used, and sends nothing cacheable', async () => {
    const s = await arrange()
    const res = await s.get('/api/v1/rounds', s.tokens.dla.secret)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const row = s.db.$client.prepare('select last_used_at as t from api_tokens where id = ?').get(s.tokens.dla.token.id) as {
      t: number
    }
    expect(row.t).toBe(s.clock.now)
  })
})

describe('GET /api/v1/rounds', () => {
  it('lists the round with its window, Bangkok days and status', async () => {
    const s = await arrange()
    const body = (await (await s.get('/api/v1/rounds', s.tokens.lgu.secret)).json()) as { rounds: Row[] }
    expect(body.rounds).toEqual([
      {
        id: s.roundId,
        name: { th: 'ปีงบประมาณ 2568', en: 'Fiscal year 2568 (BE)' },
        opensAt: new Date(DEFAULT_NOW - 30 * DAY).toISOString(),
        closesAt: new Date(DEFAULT_NOW + 30 * DAY).toISOString(),
        firstDay: '2025-05-11',
        lastDay: '2025-07-10',
        status: 'open',
        results: 'provisional',
        finalisedAt: null,
        questionnaire: { slug: 'thai-lgu-standard', version: 1 },
      },
    ])
  })
})

describe('GET /api/v1/rounds/:id/results', () => {
  const rowsOf = async (s: Arranged, secret: string, scope?: string) => {
    const res = await s.get(`/api/v1/rounds/${s.roundId}/results${scope ? `?scope=${encodeURIComponent(scope)}` : ''}`, secret)
    expect(res.status).toBe(200)
    return (await res.json()) as {
      scope: string
      minimumResponses: number
      flaggedIncluded: boolean
      columns: { code: string }[]
      rows: Row[]
    }
  }

  it('gives the figures worked out by hand for 4810102, the same as the engine gives the staff export', async () => {
    const s = await arrange()
    const body = await rowsOf(s, s.tokens.dla.secret)
    expect(body).toMatchObject({ scope: 'national', minimumResponses: 10, flaggedIncluded: false })
    expect(body.rows.map((r) => r.dla_code)).toEqual(['3500102', '4810102', '5810401'])
    const krabi = body.rows.find((r) => r.dla_code === '4810102')!
    // Ten answers per item: six 5s and four 4s (see open-data.test.ts for the arithmetic). The flagged 1s are left out.
    expect(krabi).toMatchObject({
      name: 'เทศบาลเมืองกระบี่',
      type: 'เทศบาลเมือง',
      province: 'กระบี่',
      n: 10,
      flagged_n: 1,
      // The staff export's share: 1 flagged of all 11 responses, 100 ÷ 11 = 9.09 %.
      kept_out_percent: 9.09,
      status: 'ok',
      aspect_process_n: 20,
      aspect_process_mean: 4.6,
      aspect_process_sd: 0.5,
      aspect_process_percent: 92,
      aspect_staff_n: 30,
      aspect_staff_mean: 4.6,
      aspect_staff_sd: 0.5,
      overall_n: 90,
      overall_mean: 4.6,
      overall_sd: 0.49,
      overall_percent: 92,
      overall_band: 'มากที่สุด',
      overall_points: 9,
      overall_moe: 2.04,
      overall_item_n: 10,
      overall_item_sd: 0.52,
      round: 'ปีงบประมาณ 2568',
      round_opens: '2025-05-11',
    })
    // 3 answers of 3: shown to staff (the staff export does too), marked too few. 12 answers of 2: mean 2, S.D. 0, 40 %.
    expect(body.rows.find((r) => r.dla_code === '5810401')).toMatchObject({
      n: 3,
      status: 'too_few',
      overall_mean: 3,
      overall_percent: 60,
    })
    expect(body.rows.find((r) => r.dla_code === '3500102')).toMatchObject({
      n: 12,
      status: 'ok',
      overall_mean: 2,
      overall_sd: 0,
      overall_percent: 40,
      overall_band: 'น้อย',
    })

    // The engine the staff export reads, called directly: the same columns and the same rows.
    const round = findRound(s.db, s.roundId!)!
    const definition = createDefinitionCache(s.db).get(round.questionnaireId)!
    const table = resultTable(s.db, {
      round,
      definition,
      scope: { kind: 'national' },
      minimumResponses: 10,
      includeFlagged: false,
    })
    expect(body.columns.map((c) => c.code)).toEqual(table.columns.map((c) => c.code))
    expect(body.rows).toEqual(table.rows.map((r) => rowJson(table.columns, r)))

    // And the staff JSON export a DLA officer downloads: the same columns, the same rows.
    const staff = await signIn(s.app, 'api-dla')
    for (const scope of ['national', 'province:81']) {
      const exported = (await (await staff.get(`/staff/exports/results.json?round=${s.roundId}&scope=${scope}`)).json()) as {
        columns: unknown[]
        rows: Row[]
      }
      const api = await rowsOf(s, s.tokens.dla.secret, scope)
      expect(api.columns).toEqual(exported.columns)
      expect(api.rows).toEqual(exported.rows)
    }
  })

  it('gives a provincial officer’s token its province only, and 404 for another province or its organisations', async () => {
    const s = await arrange()
    const own = await rowsOf(s, s.tokens.province.secret)
    expect(own.scope).toBe('province:81')
    expect(own.rows.map((r) => r.dla_code)).toEqual(['4810102', '5810401'])
    expect((await rowsOf(s, s.tokens.province.secret, 'province:81')).rows).toEqual(own.rows)
    const one = await rowsOf(s, s.tokens.province.secret, 'organisation:5810401')
    expect(one.rows.map((r) => r.dla_code)).toEqual(['5810401'])
    for (const scope of ['province:50', 'organisation:3500102', 'national', 'organisation:9999999', 'province:99'])
      await expectJsonError(
        await s.get(`/api/v1/rounds/${s.roundId}/results?scope=${scope}`, s.tokens.province.secret),
        404,
        'not_found',
      )
  })

  it('gives an LGU officer’s token its organisation only', async () => {
    const s = await arrange()
    const own = await rowsOf(s, s.tokens.lgu.secret)
    expect(own.scope).toBe('organisation:4810102')
    expect(own.rows.map((r) => r.dla_code)).toEqual(['4810102'])
    for (const scope of ['province:81', 'organisation:5810401'])
      await expectJsonError(
        await s.get(`/api/v1/rounds/${s.roundId}/results?scope=${scope}`, s.tokens.lgu.secret),
        404,
        'not_found',
      )
  })

  it('answers 400 JSON for a malformed scope or round id, 404 for a round that does not exist', async () => {
    const s = await arrange()
    const bad = await expectJsonError(
      await s.get(`/api/v1/rounds/${s.roundId}/results?scope=everything`, s.tokens.dla.secret),
      400,
      'bad_request',
    )
    expect((bad as unknown as { issues: { path: string }[] }).issues[0]!.path).toBe('scope')
    await expectJsonError(await s.get('/api/v1/rounds/abc/results', s.tokens.dla.secret), 400, 'bad_request')
    await expectJsonError(await s.get('/api/v1/rounds/999/results', s.tokens.dla.secret), 404, 'not_found')
  })
})

describe('GET /api/v1/organisations', () => {
  it('pages the organisations in scope, identity only', async () => {
    const s = await arrange()
    const all = (await (await s.get('/api/v1/organisations?pageSize=2', s.tokens.dla.secret)).json()) as {
      total: number
      pages: number
      organisations: Row[]
    }
    expect(all).toMatchObject({ page: 1, pageSize: 2, total: 3, pages: 2 })
    expect(all.organisations.map((o) => o.dlaCode)).toEqual(['3500102', '4810102'])
    expect(all.organisations[1]).toEqual({
      dlaCode: '4810102',
      name: 'เทศบาลเมืองกระบี่',
      registryName: 'กระบี่',
      type: 'town',
      typeLabel: { registry: 'เทศบาลเมือง', th: 'เทศบาลเมือง', en: 'Town Municipality' },
      province: { code: '81', nameTh: 'กระบี่', nameEn: 'Krabi' },
      district: expect.objectContaining({ nameTh: 'เมืองกระบี่' }),
    })
    const second = (await (await s.get('/api/v1/organisations?pageSize=2&page=2', s.tokens.dla.secret)).json()) as {
      organisations: Row[]
    }
    expect(second.organisations.map((o) => o.dlaCode)).toEqual(['5810401'])
    const krabi = (await (await s.get('/api/v1/organisations?province=81', s.tokens.dla.secret)).json()) as {
      organisations: Row[]
    }
    expect(krabi.organisations.map((o) => o.dlaCode)).toEqual(['4810102', '5810401'])
  })

  it('keeps a provincial officer’s token in its province: another province is 404', async () => {
    const s = await arrange()
    const own = (await (await s.get('/api/v1/organisations', s.tokens.province.secret)).json()) as {
      total: number
      organisations: Row[]
    }
    expect(own.organisations.map((o) => o.dlaCode)).toEqual(['4810102', '5810401'])
    await expectJsonError(await s.get('/api/v1/organisations?province=50', s.tokens.province.secret), 404, 'not_found')
    const lgu = (await (await s.get('/api/v1/organisations', s.tokens.lgu.secret)).json()) as { organisations: Row[] }
    expect(lgu.organisations.map((o) => o.dlaCode)).toEqual(['4810102'])
  })

  it('answers 400 JSON for bad paging or province parameters', async () => {
    const s = await arrange()
    for (const query of ['page=0', 'page=x', 'pageSize=5000', 'province=8'])
      await expectJsonError(await s.get(`/api/v1/organisations?${query}`, s.tokens.dla.secret), 400, 'bad_request')
  })
})

describe('JSON everywhere under /api', () => {
  it('answers an unknown path with 404 JSON and a change with 405 JSON, never an HTML page', async () => {
    const s = await arrange()
    await expectJsonError(await s.get('/api/v1/nothing-here', s.tokens.dla.secret), 404, 'not_found')
    await expectJsonError(await s.get('/api/v2/rounds', s.tokens.dla.secret), 404, 'not_found')
    const post = await s.app.request('/api/v1/rounds', {
      method: 'POST',
      headers: { authorization: `Bearer ${s.tokens.dla.secret}` },
    })
    expect(post.headers.get('allow')).toBe('GET, HEAD')
    await expectJsonError(post, 405, 'method_not_allowed')
  })
})

describe('the OpenAPI document', () => {
  it('is public OpenAPI 3.1 JSON describing every path, the bearer scheme and the response schemas', async () => {
    const s = await arrange()
    const res = await s.app.request('/api/v1/openapi.json')
    expect(res.status).toBe(200)
    const doc = JSON.parse(await res.text()) as {
      openapi: string
      servers: { url: string }[]
      paths: Record<string, { get: { parameters?: { name: string }[]; responses: Record<string, unknown> } }>
      components: { securitySchemes: Record<string, { type: string; scheme: string }>; schemas: Record<string, unknown> }
    }
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.servers[0]!.url).toBe('http://localhost/api/v1')
    expect(Object.keys(doc.paths).sort()).toEqual(['/openapi.json', '/organisations', '/rounds', '/rounds/{id}/results'])
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' })
    expect(doc.paths['/rounds/{id}/results']!.get.parameters!.map((p) => p.name)).toEqual(['id', 'scope'])
    expect(doc.paths['/organisations']!.get.parameters!.map((p) => p.name)).toEqual(['province', 'page', 'pageSize'])
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Error', 'Round', 'Organisation', 'Results', 'Column']),
    )

    // Every $ref points at something the document defines.
    const text = JSON.stringify(doc)
    for (const [, kind, name] of text.matchAll(/"#\/components\/(schemas|responses)\/([A-Za-z]+)"/g))
      expect((doc.components as Record<string, Record<string, unknown>>)[kind!]![name!], `${kind}/${name}`).toBeDefined()

    // Every documented path answers 200 with a DLA officer's token.
    for (const path of Object.keys(doc.paths)) {
      const r = await s.get(`/api/v1${path.replace('{id}', String(s.roundId))}`, s.tokens.dla.secret)
      expect(r.status, path).toBe(200)
    }
  })
})
