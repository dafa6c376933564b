/**
 * The result columns of one row (an LGU, a district, a province): percent, band and, where
 * the method has them, points. A row without a result shows a tag with words across those
 * columns, so it stands out without relying on colour.
 */
export type ResultCellsProps = {
  percent: string
  band: string
  /** Absent when the table has no points column. */
  points?: string
  /** Set when there is no result to show: why, and how loudly. */
  status?: { text: string; tone: 'red' | 'grey' }
}

export function ResultCells({ percent, band, points, status }: ResultCellsProps) {
  const columns = points === undefined ? 2 : 3
  if (status)
    return (
      <td colspan={columns} data-col="status">
        <strong class={`tag tag--${status.tone}`}>{status.text}</strong>
      </td>
    )
  return (
    <>
      <td class="num" data-col="percent">
        {percent}
      </td>
      <td data-col="band">{band}</td>
      {points !== undefined && (
        <td class="num" data-col="points">
          {points}
        </td>
      )}
    </>
  )
}
