/**
 * The counts per rating level behind each figure group of open data, so anyone can work every
 * published mean, S.D., percent and margin of error out again from the files alone:
 * n = Σ n_k, x̄ = Σ k·n_k ÷ n, S.D. = √((Σ k²·n_k − n·x̄²) ÷ (n − 1)), ร้อยละ = x̄ ÷ 5 × 100,
 * margin = 1.96 × S.D. ÷ √n × 20. A group's counts are shown and hidden exactly with its figures.
 *
 * @example
 * levelColumns(group, (row) => countsOf(row)) // aspect_process_n_5 … aspect_process_n_1, aspect_process_n_na
 */
import type { Localized } from '../../domain/questionnaire/definition.js'
import { poolItems, readLevels, type ItemCounts, type LevelCounts } from '../../domain/scoring/index.js'
import type { ResultColumn } from '../../results/result-columns.js'
import type { FigureGroup } from './figure-groups.js'

const LEVEL_WORDS: Record<number, Localized> = {
  5: { th: 'มากที่สุด', en: 'highest' },
  4: { th: 'มาก', en: 'high' },
  3: { th: 'ปานกลาง', en: 'moderate' },
  2: { th: 'น้อย', en: 'low' },
  1: { th: 'น้อยที่สุด', en: 'lowest' },
}

const RECOMPUTE: Localized = {
  th: 'n = ผลรวมจำนวนคำตอบระดับ 1–5, ค่าเฉลี่ย = Σ ระดับ × จำนวน ÷ n, S.D. = √((Σ ระดับ² × จำนวน − n × ค่าเฉลี่ย²) ÷ (n − 1)), ร้อยละ = ค่าเฉลี่ย ÷ 5 × 100, ความคลาดเคลื่อน = 1.96 × S.D. ÷ √n × 20',
  en: 'n = the sum of the level 1–5 counts, mean = Σ level × count ÷ n, S.D. = √((Σ level² × count − n × mean²) ÷ (n − 1)), percent = mean ÷ 5 × 100, margin of error = 1.96 × S.D. ÷ √n × 20',
}

/**
 * The six count columns of a group (levels 5 → 1, then not applicable). `countsOf` gives the
 * item counts the row's figures of this group were computed from, or null where they are not
 * published; each row's pooled levels are read once, whichever column asks first.
 */
export function levelColumns<Row>(group: FigureGroup, countsOf: (row: Row) => ItemCounts | null): ResultColumn<Row>[] {
  const levels = group.levels
  if (!levels) return []
  const read = new WeakMap<ItemCounts, LevelCounts>()
  const levelsOf = (row: Row): LevelCounts | null => {
    const counts = countsOf(row)
    if (!counts) return null
    let pooled = read.get(counts)
    if (!pooled) read.set(counts, (pooled = readLevels(poolItems(counts, levels.items))))
    return pooled
  }
  const { th, en } = levels.name
  const unit: Localized = { th: 'คำตอบ', en: 'answers' }
  return [
    ...([5, 4, 3, 2, 1] as const).map((level): ResultColumn<Row> => ({
      code: `${levels.prefix}_n_${level}`,
      label: { th: `${th}: จำนวนคำตอบระดับ ${level}`, en: `${en}: answers at level ${level}` },
      description: {
        th: `จำนวนคำตอบระดับ ${level} (${LEVEL_WORDS[level]!.th}) ของข้อคำถามที่ใช้คำนวณค่าของกลุ่มนี้ รวมกัน; ${RECOMPUTE.th}`,
        en: `Answers at level ${level} (${LEVEL_WORDS[level]!.en}), pooled over the questions these figures come from; ${RECOMPUTE.en}`,
      },
      unit,
      kind: 'integer',
      value: (row) => levelsOf(row)?.byLevel[level] ?? null,
    })),
    {
      code: `${levels.prefix}_n_na`,
      label: { th: `${th}: จำนวนคำตอบ "ไม่เกี่ยวข้อง"`, en: `${en}: answers "not applicable"` },
      description: {
        th: 'จำนวนคำตอบ "ไม่เกี่ยวข้อง" ของข้อคำถามเดียวกัน ไม่นับใน n และไม่ใช้คำนวณค่าใด',
        en: 'Answers "not applicable" to the same questions: not part of n or of any figure',
      },
      unit,
      kind: 'integer',
      value: (row) => levelsOf(row)?.notApplicable ?? null,
    },
  ]
}

/** Each group's count columns placed right after the last of its figure columns. */
export function withLevelColumns<Row>(
  figureColumns: readonly ResultColumn<Row>[],
  groups: readonly FigureGroup[],
  countsOf: (row: Row, group: FigureGroup) => ItemCounts | null,
): ResultColumn<Row>[] {
  const lastOf = new Map(groups.map((g) => [g, figureColumns.findLast((c) => g.codes.includes(c.code))] as const))
  return figureColumns.flatMap((column) => {
    const group = groups.find((g) => lastOf.get(g) === column)
    return group ? [column, ...levelColumns<Row>(group, (row) => countsOf(row, group))] : [column]
  })
}
