/**
 * The open datasets of a round, from the same engine, rows and columns as the
 * results pages and staff exports, with official figures only (flagged
 * responses never count here, whatever the settings) and small groups
 * suppressed:
 *
 * - `organisations`: a row per organisation. Fewer than the minimum of official
 *   responses: identity, `n` and status `suppressed` stay, every figure is empty.
 *   `n` is shown because it tells nothing about anyone's answers, and each
 *   service point's count is already public on its thank-you page. Within a
 *   published row, figure groups with too few people are hidden too
 *   (see figure-groups.ts).
 * - `provinces`: a row per province, each figure group pooled from the answers
 *   behind the organisation figures that `organisations` shows. Pooling the
 *   suppressed ones too would let anyone subtract the published organisations
 *   from the province and recover them; this way a province figure is exactly
 *   the sum of published figures and reveals nothing more.
 *
 * Beside each figure group, both publish the counts per rating level it was
 * computed from (level-columns.ts), shown and hidden with it.
 *
 * @example
 * const { organisations, provinces } = openDatasets(db, { round, definition, minimumResponses: 10 })
 */
import type { Db } from '../../db/client.js'
import type { RoundRecord } from '../../db/queries/round-records.js'
import { listProvinces } from '../../db/queries/staff-users.js'
import { createResultQueries } from '../../db/queries/results.js'
import type { Definition, Localized } from '../../domain/questionnaire/definition.js'
import { addCounts, score, type ItemCounts, type ScoreResult } from '../../domain/scoring/index.js'
import { resultTable } from '../../exports/result-table.js'
import { scoringOptions } from '../../results/organisation-results.js'
import type { OrganisationRow } from '../../results/organisation-rows.js'
import { roundColumns, scoreColumns, type CellValue, type ResultColumn } from '../../results/result-columns.js'
import { figureGroups, hiddenGroups, type FigureGroup } from './figure-groups.js'
import { withLevelColumns } from './level-columns.js'

export const DATASETS = ['organisations', 'provinces'] as const
export type DatasetName = (typeof DATASETS)[number]

export type OpenStatus = 'ok' | 'suppressed' | 'no_responses'

export type OpenOrganisationRow = OrganisationRow & { published: boolean; hidden: ReadonlySet<string> }

export type OpenProvinceRow = {
  provinceCode: string
  provinceTh: string
  provinceEn: string
  organisations: number
  responding: number
  published: number
  respondentsAll: number
  respondentsPublished: number
  status: OpenStatus
  /** The pooled result behind each figure group, by group key; null where nothing is pooled. */
  results: ReadonlyMap<string, ScoreResult | null>
  /** The pooled counts those results were scored from, by group key; null where nothing is pooled. */
  counts: ReadonlyMap<string, ItemCounts | null>
}

export type Dataset<Row> = {
  name: DatasetName
  columns: ResultColumn<Row>[]
  rows: Row[]
  /** Each row's cells in column order, made one row at a time (for streaming CSV). */
  cells(): Generator<CellValue[]>
}

function dataset<Row>(name: DatasetName, columns: ResultColumn<Row>[], rows: Row[]): Dataset<Row> {
  return {
    name,
    columns,
    rows,
    *cells() {
      for (const row of rows) yield columns.map((c) => c.value(row))
    },
  }
}
export type OpenDatasets = { organisations: Dataset<OpenOrganisationRow>; provinces: Dataset<OpenProvinceRow> }

const t = (th: string, en: string): Localized => ({ th, en })
const statusColumn = <Row>(value: (r: Row) => OpenStatus, description: Localized): ResultColumn<Row> => ({
  code: 'status',
  label: t('สถานะข้อมูล', 'Data status'),
  description,
  unit: null,
  kind: 'text',
  value,
})

/** Each figure column's group, so a hidden group empties all its columns. */
function groupByCode(groups: readonly FigureGroup[]): Map<string, FigureGroup> {
  return new Map(groups.flatMap((g) => g.codes.map((code) => [code, g] as const)))
}

export function openDatasets(
  db: Db,
  input: { round: RoundRecord; definition: Definition; minimumResponses: number },
): OpenDatasets {
  const { round, definition, minimumResponses } = input
  const table = resultTable(db, { round, definition, scope: { kind: 'national' }, minimumResponses, includeFlagged: false })
  const groups = figureGroups(definition)
  const groupOf = groupByCode(groups)
  const figureCodes = new Set([...scoreColumns(definition).map((c) => c.code), 'response_rate'])
  const byCode = new Map(table.columns.map((c) => [c.code, c]))
  const column = (code: string) => byCode.get(code)!
  // Read with the figures, in the same synchronous run, so the counts are the ones they came from.
  const counts = createResultQueries(db).organisations(round.id, null, 'official').counts as Map<number, ItemCounts>
  const shown = (r: OpenOrganisationRow, key: string) => r.published && !r.hidden.has(key)

  const orgRows: OpenOrganisationRow[] = table.rows.map((r) => {
    const published = r.respondents > 0 && r.meetsMinimum
    return { ...r, published, hidden: published ? hiddenGroups(groups, r.result, minimumResponses) : new Set() }
  })
  const rowStatus = (r: { respondents: number; published: boolean }): OpenStatus =>
    r.respondents === 0 ? 'no_responses' : r.published ? 'ok' : 'suppressed'
  const identity = (
    code: string,
    label: Localized,
    description: Localized,
    value: (r: OpenOrganisationRow) => CellValue,
  ): ResultColumn<OpenOrganisationRow> => ({ code, label, description, unit: null, kind: 'text', value })
  const orgColumns: ResultColumn<OpenOrganisationRow>[] = [
    ...['dla_code', 'name', 'type'].map((code) => column(code)),
    identity(
      'province_code',
      t('รหัสจังหวัด', 'Province code'),
      t('รหัสจังหวัดของกรมการปกครอง (2 หลัก)', 'DOPA province code (2 digits)'),
      (r) => r.provinceCode,
    ),
    column('province'),
    identity(
      'district_code',
      t('รหัสอำเภอ', 'District code'),
      t('รหัสอำเภอของกรมการปกครอง (4 หลัก)', 'DOPA district code (4 digits)'),
      (r) => r.districtCode,
    ),
    column('district'),
    column('n'),
    statusColumn(
      rowStatus,
      t(
        `ok = เผยแพร่ผล, suppressed = น้อยกว่า ${minimumResponses} คำตอบ จึงไม่แสดงค่าทางสถิติ, no_responses = ไม่มีคำตอบ`,
        `ok = figures published, suppressed = fewer than ${minimumResponses} responses so no figures are shown, no_responses = no responses`,
      ),
    ),
    ...withLevelColumns<OpenOrganisationRow>(
      table.columns
        .filter((c) => figureCodes.has(c.code))
        .map((c) => ({
          ...c,
          value: (r: OpenOrganisationRow) => (shown(r, groupOf.get(c.code)?.key ?? '') ? c.value(r) : null),
        })),
      groups,
      (r, group) => (shown(r, group.key) ? (counts.get(r.organisationId) ?? {}) : null),
    ),
    ...roundColumns(round),
  ]

  let provinces: Dataset<OpenProvinceRow> | undefined
  return {
    organisations: dataset('organisations', orgColumns, orgRows),
    // Made only when asked for: the organisation files do not need it.
    get provinces() {
      return (provinces ??= provinceDataset(db, { round, definition, minimumResponses, orgRows, groups, counts }))
    },
  }
}

function provinceDataset(
  db: Db,
  input: {
    round: RoundRecord
    definition: Definition
    minimumResponses: number
    orgRows: OpenOrganisationRow[]
    groups: FigureGroup[]
    counts: ReadonlyMap<number, ItemCounts>
  },
): Dataset<OpenProvinceRow> {
  const { definition, minimumResponses, orgRows, groups, counts } = input
  const options = scoringOptions({ minimumResponses })
  const names = new Map(listProvinces(db).map((p) => [p.code, p]))
  const byProvince = new Map<string, OpenOrganisationRow[]>()
  for (const r of orgRows) {
    const list = byProvince.get(r.provinceCode)
    if (list) list.push(r)
    else byProvince.set(r.provinceCode, [r])
  }

  const rows = [...byProvince.entries()].map(([code, orgs]): OpenProvinceRow => {
    const memo = new Map<string, { result: ScoreResult; counts: ItemCounts } | null>()
    // A group pools only the organisations whose figures for that group are published.
    const pooledFor = (group: FigureGroup) => {
      const members = orgs.filter((o) => o.published && !o.hidden.has(group.key))
      const key = members.map((o) => o.organisationId).join(',')
      if (!memo.has(key)) {
        const pooled = members.reduce<ItemCounts>((sum, o) => addCounts(sum, counts.get(o.organisationId) ?? {}), {})
        const respondents = members.reduce((n, o) => n + o.respondents, 0)
        memo.set(key, members.length === 0 ? null : { result: score(definition, pooled, respondents, options), counts: pooled })
      }
      return memo.get(key)!
    }
    const pooled = new Map(groups.map((g) => [g.key, pooledFor(g)]))
    const published = orgs.filter((o) => o.published)
    const respondentsAll = orgs.reduce((n, o) => n + o.respondents, 0)
    return {
      provinceCode: code,
      provinceTh: names.get(code)?.nameTh ?? orgs[0]!.provinceName,
      provinceEn: names.get(code)?.nameEn ?? '',
      organisations: orgs.length,
      responding: orgs.filter((o) => o.respondents > 0).length,
      published: published.length,
      respondentsAll,
      respondentsPublished: published.reduce((n, o) => n + o.respondents, 0),
      status: respondentsAll === 0 ? 'no_responses' : published.length === 0 ? 'suppressed' : 'ok',
      results: new Map([...pooled].map(([key, p]) => [key, p?.result ?? null])),
      counts: new Map([...pooled].map(([key, p]) => [key, p?.counts ?? null])),
    }
  })

  const groupOf = groupByCode(groups)
  const count = (
    code: string,
    label: Localized,
    description: Localized,
    unit: Localized,
    value: (r: OpenProvinceRow) => number,
  ): ResultColumn<OpenProvinceRow> => ({ code, label, description, unit, kind: 'integer', value })
  const text = (
    code: string,
    label: Localized,
    description: Localized,
    value: (r: OpenProvinceRow) => string,
  ): ResultColumn<OpenProvinceRow> => ({ code, label, description, unit: null, kind: 'text', value })
  const orgsUnit = t('แห่ง', 'organisations')
  const responsesUnit = t('คน', 'responses')
  const columns: ResultColumn<OpenProvinceRow>[] = [
    text(
      'province_code',
      t('รหัสจังหวัด', 'Province code'),
      t('รหัสจังหวัดของกรมการปกครอง (2 หลัก)', 'DOPA province code (2 digits)'),
      (r) => r.provinceCode,
    ),
    text('province', t('จังหวัด', 'Province'), t('ชื่อจังหวัด (ภาษาไทย)', 'Province name (Thai)'), (r) => r.provinceTh),
    text(
      'province_en',
      t('จังหวัด (อังกฤษ)', 'Province (English)'),
      t('ชื่อจังหวัด (ภาษาอังกฤษ)', 'Province name (English)'),
      (r) => r.provinceEn,
    ),
    count(
      'organisations',
      t('จำนวน อปท.', 'Organisations'),
      t('จำนวน อปท. ในทะเบียนของจังหวัด', 'Organisations in the province in the DLA registry'),
      orgsUnit,
      (r) => r.organisations,
    ),
    count(
      'organisations_responding',
      t('อปท. ที่มีผู้ตอบ', 'Organisations with responses'),
      t('จำนวน อปท. ที่มีคำตอบอย่างน้อย 1 คำตอบ', 'Organisations with at least one official response'),
      orgsUnit,
      (r) => r.responding,
    ),
    count(
      'organisations_published',
      t('อปท. ที่เผยแพร่ผล', 'Organisations published'),
      t(
        `จำนวน อปท. ที่มีอย่างน้อย ${minimumResponses} คำตอบ และเผยแพร่ผลในชุดข้อมูลรายหน่วยงาน`,
        `Organisations with at least ${minimumResponses} responses, whose figures the organisations dataset publishes`,
      ),
      orgsUnit,
      (r) => r.published,
    ),
    count(
      'n_total',
      t('จำนวนผู้ตอบทั้งหมด', 'All respondents'),
      t('จำนวนผู้ตอบที่นับเป็นผลทางการของทุก อปท. ในจังหวัด', 'Official responses from every organisation in the province'),
      responsesUnit,
      (r) => r.respondentsAll,
    ),
    count(
      'n',
      t('จำนวนผู้ตอบของ อปท. ที่เผยแพร่ผล', 'Respondents behind the figures'),
      t(
        'จำนวนผู้ตอบของ อปท. ที่เผยแพร่ผล ค่าทางสถิติของจังหวัดคำนวณจากคำตอบเหล่านี้เท่านั้น',
        'Responses of the published organisations; the province figures pool only their answers',
      ),
      responsesUnit,
      (r) => r.respondentsPublished,
    ),
    statusColumn<OpenProvinceRow>(
      (r) => r.status,
      t(
        `ok = เผยแพร่ผล, suppressed = ไม่มี อปท. ใดมีคำตอบถึง ${minimumResponses} คำตอบ จึงไม่แสดงค่าทางสถิติ, no_responses = ไม่มีคำตอบ`,
        `ok = figures published, suppressed = no organisation has ${minimumResponses} responses so no figures are shown, no_responses = no responses`,
      ),
    ),
    ...withLevelColumns<OpenProvinceRow>(
      scoreColumns<{ result: ScoreResult | null }>(definition).map((c) => {
        const group = groupOf.get(c.code)
        if (!group) throw new Error(`column ${c.code} belongs to no figure group`)
        return {
          ...c,
          description: t(
            `${c.description.th} รวมคำตอบของ อปท. ที่เผยแพร่ค่านี้`,
            `${c.description.en}; pooled over the organisations whose own figure is published`,
          ),
          value: (r: OpenProvinceRow) => {
            const result = r.results.get(group.key) ?? null
            return result ? c.value({ result }) : null
          },
        }
      }),
      groups,
      (r, group) => r.counts.get(group.key) ?? null,
    ),
    ...roundColumns(input.round),
  ]
  return dataset(
    'provinces',
    columns,
    rows.sort((a, b) => a.provinceCode.localeCompare(b.provinceCode)),
  )
}
