/**
 * The columns of the per-organisation results table, derived from the round's
 * questionnaire: one list serves the XLSX, both CSVs, the JSON, the API and the
 * open-data dictionary, so every file has the same stable codes and meanings.
 */
import { keptOutPercent } from '../domain/flag-review.js'
import type { Definition, Localized } from '../domain/questionnaire/definition.js'
import { round2, type ScoreResult, type SummaryStats } from '../domain/scoring/index.js'
import type { ThaiMeanSummary } from '../domain/scoring/thai-mean-summary.js'
import { resultsStanding } from '../domain/round-status.js'
import { bangkokDay } from '../domain/thai-time.js'

export type CellValue = string | number | null

export type ResultColumn<Row> = {
  /** Stable machine code: never renamed once published. */
  code: string
  label: Localized
  description: Localized
  unit: Localized | null
  kind: 'text' | 'integer' | 'decimal'
  /** A text column holding a day as `YYYY-MM-DD` (Bangkok): spreadsheets get a date cell, other files the text. */
  isoDay?: true
  value: (row: Row) => CellValue
}

type Scored = { result: ScoreResult | ThaiMeanSummary | null }
type AnyResult = ScoreResult | ThaiMeanSummary

const t = (th: string, en: string): Localized => ({ th, en })
const NONE = null
/** Means and S.D.s are given to 2 decimals, as on the results pages and in Thai reports. */
const nullable = (x: number | null | undefined) => (x === null || x === undefined ? null : round2(x))

/** The figures of a RatingStats as columns with a prefix, e.g. `overall_mean`. */
function statsColumns<Row extends Scored>(
  prefix: string,
  name: Localized,
  pick: (r: AnyResult) => SummaryStats | null | undefined,
): ResultColumn<Row>[] {
  const stat = (row: Row) => {
    const s = row.result && pick(row.result)
    return s && s.kind === 'rating' ? s : null
  }
  return [
    {
      code: `${prefix}_n`,
      label: t(`${name.th}: จำนวนคำตอบ`, `${name.en}: answers`),
      description: t('จำนวนคำตอบที่นับ (ไม่รวม "ไม่เกี่ยวข้อง")', 'Answers counted (not-applicable excluded)'),
      unit: t('คำตอบ', 'answers'),
      kind: 'integer',
      value: (r) => (r.result ? (pick(r.result)?.n ?? 0) : 0),
    },
    {
      code: `${prefix}_mean`,
      label: t(`${name.th}: ค่าเฉลี่ย`, `${name.en}: mean`),
      description: t('ค่าเฉลี่ย (x̄) บนมาตร 1–5', 'Mean (x̄) on the 1–5 scale'),
      unit: NONE,
      kind: 'decimal',
      value: (r) => nullable(stat(r)?.mean),
    },
    {
      code: `${prefix}_sd`,
      label: t(`${name.th}: ส่วนเบี่ยงเบนมาตรฐาน`, `${name.en}: S.D.`),
      description: t('ส่วนเบี่ยงเบนมาตรฐานของกลุ่มตัวอย่าง (หารด้วย n − 1)', 'Sample standard deviation (n − 1)'),
      unit: NONE,
      kind: 'decimal',
      value: (r) => nullable(stat(r)?.sd),
    },
    {
      code: `${prefix}_percent`,
      label: t(`${name.th}: ร้อยละความพึงพอใจ`, `${name.en}: percent satisfaction`),
      description: t(
        'ค่าเฉลี่ย ÷ 5 × 100 จากค่าเฉลี่ยที่ยังไม่ปัดเศษ ปัดเป็นทศนิยม 2 ตำแหน่ง',
        'Mean ÷ 5 × 100 from the unrounded mean, rounded to 2 decimals',
      ),
      unit: t('ร้อยละ', 'percent'),
      kind: 'decimal',
      value: (r) => stat(r)?.percentSatisfaction ?? null,
    },
  ]
}

/** Columns that depend on the questionnaire's scoring method. */
export function scoreColumns<Row extends Scored>(definition: Definition): ResultColumn<Row>[] {
  const sc = definition.scoring
  if (sc.method === 'thai-mean') {
    const aspects = sc.aspects.flatMap((a, i) =>
      statsColumns<Row>(`aspect_${a.id}`, a.label, (r) => (r.method === 'thai-mean' ? r.aspects[i]?.stats : null)),
    )
    const overall = (r: Row) => (r.result?.method === 'thai-mean' && r.result.overall.kind === 'rating' ? r.result.overall : null)
    return [
      ...aspects,
      ...statsColumns<Row>('overall', t('ภาพรวม', 'Overall'), (r) => (r.method === 'thai-mean' ? r.overall : null)),
      {
        code: 'overall_band',
        label: t('ภาพรวม: ระดับความพึงพอใจ', 'Overall: level'),
        description: t('ระดับตามเกณฑ์แปลผลค่าเฉลี่ย (ตั้งค่าได้)', 'Level from the configured interpretation bands'),
        unit: NONE,
        kind: 'text',
        value: (r) => overall(r)?.band.label.th ?? null,
      },
      {
        code: 'overall_points',
        label: t('ภาพรวม: คะแนน', 'Overall: points'),
        description: t(
          'คะแนนตามตารางที่ตั้งค่าไว้ (ไม่ใช่ตารางทางการ เว้นแต่ระบุ)',
          'Points from the configured table (not official unless stated)',
        ),
        unit: t('คะแนน', 'points'),
        kind: 'integer',
        value: (r) => overall(r)?.points.points ?? null,
      },
      {
        code: 'overall_moe',
        label: t('ภาพรวม: ความคลาดเคลื่อน ±', 'Overall: margin of error ±'),
        description: t('ค่าความคลาดเคลื่อนที่ระดับความเชื่อมั่น 95% ของร้อยละความพึงพอใจ', '95% margin of error of the percent satisfaction'),
        unit: t('จุดร้อยละ', 'percentage points'),
        kind: 'decimal',
        value: (r) => overall(r)?.marginOfError ?? null,
      },
      ...statsColumns<Row>('overall_item', t('ความพึงพอใจโดยรวม (ข้อคำถาม)', 'Overall satisfaction (question)'), (r) =>
        r.method === 'thai-mean' ? r.overallItem : null,
      ),
    ]
  }
  if (sc.method === 'arta-csm') {
    const arta = (r: Row) => (r.result?.method === 'arta-csm' ? r.result : null)
    return [
      {
        code: 'arta_n',
        label: t('ARTA: จำนวนคำตอบรวม SQD1–8', 'ARTA: pooled SQD1–8 answers'),
        description: t('คำตอบรวมของ SQD1–SQD8 ไม่รวม N/A', 'Pooled SQD1–SQD8 answers, N/A excluded'),
        unit: t('คำตอบ', 'answers'),
        kind: 'integer',
        value: (r) => arta(r)?.overall.n ?? 0,
      },
      {
        code: 'arta_score',
        label: t('ARTA: คะแนนรวม', 'ARTA: overall score'),
        description: t(
          '(เห็นด้วยอย่างยิ่ง + เห็นด้วย) ÷ (คำตอบ − N/A) × 100 จากคำตอบรวม SQD1–8',
          '(Strongly agree + Agree) ÷ (responses − N/A) × 100, pooled SQD1–8',
        ),
        unit: t('ร้อยละ', 'percent'),
        kind: 'decimal',
        value: (r) => arta(r)?.overall.score ?? null,
      },
      {
        code: 'arta_band',
        label: t('ARTA: ระดับ', 'ARTA: rating'),
        description: t('ระดับตามเกณฑ์ ARTA', 'ARTA rating band'),
        unit: NONE,
        kind: 'text',
        value: (r) => arta(r)?.overall.band?.label.en ?? null,
      },
      {
        code: 'arta_sqd0_score',
        label: t('ARTA: SQD0', 'ARTA: SQD0 score'),
        description: t('คะแนน SQD0 (รายงานแยก)', 'SQD0 score, reported on its own'),
        unit: t('ร้อยละ', 'percent'),
        kind: 'decimal',
        value: (r) => arta(r)?.separate[0]?.score ?? null,
      },
    ]
  }
  const trust = (r: Row) => (r.result?.method === 'a11-trust' ? r.result.trust : null)
  return [
    {
      code: 'trust_n',
      label: t('ความเชื่อมั่น: จำนวนคำตอบ', 'Trust: answers'),
      description: t('จำนวนคำตอบข้อความเชื่อมั่น', 'Answers to the trust question'),
      unit: t('คำตอบ', 'answers'),
      kind: 'integer',
      value: (r) => trust(r)?.n ?? 0,
    },
    {
      code: 'trust_positive_percent',
      label: t('ความเชื่อมั่น: ร้อยละเชิงบวก', 'Trust: percent positive'),
      description: t('ร้อยละที่ตอบระดับ 4–5', 'Percent answering 4 or 5'),
      unit: t('ร้อยละ', 'percent'),
      kind: 'decimal',
      value: (r) => trust(r)?.percentPositive ?? null,
    },
  ]
}

export type RoundInfo = { nameTh: string; opensAt: Date; closesAt: Date; finalisedAt: Date | number | null }

type OrgRow = Scored & {
  dlaCode: string
  name: string
  typeLabel: string
  provinceName: string
  districtName: string
  respondents: number
  flaggedRespondents: number
  meetsMinimum: boolean
  responseRate: number | null
}

const isoDay = (d: Date) => bangkokDay(d.getTime())

/** Every column of the per-organisation results table for a round, in order. */
export function organisationColumns<Row extends OrgRow>(
  definition: Definition,
  round: RoundInfo,
  minimumResponses: number,
): ResultColumn<Row>[] {
  const text = (code: string, label: Localized, description: Localized, value: (r: Row) => CellValue): ResultColumn<Row> => ({
    code,
    label,
    description,
    unit: NONE,
    kind: 'text',
    value,
  })
  return [
    text(
      'dla_code',
      t('รหัส อปท.', 'DLA code'),
      t('รหัสองค์กรปกครองส่วนท้องถิ่นของกรมส่งเสริมการปกครองท้องถิ่น (7 หลัก)', 'DLA organisation code (7 characters)'),
      (r) => r.dlaCode,
    ),
    text('name', t('ชื่อ อปท.', 'Organisation'), t('ชื่อองค์กรปกครองส่วนท้องถิ่น', 'Organisation name (Thai)'), (r) => r.name),
    text(
      'type',
      t('ประเภท', 'Type'),
      t('ประเภท อปท. ตามทะเบียน สถ.', 'Organisation type as in the DLA registry'),
      (r) => r.typeLabel,
    ),
    text('province', t('จังหวัด', 'Province'), t('จังหวัด', 'Province'), (r) => r.provinceName),
    text('district', t('อำเภอ', 'District'), t('อำเภอ', 'District'), (r) => r.districtName),
    {
      code: 'n',
      label: t('จำนวนผู้ตอบ', 'Respondents'),
      description: t('จำนวนผู้ตอบที่นับเป็นผลทางการ', 'Responses counted in official figures'),
      unit: t('คน', 'responses'),
      kind: 'integer',
      value: (r) => r.respondents,
    },
    {
      code: 'flagged_n',
      label: t('คำตอบที่ถูกตั้งข้อสังเกต', 'Flagged responses'),
      description: t(
        'คำตอบที่ถูกตั้งข้อสังเกต (ตอบซ้ำ ตอบเร็วผิดปกติ หรือตามกฎตรวจความผิดปกติ) ที่ยังไม่ได้รับการพิจารณาให้นับ ไม่นับในผลทางการ',
        'Responses flagged (repeat, too fast or an anomaly rule) and not reinstated on review, left out of official figures',
      ),
      unit: t('คำตอบ', 'responses'),
      kind: 'integer',
      value: (r) => r.flaggedRespondents,
    },
    {
      code: 'kept_out_percent',
      label: t('ส่วนที่ถูกคัดออก', 'Excluded as suspicious'),
      description: t(
        'คำตอบที่ถูกตั้งข้อสังเกต ÷ คำตอบทั้งหมด (ที่นับ + ที่ถูกตั้งข้อสังเกต) × 100 ปัดเป็นทศนิยม 2 ตำแหน่ง ว่างเมื่อไม่มีคำตอบ',
        'Flagged responses ÷ all responses (counted + flagged) × 100, to 2 decimals; empty with no responses',
      ),
      unit: t('ร้อยละ', 'percent'),
      kind: 'decimal',
      value: (r) => keptOutPercent({ counted: r.respondents, keptOut: r.flaggedRespondents }) ?? null,
    },
    text(
      'status',
      t('สถานะข้อมูล', 'Data status'),
      t(`ไม่มีคำตอบ / น้อยกว่า ${minimumResponses} คำตอบ / เพียงพอ`, `no responses / fewer than ${minimumResponses} / enough`),
      (r) => (r.respondents === 0 ? 'no_responses' : r.meetsMinimum ? 'ok' : 'too_few'),
    ),
    ...scoreColumns<Row>(definition),
    {
      code: 'response_rate',
      label: t('อัตราการตอบ', 'Response rate'),
      description: t('ผู้ตอบ ÷ จำนวนผู้รับบริการที่หน่วยงานบันทึก × 100', 'Responses ÷ people served as entered by the organisation × 100'),
      unit: t('ร้อยละ', 'percent'),
      kind: 'decimal',
      value: (r) => r.responseRate,
    },
    ...roundColumns(round),
  ]
}

/** The round's own columns, the same on every row: they read nothing from it. */
export function roundColumns(round: RoundInfo): ResultColumn<unknown>[] {
  const text = (code: string, label: Localized, description: Localized, value: () => string): ResultColumn<unknown> => ({
    code,
    label,
    description,
    unit: NONE,
    kind: 'text',
    value,
  })
  return [
    text('round', t('รอบการประเมิน', 'Round'), t('ชื่อรอบการประเมิน', 'Survey round'), () => round.nameTh),
    {
      ...text(
        'round_opens',
        t('วันเริ่มรอบ', 'Round opens'),
        t('วันเปิดรอบ (ค.ศ. YYYY-MM-DD เวลาประเทศไทย)', 'Opening day (YYYY-MM-DD, Bangkok)'),
        () => isoDay(round.opensAt),
      ),
      isoDay: true,
    },
    {
      ...text(
        'round_closes',
        t('วันสุดท้ายของรอบ', 'Round last day'),
        t('วันสุดท้ายที่รับคำตอบ (ค.ศ. YYYY-MM-DD เวลาประเทศไทย)', 'Last day answers were taken (YYYY-MM-DD, Bangkok)'),
        () => isoDay(new Date(round.closesAt.getTime() - 1)),
      ),
      isoDay: true,
    },
    text(
      'results_status',
      t('สถานะผล', 'Results status'),
      t(
        'provisional = ผลเบื้องต้น ตัวเลขยังเปลี่ยนได้จนกว่า สถ. จะประกาศผลสุดท้าย, final = ผลสุดท้าย ตัวเลขจะไม่เปลี่ยนอีก',
        'provisional = the figures may still change until DLA finalises the round, final = they will never change',
      ),
      () => resultsStanding(round),
    ),
  ]
}
