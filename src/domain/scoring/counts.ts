/**
 * The engine's input: answer counts per item and value, exactly as the pre-aggregated tallies
 * hold them (never raw rows). Helpers here merge groups and read the 1–5 levels of one item.
 */
import { NOT_APPLICABLE, TEXT_ANSWERED } from '../questionnaire/answers.js'

/** Counts per answer value of one item, e.g. { '5': 169, '4': 90, '3': 45, '2': 8, '1': 6, na: 3 }. Free text is tallied as '*'. */
export type ValueCounts = Readonly<Record<string, number>>
/** Counts per item id. */
export type ItemCounts = Readonly<Record<string, ValueCounts>>

/** The levels of every rating the engine scores, highest first as reports list them. */
export const LEVELS = [5, 4, 3, 2, 1] as const

function checkCount(count: number, where: string): void {
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`count for ${where} must be a whole number ≥ 0, got ${count}`)
}

/** The count of one value (0 when absent), checked to be a whole number ≥ 0. */
export function countOf(counts: ValueCounts, value: string): number {
  const count = counts[value] ?? 0
  checkCount(count, `value "${value}"`)
  return count
}

/** The sum of two sets of value counts (values missing from one side count as 0). */
export function addValueCounts(a: ValueCounts, b: ValueCounts): ValueCounts {
  const sum: Record<string, number> = {}
  for (const [value, count] of [...Object.entries(a), ...Object.entries(b)]) {
    checkCount(count, `value "${value}"`)
    sum[value] = (sum[value] ?? 0) + count
  }
  return sum
}

/** The counts of two groups (e.g. two service points) merged item by item. */
export function addCounts(a: ItemCounts, b: ItemCounts): ItemCounts {
  const sum: Record<string, ValueCounts> = { ...a }
  for (const [itemId, values] of Object.entries(b)) sum[itemId] = addValueCounts(sum[itemId] ?? {}, values)
  return sum
}

/** The counts of several items added into one (items with no counts add nothing). */
export function poolItems(counts: ItemCounts, itemIds: readonly string[]): ValueCounts {
  return itemIds.reduce<ValueCounts>((pooled, id) => addValueCounts(pooled, counts[id] ?? {}), {})
}

/** One rating item's counts, read strictly. */
export type LevelCounts = {
  /** Count per level, indexed by level value 1–5 (index 0 unused). */
  byLevel: readonly [0, number, number, number, number, number]
  /** Answers on levels 1–5: N/A excluded. */
  n: number
  notApplicable: number
}

const INTEGER = /^(0|-?[1-9][0-9]*)$/

/**
 * Reads the 1–5 levels and the N/A count. 'na' is N/A and '*' (free text) is skipped; other
 * whole-number values outside 1–5 are ignored, because they are not on the scale the engine
 * scores. Any other key (e.g. "4.5", "five", "05"), or a count that is not a whole number
 * ≥ 0, is invalid input and throws rather than quietly changing a published figure.
 */
export function readLevels(counts: ValueCounts): LevelCounts {
  const byLevel: [0, number, number, number, number, number] = [0, 0, 0, 0, 0, 0]
  let notApplicable = 0
  for (const [value, count] of Object.entries(counts)) {
    checkCount(count, `value "${value}"`)
    if (value === NOT_APPLICABLE) notApplicable += count
    else if (value === TEXT_ANSWERED) continue
    else if (!INTEGER.test(value)) throw new RangeError(`"${value}" is not a rating level`)
    else {
      const level = Number(value)
      if (level >= 1 && level <= 5) byLevel[level as 1 | 2 | 3 | 4 | 5] += count
    }
  }
  const n = byLevel[1] + byLevel[2] + byLevel[3] + byLevel[4] + byLevel[5]
  return { byLevel, n, notApplicable }
}
