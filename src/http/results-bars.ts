/**
 * Result figures as chart rows, shared by the staff and public results pages: a percentage with
 * its margin of error written the way the tables write it (2 decimals, rounded half away from
 * zero), or, when the figure is withheld, the words saying so and no bar.
 *
 * @example
 * percentRow('overall', 'ภาพรวม', 85.664, 3.206, 'ไม่แสดงผล') // text "85.66 ± 3.21"
 */
import type { GroupRollup } from '../domain/results/rollups.js'
import { round2 } from '../domain/scoring/index.js'
import { formatDecimal } from '../i18n/format.js'
import type { BarRow } from '../../views/components/charts/bar-list.js'

const fixed2 = (x: number) => formatDecimal(round2(x), 2)

/** "85.66 ± 3.21", or "85.66" without a margin. */
export const percentText = (percent: number, margin: number | null) =>
  margin === null ? fixed2(percent) : `${fixed2(percent)} ± ${fixed2(margin)}`

export function percentRow(
  key: string,
  label: string,
  percent: number | null,
  margin: number | null,
  withheld: string,
  extra: Pick<BarRow, 'tone' | 'href'> = {},
): BarRow {
  if (percent === null) return { key, label, value: null, text: withheld, ...extra }
  return { key, label, value: percent, margin, text: percentText(percent, margin), ...extra }
}

/** A group's pooled figure (a province, the country) to compare with; a group below the minimum has none. */
export const groupRow = (key: string, label: string, group: GroupRollup | undefined, withheld: string): BarRow =>
  percentRow(key, label, group?.headline?.percent ?? null, group?.headline?.marginOfError ?? null, withheld, {
    tone: 'reference',
  })
