/**
 * Open data anyone can recompute: a round of generated answers, downloaded over HTTP, and for
 * every published row of both datasets the mean, S.D., percent and margin of error worked out
 * again from the published counts per level alone, with formulas written here (exact integer
 * arithmetic, nothing from the app's scoring), then compared with the published figures at
 * their published precision (2 decimals).
 *
 * Arranged (minimum 10, flagged answers excluded):
 * - 4810102 (81): 400 generated responses, some flagged; 5810401 (81): 14.
 * - 6810403 (81): 12, eight of them "not applicable" to both facilities items (thai-mean), so
 *   that aspect and a cover for it are withheld in a published row.
 * - 4501401 (50): 9 official responses and 3 flagged: suppressed, counts and all.
 * - 3500102 (50): 60 responses. Every province row pools the published organisations.
 */
import { parse } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { createResponseStore } from '../../../src/db/queries/responses.js'
import { servicePoints } from '../../../src/db/schema.js'
import { DEMO_REGISTRY_CSV } from '../../../src/demo/demo-data.js'
import { generateResponses } from '../../../src/demo/generate-responses.js'
import { importRegistry } from '../../../src/registry/import-registry.js'
import { arrangeSurvey, DEFAULT_NOW, DAY, HOUR } from '../../helpers/survey-fixture.js'

type Cell = number | string | null
type Row = Record<string, Cell>

const RESPONSES: Record<string, number> = { '4810102': 400, '5810401': 14, '6810403': 12, '4501401': 12, '3500102': 60 }

function arrangeRound(questionnaire: string) {
  const s = arrangeSurvey({
    round: { questionnaire },
    config: { RESULTS_MIN_RESPONSES: 10, EXCLUDE_FLAGGED: true },
    points: {
      krabi: { code: 'KRB1001', dlaCode: '4810102', nameTh: 'กองคลัง' },
      chiangMai: { code: 'CNX1001', dlaCode: '3500102', nameTh: 'ศูนย์บริการ' },
    },
  })
  const at = new Date(DEFAULT_NOW)
  importRegistry(s.db, DEMO_REGISTRY_CSV, at)
  const store = createResponseStore(s.db)
  const organisations = s.db.$client.prepare('select id, dla_code as dlaCode from organisations').all() as {
    id: number
    dlaCode: string
  }[]
  let seed = 1
  for (const { id, dlaCode } of organisations) {
    const servicePointId = s.db
      .insert(servicePoints)
      .values({ organisationId: id, code: `PT${dlaCode}`, nameTh: 'จุดบริการ', active: true, createdAt: at, updatedAt: at })
      .returning({ id: servicePoints.id })
      .get().id
    const generated = generateResponses({
      definition: s.definition,
      points: [{ roundId: s.roundId!, organisationId: id, servicePointId, serviceIds: [] }],
      count: RESPONSES[dlaCode] ?? 0,
      from: DEFAULT_NOW - 20 * DAY,
      to: DEFAULT_NOW - HOUR,
      seed: seed++,
    })
    const shaped = generated.map((r, i) => {
      if (dlaCode === '4501401') return { ...r, flagReason: i < 9 ? null : ('repeat' as const) }
      if (dlaCode === '6810403' && i < 8 && questionnaire === 'thai-lgu-standard')
        return {
          ...r,
          answers: [
            ...r.answers.filter((a) => !a.itemId.startsWith('facility_')),
            { itemId: 'facility_1', value: 'na' },
            { itemId: 'facility_2', value: 'na' },
          ],
        }
      return r
    })
    store.writeBatch(shaped)
  }
  return s
}

/** `num` rounded to 2 decimals, half away from zero, given as a fraction num ÷ den of whole numbers ≥ 0: hundredths. */
function hundredthsOf(num: bigint, den: bigint): bigint {
  return (200n * num + den) / (2n * den)
}

/** √(num ÷ den) in hundredths, rounded half up, decided with whole numbers: (2c − 1)² ≤ 40000·num/den < (2c + 1)². */
function sqrtHundredths(num: bigint, den: bigint): bigint {
  let c = BigInt(Math.round(Math.sqrt(Number(num) / Number(den)) * 100))
  const below = (k: bigint) => (2n * k - 1n) ** 2n * den <= 40000n * num
  while (c > 0n && !below(c)) c--
  while (below(c + 1n)) c++
  return c
}

/** Published hundredths of a figure (JSON number or CSV text). */
const published = (value: Cell): bigint | null =>
  value === null || value === '' ? null : BigInt(Math.round(Number(value) * 100))

type Levels = { n: bigint[]; na: bigint }
const levelsOf = (row: Row, prefix: string): Levels | null => {
  const cells = [5, 4, 3, 2, 1].map((k) => row[`${prefix}_n_${k}`] ?? null)
  const na = row[`${prefix}_n_na`] ?? null
  if (cells.every((c) => c === null || c === '') && (na === null || na === '')) return null
  return { n: cells.map((c) => BigInt(Number(c))), na: BigInt(Number(na)) }
}

/** The figures a group's counts give, in hundredths (and n as a count). */
function recompute({ n: byLevel }: Levels) {
  const levels = [5n, 4n, 3n, 2n, 1n]
  const n = byLevel.reduce((a, b) => a + b, 0n)
  const sum = byLevel.reduce((a, c, i) => a + c * levels[i]!, 0n)
  const squares = byLevel.reduce((a, c, i) => a + c * levels[i]! * levels[i]!, 0n)
  const spread = n * squares - sum * sum // n(n − 1)·S.D.²
  return {
    n,
    mean: n === 0n ? null : hundredthsOf(sum, n),
    sd: n < 2n ? null : sqrtHundredths(spread, n * (n - 1n)),
    percent: n === 0n ? null : hundredthsOf(sum * 20n, n),
    // 1.96 × S.D. ÷ √n × 20 = √(39.2² · spread ÷ (n² (n − 1))), 39.2² = 1536.64 = 153664 ÷ 100.
    moe: n < 2n ? null : sqrtHundredths(153664n * spread, 100n * n * n * (n - 1n)),
    topTwo: n === 0n ? null : hundredthsOf((byLevel[0]! + byLevel[1]!) * 100n, n),
  }
}

/** Prefixes of the groups a dataset publishes counts for, from its header alone. */
const prefixesOf = (codes: string[]) => codes.filter((c) => c.endsWith('_n_5')).map((c) => c.slice(0, -'_n_5'.length))

/** Which published column each recomputed figure is compared with, by questionnaire. */
const FIGURES: Record<string, (prefix: string) => Partial<Record<'n' | 'mean' | 'sd' | 'percent' | 'moe' | 'topTwo', string>>> = {
  'thai-lgu-standard': (p) => ({
    n: `${p}_n`,
    mean: `${p}_mean`,
    sd: `${p}_sd`,
    percent: `${p}_percent`,
    ...(p === 'overall' ? { moe: 'overall_moe' } : {}),
  }),
  'arta-csm': (p) => (p === 'arta' ? { n: 'arta_n', topTwo: 'arta_score' } : { topTwo: 'arta_sqd0_score' }),
  'a11-trust': () => ({ n: 'trust_n', topTwo: 'trust_positive_percent' }),
}

/** Checks every row; returns how many groups were recomputed, how many were withheld in published rows, and how many a row has. */
function checkRows(questionnaire: string, codes: string[], rows: Row[], rowKey: string) {
  const prefixes = prefixesOf(codes)
  expect(prefixes.length).toBeGreaterThan(0)
  let recomputed = 0
  let withheld = 0
  for (const row of rows) {
    for (const prefix of prefixes) {
      const where = `${row[rowKey]} ${prefix}`
      const levels = levelsOf(row, prefix)
      const columns = FIGURES[questionnaire]!(prefix)
      const figures = Object.values(columns).map((code) => row[code])
      for (const code of Object.values(columns)) expect(codes, code).toContain(code)
      if (row.status !== 'ok' || levels === null) {
        // No counts, no figures, and the other way round.
        expect(levels, where).toBeNull()
        expect(
          figures.every((f) => f === null || f === ''),
          where,
        ).toBe(true)
        if (row.status === 'ok') withheld++
        continue
      }
      const expected = recompute(levels)
      for (const [figure, code] of Object.entries(columns)) {
        const value = expected[figure as keyof typeof expected]
        if (figure === 'n') expect(BigInt(Number(row[code])), `${where} ${code}`).toBe(value)
        else expect(published(row[code] ?? null), `${where} ${code}`).toBe(value)
      }
      recomputed++
    }
  }
  return { recomputed, withheld, groups: prefixes.length }
}

const csvRows = (text: string): { codes: string[]; rows: Row[] } => {
  const [header, ...body] = parse(text, { bom: true }) as string[][]
  return { codes: header!, rows: body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? '']))) }
}

describe.each(['thai-lgu-standard', 'arta-csm', 'a11-trust'])('open data of a generated %s round', (questionnaire) => {
  let s: ReturnType<typeof arrangeRound>
  beforeAll(() => {
    s = arrangeRound(questionnaire)
  })
  const get = async (file: string) => {
    const res = await s.app.request(`/open-data/rounds/${s.roundId}/${file}`)
    expect(res.status, file).toBe(200)
    return res
  }

  it.each([
    ['organisations', 'dla_code'],
    ['provinces', 'province_code'],
  ])('%s: every published figure follows from the published counts, in JSON and in CSV for programs', async (dataset, key) => {
    const body = (await (await get(`${dataset}.json`)).json()) as { columns: { code: string }[]; rows: Row[] }
    const codes = body.columns.map((c) => c.code)
    const fromJson = checkRows(questionnaire, codes, body.rows, key)
    const csv = csvRows(await (await get(`${dataset}.csv`)).text())
    expect(csv.codes).toEqual(codes)
    const fromCsv = checkRows(questionnaire, csv.codes, csv.rows, key)
    expect(fromCsv).toEqual(fromJson)
    const publishedRows = body.rows.filter((r) => r.status === 'ok').length
    expect(publishedRows).toBe(dataset === 'organisations' ? 4 : 2)
    // Every group of every published row is either recomputed or withheld with its counts.
    expect(fromJson.recomputed + fromJson.withheld).toBe(publishedRows * fromJson.groups)
    expect(fromJson.recomputed).toBeGreaterThan(fromJson.withheld)
    if (dataset === 'organisations' && questionnaire === 'thai-lgu-standard') {
      // 6810403: facilities withheld with the aspect covering it, counts included.
      expect(fromJson.withheld).toBe(2)
      const small = body.rows.find((r) => r.dla_code === '6810403')!
      expect(small).toMatchObject({ status: 'ok', aspect_facilities_n_5: null, aspect_facilities_mean: null })
    }
  })

  it('publishes no counts for a suppressed organisation, and leaves flagged answers out of the counts', async () => {
    const body = (await (await get('organisations.json')).json()) as { columns: { code: string }[]; rows: Row[] }
    const countCodes = body.columns.map((c) => c.code).filter((c) => /_n_(\d|na)$/.test(c))
    const suppressed = body.rows.find((r) => r.dla_code === '4501401')!
    expect(suppressed).toMatchObject({ n: 9, status: 'suppressed' })
    for (const code of countCodes) expect(suppressed[code], code).toBeNull()

    // The counts are the official answers: one per respondent on a required rating item, flagged ones left out.
    const official = s.db.$client
      .prepare(
        `select o.dla_code as dlaCode, count(*) as n from responses r join organisations o on o.id = r.organisation_id
         where r.flag_reason is null group by o.dla_code`,
      )
      .all() as { dlaCode: string; n: number }[]
    const krabi = body.rows.find((r) => r.dla_code === '4810102')!
    expect(krabi.n).toBe(official.find((o) => o.dlaCode === '4810102')!.n)
    const single = questionnaire === 'thai-lgu-standard' ? 'overall_item' : questionnaire === 'a11-trust' ? 'trust' : null
    if (single) {
      const answered = [5, 4, 3, 2, 1, 'na'].reduce((total: number, k) => total + Number(krabi[`${single}_n_${k}`]), 0)
      expect(answered).toBeLessThanOrEqual(Number(krabi.n))
      expect(answered).toBeGreaterThan(0)
    }
  })

  it('describes every count column in the data dictionaries', async () => {
    for (const dataset of ['organisations', 'provinces']) {
      const dictionary = (await (await get(`${dataset}/dictionary.json`)).json()) as {
        columns: { code: string; type: string; description_en: string }[]
      }
      const counts = dictionary.columns.filter((c) => /_n_(\d|na)$/.test(c.code))
      expect(counts.length).toBeGreaterThan(0)
      for (const c of counts) expect(c.type, c.code).toBe('integer')
      expect(counts.find((c) => c.code.endsWith('_n_5'))!.description_en).toContain('mean')
    }
  })
})
