/** "You said, we did" on the province and national tables: low-scoring points, the share acted on, the median days. */
export type LoopLabels = { low: string; share: string; median: string; note: string }
export type LoopCellsView = { low: string; share: string; median: string }

export function LoopHeadings({ labels }: { labels: LoopLabels }) {
  return (
    <>
      <th scope="col" class="num">
        {labels.low}
      </th>
      <th scope="col" class="num">
        {labels.share}
      </th>
      <th scope="col" class="num">
        {labels.median}
      </th>
    </>
  )
}

export function LoopCells({ cells }: { cells: LoopCellsView }) {
  return (
    <>
      <td class="num" data-col="low-points">
        {cells.low}
      </td>
      <td class="num" data-col="acted-share">
        {cells.share}
      </td>
      <td class="num" data-col="median-days">
        {cells.median}
      </td>
    </>
  )
}
